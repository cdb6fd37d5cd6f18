import { createHash } from 'node:crypto';
import { IsnadError } from '../../../shared/errors';
import type { DocumentLink, OcrInfo, Region } from '../../../shared/domain/document';
import { FingerprintIndex, similarity } from '../../../shared/import/fingerprint';
import { type ArticleDraft, type PreparedArticle, prepareArticle } from '../../../shared/import/prepare';
import { ImportProblem } from '../../../shared/import/problems';
import type { FieldMapping } from '../../../shared/import/records';
import { countBoilerplate, regionKinds } from '../../../shared/import/regions';
import {
  type CodedText,
  type DocumentRef,
  type FileOutcome,
  type ImportReport,
  type ImportedDocument,
  type SkippedDuplicate,
  addWarnings,
  totalsOf,
} from '../../../shared/import/report';
import { newId } from '../corpus/ids';
import { type CorpusStore, contentHash } from '../corpus/store';
import type { JobProgress } from '../jobs';
import { checkImportLength } from '../corpus/limits';
import { StepContext, tooLarge, withinStepTime } from './limits';
import { type PieceDraft, buildPieces, linkInOrder } from './pieces';
import { ByteBudget, Turns } from './scheduling';
import { formatForName, isSupported, readerFor, unsupported } from './readers';
import type { ImportSource } from './sources';
import { titleFromText } from '../../../shared/text/title';
import { codedText, importProblem } from '../../../shared/error-text';
import { CANCELLED, blankOutcome, failed, reasonOf, sameUrl, settle } from './outcomes';
import { SharedValues } from './shared-values';
import { OutcomesInOrder } from './in-order';

export interface ImportOptions {
  maxFileBytes: number;
  /** "offer": store a run-together page whole and offer the split; "always": store its articles. */
  split: 'offer' | 'always';
  /** Field mapping for every record file without one of its own. */
  mapping?: FieldMapping;
  /** Files in flight at once: overlaps one file's disk sync with the next one's parsing. */
  concurrency?: number;
  /** Read scanned PDFs with OCR instead of refusing them. */
  ocr?: boolean;
}

export const NEAR_DUPLICATE = 'near-duplicate-of';
export const DEFAULT_CONCURRENCY = 16;
/** Bytes of files read at once: many small files overlap their disk syncs, big ones take turns. */
const IN_FLIGHT_BYTES = 48 * 1024 * 1024;

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

interface Turn {
  wait(): Promise<void>;
  release(): void;
  /** Single-document files give up their turn once their one write has started. */
  releaseAfterWrite: boolean;
}

const NO_TURN: Turn = { wait: () => Promise.resolve(), release: () => {}, releaseAfterWrite: false };

interface StoreInput {
  id: string;
  text: string;
  title: string;
  source: PreparedArticle['source'];
  regions: Region[];
  fingerprint: string;
  links: DocumentLink[];
  annotations?: PieceDraft['annotations'];
  pages?: number[];
  ocr?: OcrInfo;
}

/**
 * One import run: remembers what is already in the corpus and what this run added, so
 * duplicates (same text), repeated files (same bytes) and near-duplicates (same article,
 * different boilerplate) are caught across files, including files in flight at once.
 */
export class ImportSession {
  readonly #store: CorpusStore;
  readonly #options: ImportOptions;
  /**
   * Titles and texts of documents being written: once stored, the store answers for them
   * (readSummary, findByContentHash), so a long import does not keep a second copy of each.
   */
  readonly #titles = new Map<string, string>();
  readonly #texts = new Map<string, DocumentRef>();
  /**
   * Document ids by the hash of their file's bytes, stored or being written (the store keeps no
   * such index); an id, not an id and title, as this lives for the whole import.
   */
  readonly #files = new Map<string, string>();
  readonly #prints = new FingerprintIndex();
  /** Stored documents by source URL (sameUrl), to offer a re-import as a new version. */
  readonly #urls = new Map<string, DocumentRef>();
  /** Values most documents of a run repeat, one object each (see shared-values.ts). */
  readonly #shared = new SharedValues();
  /** A cancel stopped a file part-way (records left out): the import as a whole was cut short. */
  stoppedEarly = false;

