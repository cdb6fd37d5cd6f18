import { codedError } from '../error-text';
import { locateJsonError } from '../import/json-position';
import type { Document } from '../domain/document';
import { type Dataset, checkDocument, checkHeader, malformed } from './dataset';
import { EXPORT_FORMAT, JsonlLine } from './schema';
import { issueClause } from '../input-errors';

/**
 * One line of a JSONL export read back: parsed, checked as thoroughly as a document of a .json
 * export, and returned in the store's shape. Every error names the file and the line (counted
 * from 1, as editors do), because a JSONL file is long and read one line at a time: the
 * journalist has to be able to go straight to the broken record.
 */
export function parseDatasetLine(line: string, lineNumber: number, fileName: string, warnings: Dataset['warnings']): Document {
  const at = `${fileName}, line ${lineNumber}`;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    const place = locateJsonError(line);
    throw codedError('invalid_input', 'errors.dataset.notJson', {
      file: fileName,
      line: lineNumber,
      column: place.column,
      detailId: place.problem,
      found: place.found,
    });
  }
  checkHeader(raw, at);
  const parsed = JsonlLine.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const clause = issue ? issueClause(issue) : undefined;
    throw malformed(
      `${at}: ${['document', ...(issue?.path.map(String) ?? [])].join('.')}`,
      clause?.messageId ?? 'errors.input.invalid',
      clause ? { ...clause.values } : { field: 'document' },
    );
  }
  const { format: _f, version: _v, offsetUnit: _o, codePointOffsetUnit: _c, label, ...doc } = parsed.data;
  // `label` repeats the annotations in doccano's form. Isnad imports the annotations, so a
  // label edited outside Isnad would be dropped without a word: refuse it instead.
  const differs = label.findIndex((l, i) => {
    const a = doc.annotations[i];
    return !a || l[0] !== a.startCodePoint || l[1] !== a.endCodePoint || l[2] !== a.type.toUpperCase();
  });
  if (differs >= 0 || label.length !== doc.annotations.length) {
    const index = differs >= 0 ? differs : Math.min(label.length, doc.annotations.length);
    throw malformed(`${at}: document.label.${index}`, 'errors.dataset.detail.labelDiffers');
  }
  // Paths read "export.jsonl, line 42: document.annotations.3.end": the line, then where in it.
  return checkDocument(doc, `${at}: document`, warnings);
}

/** Whether the text starts like a JSONL export: a first line that is one document, not a whole .json export. */
export function looksLikeJsonl(text: string): boolean {
  const newline = text.indexOf('\n');
  const first = newline < 0 ? text : text.slice(0, newline);
  try {
    const line = JSON.parse(first) as Record<string, unknown> | null;
    return typeof line === 'object' && line !== null && line.format === EXPORT_FORMAT && !('documents' in line);
  } catch {
    return false;
  }
}
