import { z } from 'zod';
import { IsnadError } from '../../../shared/errors';
import { Document, DocumentSummary } from '../../../shared/domain/document';
import { FactCheckSession } from '../../../shared/domain/session';
import { RegistrySpeaker } from '../../../shared/domain/speaker';

/** Bump when the on-disk shape changes, and add a migration from the previous version. */
export const CORPUS_SCHEMA_VERSION = 1;
export const CORPUS_FORMAT = 'isnad-corpus';

export const CorpusIndex = z.object({
  format: z.literal(CORPUS_FORMAT),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  documents: z.array(DocumentSummary),
  /** Corpus-wide speaker registry. */
  speakers: z.array(RegistrySpeaker).default([]),
  /** Fact-checking sessions, paused or finished, so they survive a restart. */
  sessions: z.array(FactCheckSession).default([]),
  /**
   * True while a writer has the corpus open with changes that may not be in this index yet.
   * Left true by a crash, it tells the next open to check every document file.
   */
  openForWriting: z.boolean().default(false),
});
export type CorpusIndex = z.infer<typeof CorpusIndex>;

export const DocumentFile = Document.extend({ schemaVersion: z.number().int().positive() });
export type DocumentFile = z.infer<typeof DocumentFile>;

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] turns version n into version n + 1. None exist yet. */
const indexMigrations: Record<number, Migration> = {};
const documentMigrations: Record<number, Migration> = {};

function migrate(
  what: string,
  data: Record<string, unknown>,
  migrations: Record<number, Migration>,
): { data: Record<string, unknown>; migrated: boolean } {
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new IsnadError('corrupt_data', `${what} has no valid schemaVersion; nothing was changed.`);
  }
  if (version > CORPUS_SCHEMA_VERSION) {
    throw new IsnadError(
      'unsupported_version',
      `${what} uses schema version ${version}, but this version of Isnad understands up to ${CORPUS_SCHEMA_VERSION}. Update Isnad to open it; nothing was changed.`,
    );
  }
  let current = data;
  for (let v = version; v < CORPUS_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new IsnadError('unsupported_version', `${what}: no migration from schema version ${v}.`);
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { data: current, migrated: version !== CORPUS_SCHEMA_VERSION };
}

function parse<T>(what: string, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.join('.') || '(root)';
  throw new IsnadError('corrupt_data', `${what} is damaged at ${where}: ${issue?.message ?? 'invalid'}; nothing was changed.`);
}

export function readIndex(what: string, raw: unknown): { index: CorpusIndex; migrated: boolean } {
  if (typeof raw !== 'object' || raw === null) throw new IsnadError('corrupt_data', `${what} is not a corpus index.`);
  const record = raw as Record<string, unknown>;
  if (record.format !== CORPUS_FORMAT) throw new IsnadError('corrupt_data', `${what} is not an Isnad corpus index.`);
  const { data, migrated } = migrate(what, record, indexMigrations);
  return { index: parse(what, CorpusIndex, data), migrated };
}

export function readDocumentFile(what: string, raw: unknown): { document: DocumentFile; migrated: boolean } {
  if (typeof raw !== 'object' || raw === null) throw new IsnadError('corrupt_data', `${what} is not a document.`);
  const { data, migrated } = migrate(what, raw as Record<string, unknown>, documentMigrations);
  return { document: parse(what, DocumentFile, data), migrated };
}