  constructor(store: CorpusStore, options: ImportOptions) {
    this.#store = store;
    this.#options = options;
    for (const summary of store.readSummaries()) {
      this.#prints.add(summary.id, summary.fingerprint);
      if (summary.source.url) this.#urls.set(sameUrl(summary.source.url), { id: summary.id, title: summary.title });
      if (summary.source.originalHash) this.#files.set(summary.source.originalHash, summary.id);
    }
  }

  async importSource(
    source: ImportSource,
    signal: AbortSignal,
    turn: Turn = NO_TURN,
    note?: (step: string | CodedText) => void,
  ): Promise<FileOutcome> {
    try {
      return await this.#importSource(source, signal, turn, note);
    } finally {
      turn.release();
    }
  }

  async #importSource(
    source: ImportSource,
    signal: AbortSignal,
    turn: Turn,
    note?: (step: string | CodedText) => void,
  ): Promise<FileOutcome> {
    if (source.kind === 'set-aside') return failed(blankOutcome(source, formatForName(source.name)), source.problem, source.status);
    if (source.kind === 'text') {
      const outcome = blankOutcome(source, 'pasted text');
      const draft = { text: source.text, ...(source.title ? { title: source.title } : {}) };
      return this.#importArticles(outcome, [draft], sha256(source.text), false, signal, turn);
    }
    const outcome = blankOutcome(source, formatForName(source.name));
    try {
      if (!isSupported(source.name)) throw unsupported(source.name);
      const limit = this.#options.maxFileBytes;
      if (source.size !== undefined && source.size > limit) throw tooLarge(source.size, limit);
      const bytes = await source.read();
      if (bytes.length > limit) throw tooLarge(bytes.length, limit);
      if (bytes.length === 0) throw importProblem('empty', 'errors.import.empty');
      const reader = readerFor({ name: source.name, bytes });
      if (!reader) throw unsupported(source.name);
      outcome.format = reader.format;
      const originalHash = sha256(bytes);
      const sameFile = reader.manyDocuments ? undefined : this.#files.get(originalHash);
      if (sameFile) {
        return { ...outcome, status: 'duplicate', duplicates: [{ of: { id: sameFile, title: this.#titleOf(sameFile) }, by: 'file' }] };
      }
      const mapping = source.mapping ?? this.#options.mapping;
      const ocr = source.ocr ?? this.#options.ocr;
      const input = { name: source.name, bytes, ...(mapping ? { mapping } : {}), ...(ocr ? { ocr } : {}) };
      const context = { store: this.#store, ...(note ? { note } : {}) };
      // A reader with steps of its own (PDF: extraction, then OCR page by page) times each itself.
      const result =
        reader.storesItself || reader.timesItself
          ? await reader.read(input, { ...context, signal })
          : await withinStepTime({ file: source.name }, signal, (step) => reader.read(input, new StepContext(this.#store, step, note)));
      if (result.kind === 'outcome') return { ...outcome, ...result.outcome };
      if (result.kind === 'needs-mapping') {
        return {
          ...outcome,
          status: 'needs-mapping',
          problem: 'needs-mapping',
          ...reasonOf(importProblem('needs-mapping', 'errors.import.needsMapping', { fields: result.needsMapping.fields.join(', ') })),
          needsMapping: result.needsMapping,
        };
      }
      addWarnings(outcome, result.warnings);
      outcome.failures.push(...(result.failures ?? []));
      if (result.mapping) outcome.mapping = result.mapping;
      turn.releaseAfterWrite = !reader.manyDocuments && this.#options.split !== 'always';
      return await this.#importArticles(outcome, result.articles, originalHash, reader.manyDocuments === true, signal, turn);
    } catch (err) {
      if (err instanceof ImportProblem) return failed(outcome, err);
      // A dataset reader stopped by the cancel: not a broken file.
      if (err instanceof IsnadError && err.code === 'cancelled') return { ...outcome, ...CANCELLED };
      return { ...outcome, status: 'failed', ...reasonOf(err) };
    }
  }

  async #importArticles(
    outcome: FileOutcome,
    drafts: ArticleDraft[],
    originalHash: string,
    many: boolean,
    signal: AbortSignal,
    turn: Turn,
  ): Promise<FileOutcome> {
    for (let i = 0; i < drafts.length; i++) {
      if (signal.aborted) {
        addWarnings(outcome, [codedText('import.warning.cancelledAfter', { done: i, count: drafts.length })]);
        this.stoppedEarly = true;
        break;
      }
      const draft = drafts[i] as ArticleDraft;
      try {
        checkImportLength(draft.text);
        const prepared = prepareArticle(draft);
        prepared.source = {
          ...prepared.source,
          ...(prepared.source.outlet ? { outlet: this.#shared.outlet(prepared.source.outlet) } : {}),
          ...(outcome.format !== 'pasted text' ? { file: outcome.name } : {}),
          originalHash,
        };
        await this.#add(outcome, prepared, many ? undefined : originalHash, turn);
      } catch (err) {
        const reason = reasonOf(err);
        if (!many) return { ...outcome, status: 'failed', ...reason, ...(err instanceof ImportProblem ? { problem: err.kind } : {}) };
        outcome.failures.push({ where: draft.where ?? `record ${i + 1}`, ...reason });
      }
    }
    return settle(outcome, signal);
  }

  /** Stores one prepared article (or its pieces), unless its text is already in the corpus. */
  async #add(outcome: FileOutcome, prepared: PreparedArticle, fileHash: string | undefined, turn: Turn): Promise<void> {
    await turn.wait();
    const title = prepared.title || titleFromText(prepared.text);
    const wholeTitle = prepared.split ? prepared.title || prepared.split.articles[0]?.title || title : title;
    if (this.#options.split === 'always' && prepared.split) {
      const pieces = buildPieces({ ...prepared, title: wholeTitle }, prepared.split.at);
      const kept = pieces.flatMap((piece) => {
        const hash = this.#newText(outcome, piece.text, prepared.where);
        return hash === null ? [] : [{ piece, hash }];
      });
      linkInOrder(kept.map((k) => k.piece));
      const stored: ImportedDocument[] = [];
      for (const { piece, hash } of kept) {
        const doc = await this.#write(piece, hash, prepared.where, fileHash, NO_TURN);
        if (doc) stored.push(doc);
      }
      for (const doc of stored) doc.splitWith = stored.filter((d) => d !== doc).map((d) => ({ id: d.id, title: d.title }));
      outcome.documents.push(...stored);
      return;
    }
    const hash = this.#newText(outcome, prepared.text, prepared.where);
    if (hash === null) return;
    const doc = await this.#write(
      {
        id: newId('d'),
        text: prepared.text,
        title,
        source: prepared.source,
        regions: prepared.regions,
        fingerprint: prepared.fingerprint,
        links: [],
        ...(prepared.pages ? { pages: prepared.pages } : {}),
        ...(prepared.ocr ? { ocr: prepared.ocr } : {}),
      },
      hash,
      prepared.where,
      fileHash,
      turn,
    );
    if (!doc) return;
    if (prepared.split) doc.split = prepared.split;
    outcome.documents.push(doc);
  }

  /** The text's hash, or null if the text is already in the corpus (recorded as a duplicate). */
  #newText(outcome: FileOutcome, text: string, where: string | undefined): string | null {
    const hash = contentHash(text);
    const existing = this.#store.findByContentHash(hash);
    const of = existing ? { id: existing.id, title: existing.title } : this.#texts.get(hash);
    if (!of) return hash;
    const duplicate: SkippedDuplicate = { of, by: 'text', ...(where ? { where } : {}) };
    outcome.duplicates.push(duplicate);
    return null;
  }

  #titleOf(id: string): string {
    return this.#store.readSummary(id)?.title ?? this.#titles.get(id) ?? '';
  }

  /**
   * Claims the text's hash and fingerprint before the first await, so files in flight at the
   * same time see each other; releases them again if the write fails.
   */
  async #write(
    input: StoreInput,
    hash: string,
    where: string | undefined,
    fileHash: string | undefined,
    turn: Turn,
  ): Promise<ImportedDocument | null> {
    const ref = { id: input.id, title: input.title };
    const near = this.#prints.nearest(input.fingerprint);
    const url = input.source.url ? sameUrl(input.source.url) : '';
    const sameUrlAs = url ? this.#urls.get(url) : undefined;
    if (url && !sameUrlAs) this.#urls.set(url, ref);
    const links = [...input.links];
    if (near) links.push({ documentId: near.id, relation: NEAR_DUPLICATE });
    this.#texts.set(hash, ref);
    this.#prints.add(input.id, input.fingerprint);
    this.#titles.set(input.id, input.title);
    if (fileHash && !this.#files.has(fileHash)) this.#files.set(fileHash, input.id);
    try {
      const writing = this.#store.addDocument({ ...input, links });
      if (turn.releaseAfterWrite) turn.release();
      const doc = await writing;
      this.#texts.delete(hash);
      this.#titles.delete(input.id);
      // The report lives as long as the import: its strings are the store's summary's, not the
      // returned copy's (a copy of the id, title, language and outlet per document otherwise).
      const kept = this.#store.readSummary(doc.id) ?? doc;
      // A literal of the fields every document has, the rare ones added after: spreads gave
      // each entry room for all of them (16 bytes a document, for the whole import).
      const imported: ImportedDocument = {
        id: kept.id,
        title: kept.title,
        lang: kept.lang,
        dir: kept.dir,
        outlet: kept.source.outlet,
        boilerplate: countBoilerplate(doc.regions),
        regionKinds: this.#shared.regionKinds(regionKinds(doc.regions)),
      };
      if (doc.pages) imported.pages = doc.pages.length;
      if (doc.ocr) imported.ocr = true;
      if (where) imported.where = where;
      if (near) imported.nearDuplicateOf = { id: near.id, title: this.#titleOf(near.id), similarity: similarity(near.bits) };
      if (sameUrlAs) imported.sameUrlAs = sameUrlAs;
      return imported;
    } catch (err) {
      this.#texts.delete(hash);
      this.#titles.delete(input.id);
      this.#prints.remove(input.id);
      if (fileHash && this.#files.get(fileHash) === input.id) this.#files.delete(fileHash);
      if (err instanceof IsnadError && err.code === 'conflict' && this.#store.findByContentHash(hash)) return null;
      throw err;
    }
  }
}

/**
 * Imports every source, a few at a time, reporting progress after each file. On cancel, files
 * not yet started are reported as not imported; files in flight finish their current write,
 * so the corpus never holds half a document. With `emit`, each file's outcome goes to it in the
 * sources' order as soon as it is known, and neither it nor its source is kept (the sources
 * array is emptied as it goes): the report then holds the totals and no files.
 */
export async function runImport(
  store: CorpusStore,
  sources: ImportSource[],
  options: ImportOptions,
  progress: Pick<JobProgress, 'update' | 'signal'>,
  emit?: (outcome: FileOutcome) => void,
): Promise<ImportReport> {
  const session = new ImportSession(store, options);
  const inOrder = emit ? new OutcomesInOrder(emit) : null;
  const turns = new Turns();
  const budget = new ByteBudget(IN_FLIGHT_BYTES);
  const outcomes: FileOutcome[] = new Array(sources.length);
  const total = sources.length;
  let next = 0;
  let done = 0;
  progress.update(0, total, '');
  const endBulk = store.deferIndexWrites();
  const worker = async () => {
    while (next < sources.length) {
      const i = next++;
      const source = sources[i] as ImportSource;
      if (inOrder) delete sources[i];
      if (progress.signal.aborted) {
        turns.release(i);
        outcomes[i] = { ...blankOutcome(source, formatForName(source.name)), ...CANCELLED };
      } else {
        progress.update(done, total, source.name);
        const turn: Turn = { wait: () => turns.wait(i), release: () => turns.release(i), releaseAfterWrite: false };
        const bytes = source.kind === 'file' ? Math.min(source.size ?? 0, options.maxFileBytes) : 0;
        await budget.acquire(bytes);
        try {
          // A coded step names the file itself, so the progress reads in the reader's language.
          outcomes[i] = await session.importSource(source, progress.signal, turn, (step) =>
            progress.update(done, total, typeof step === 'string' ? `${source.name}: ${step}` : step),
          );
        } finally {
          budget.release(bytes);
        }
      }
      inOrder?.settle(outcomes);
      done++;
      progress.update(done, total);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY) }, worker));
  } finally {
    await endBulk();
  }
  if (inOrder) return { files: [], totals: inOrder.totals, cancelled: session.stoppedEarly || inOrder.sawCancelled };
  // Cancelled only if some file was left out: a cancel after the last file changed nothing.
  return { files: outcomes, totals: totalsOf(outcomes), cancelled: session.stoppedEarly || outcomes.some((o) => o.status === 'cancelled') };
}
