import type { Direction } from '../domain/document';
import type { ErrorValues } from '../errors';
import type { SplitSuggestion } from './articles';
import type { ProblemKind } from './problems';
import type { FieldMapping } from './records';

export type FileStatus = 'imported' | 'duplicate' | 'failed' | 'needs-mapping' | 'skipped' | 'cancelled';

export interface DocumentRef {
  id: string;
  title: string;
}

export interface ImportedDocument extends DocumentRef {
  lang: string;
  dir: Direction;
  outlet: string;
  /** Boilerplate regions marked (and excluded) in the document. */
  boilerplate: number;
  /** Region kinds found, e.g. { "read-also": 2, "tags": 1 }. */
  regionKinds: Record<string, number>;
  /** For records: "line 12" or "record 3". */
  where?: string;
  nearDuplicateOf?: DocumentRef & { similarity: number };
  /** A stored document with the same source URL: the offer to import this one as its new version. */
  sameUrlAs?: DocumentRef;
  /** Imported as a new version of that document instead (CLI --as-version auto): how its annotations came through. */
  becameVersion?: { of: DocumentRef; version: number; counts: { kept: number; moved: number; changed: number; orphaned: number } };
  /** Several articles run together in this document: the offer to split it. */
  split?: SplitSuggestion;
  /** When the import split the page itself (split: "always"), the other pieces. */
  splitWith?: DocumentRef[];
  /** PDFs: how many pages the document keeps. */
  pages?: number;
  /** The text was read by OCR and should be checked. */
  ocr?: boolean;
}

export interface SkippedDuplicate {
  where?: string;
  of: DocumentRef;
  /** 'text': the same normalized text; 'file': the same bytes as a file imported before. */
  by: 'text' | 'file';
}

export interface NeedsMapping {
  fields: string[];
  /** The first record's values (cut short), to help choose. */
  sample: Record<string, string>;
  suggested: Partial<FieldMapping>;
  records: number;
}

export interface FileOutcome {
  /** The file's name or path as given (relative inside a folder); "Pasted text" for pastes. */
  name: string;
  format: string;
  status: FileStatus;
  /** Why it failed or was skipped (English). */
  reason?: string;
  /** The `errors.…` id of `reason` and its values, so the UI and CLI show it in their language. */
  reasonId?: string;
  reasonValues?: ErrorValues;
  problem?: ProblemKind;
  documents: ImportedDocument[];
  duplicates: SkippedDuplicate[];
  /** Records of a JSON/JSONL/CSV file that could not be imported (reason in English, its id and values beside it). */
  failures: Array<{ where: string; reason: string; reasonId?: string; reasonValues?: ErrorValues }>;
  /** In English, as before (logs, `--json`); `warningCodes` says how to show each in the reader's language. */
  warnings: string[];
  /** The catalog id and values of `warnings[i]` (null where it has none), same order and length. */
  warningCodes?: Array<WarningCode | null>;
  mapping?: FieldMapping;
  needsMapping?: NeedsMapping;
  /** Staged upload this outcome came from, so the UI can re-import it with a mapping. */
  fileKey?: string;
}

/** A message named by its catalog id: `text` is the English, `id` and `values` show it in any language. */
export interface CodedText {
  text: string;
  id: string;
  values?: ErrorValues;
}

export interface WarningCode {
  id: string;
  values?: ErrorValues;
}

/** Adds a reader's warnings, keeping the English in `warnings` and each one's code beside it. */
export function addWarnings(outcome: Pick<FileOutcome, 'warnings' | 'warningCodes'>, warnings: ReadonlyArray<string | CodedText>): void {
  for (const warning of warnings) {
    const coded = typeof warning === 'string' ? null : { id: warning.id, ...(warning.values ? { values: warning.values } : {}) };
    if (coded || outcome.warningCodes) {
      // The codes stay aligned with `warnings`: the ones before this had none.
      outcome.warningCodes ??= outcome.warnings.map(() => null);
      outcome.warningCodes.push(coded);
    }
    outcome.warnings.push(typeof warning === 'string' ? warning : warning.text);
  }
}

/** Warnings as a report carries them: the English, and the codes beside them where there are any. */
export function warningFields(list: ReadonlyArray<string | CodedText>): Pick<FileOutcome, 'warnings' | 'warningCodes'> {
  const fields: Pick<FileOutcome, 'warnings' | 'warningCodes'> = { warnings: [] };
  addWarnings(fields, list);
  return fields;
}

/** A report's warnings back as a reader returns them (to pass on into another report). */
export function codedWarnings(fields: Pick<FileOutcome, 'warnings' | 'warningCodes'>): Array<string | CodedText> {
  return fields.warnings.map((text, i) => {
    const code = fields.warningCodes?.[i];
    return code ? { text, ...code } : text;
  });
}

/** An outcome's warnings, each as a message with its code (for `messageText`). */
export function warningsOf(
  outcome: Pick<FileOutcome, 'warnings' | 'warningCodes'>,
): Array<{ message: string; messageId?: string; values?: ErrorValues }> {
  return outcome.warnings.map((message, i) => {
    const code = outcome.warningCodes?.[i];
    return code ? { message, messageId: code.id, ...(code.values ? { values: code.values } : {}) } : { message };
  });
}

export interface ImportTotals {
  files: number;
  documents: number;
  duplicates: number;
  failed: number;
  needsMapping: number;
  skipped: number;
  nearDuplicates: number;
  splitOffers: number;
}

export interface ImportReport {
  files: FileOutcome[];
  totals: ImportTotals;
  cancelled: boolean;
}

export function totalsOf(files: FileOutcome[]): ImportTotals {
  const totals: ImportTotals = {
    files: files.length,
    documents: 0,
    duplicates: 0,
    failed: 0,
    needsMapping: 0,
    skipped: 0,
    nearDuplicates: 0,
    splitOffers: 0,
  };
  for (const f of files) {
    totals.documents += f.documents.length;
    totals.duplicates += f.duplicates.length;
    if (f.status === 'failed') totals.failed++;
    if (f.status === 'needs-mapping') totals.needsMapping++;
    if (f.status === 'skipped' || f.status === 'cancelled') totals.skipped++;
    for (const d of f.documents) {
      if (d.nearDuplicateOf) totals.nearDuplicates++;
      if (d.split) totals.splitOffers++;
    }
  }
  return totals;
}

/** One line per file, as the CLI prints it and the UI reads it aloud. */
export function describeOutcome(f: FileOutcome): string {
  switch (f.status) {
    case 'imported': {
      const docs = f.documents.length;
      const parts = [docs === 1 ? '1 document' : `${docs} documents`];
      const boilerplate = f.documents.reduce((n, d) => n + d.boilerplate, 0);
      if (boilerplate) parts.push(`${boilerplate} boilerplate block${boilerplate === 1 ? '' : 's'} marked`);
      if (f.duplicates.length) parts.push(`${f.duplicates.length} duplicate${f.duplicates.length === 1 ? '' : 's'} skipped`);
      if (f.failures.length) parts.push(`${f.failures.length} record${f.failures.length === 1 ? '' : 's'} failed`);
      return parts.join(', ');
    }
    case 'duplicate': {
      const of = f.duplicates[0]?.of;
      return of ? `already in the corpus as “${of.title}”` : 'already in the corpus';
    }
    default:
      return f.reason ?? f.status;
  }
}
