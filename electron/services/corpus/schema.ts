import { z } from 'zod';
import { Annotation, Id } from '../../../shared/domain/annotation';
import { Document } from '../../../shared/domain/document';
import { FactCheckSession } from '../../../shared/domain/session';
import { RegistrySpeaker } from '../../../shared/domain/speaker';
import { RejectedSuggestion } from '../../../shared/domain/suggestion';
import { codedError } from '../../../shared/error-text';
import { codedIssue } from '../../../shared/input-errors';

/** Bump when the on-disk shape changes, and add a migration from the previous version (migration.ts). */
export const CORPUS_SCHEMA_VERSION = 2;
export const CORPUS_FORMAT = 'isnad-corpus';

const SchemaVersion = z.number().int().positive();

/** corpus.json: the format marker and corpus-wide settings; the commit point of a migration. */
export const CorpusFile = z.object({
  format: z.literal(CORPUS_FORMAT),
  schemaVersion: SchemaVersion,
  createdAt: z.string(),
  settings: z.record(z.string(), z.unknown()).default({}),
});
export type CorpusFile = z.infer<typeof CorpusFile>;

/** documents/<id>.json: text and metadata, shared by every annotator; no annotations. */
export const DocumentFile = Document.omit({ annotations: true, rejectedSuggestions: true }).extend({ schemaVersion: SchemaVersion });
export type DocumentFile = z.infer<typeof DocumentFile>;

/** layers/<annotator>/<doc-id>.json: one annotator's annotations on one document. */
export const LayerFile = z.object({
  schemaVersion: SchemaVersion,
  documentId: Id,
  annotator: Id,
  /** Counts changes to this layer; with the document's revision it makes the client's revision. */
  revision: z.number().int().nonnegative(),
  updatedAt: z.string().default(''),
  annotations: z.array(Annotation),
  rejectedSuggestions: z.array(RejectedSuggestion).default([]),
});
export type LayerFile = z.infer<typeof LayerFile>;

export const SpeakersFile = z.object({ schemaVersion: SchemaVersion, speakers: z.array(RegistrySpeaker) });
export type SpeakersFile = z.infer<typeof SpeakersFile>;

export const SessionsFile = z.object({ schemaVersion: SchemaVersion, annotator: Id, sessions: z.array(FactCheckSession) });
export type SessionsFile = z.infer<typeof SessionsFile>;

/** Who owns a layer, as layers/<id>/annotator.json records it. */
export const AnnotatorRecord = z.object({ id: Id, name: z.string().max(200), email: z.string().max(254) });
export type AnnotatorRecord = z.infer<typeof AnnotatorRecord>;

/**
 * One line of a layer's journal: the state of the annotations an edit touched (not the
 * operation), so replaying it is deterministic; `rejections` is the whole new list when an
 * edit changed it.
 */
export const JournalEntry = z.object({
  revision: z.number().int().positive(),
  at: z.string(),
  by: Id,
  set: z.array(Annotation),
  delete: z.array(Id),
  rejections: z.array(RejectedSuggestion).optional(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export function parseStored<T>(what: string, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.join('.') || '(root)';
  if (!issue) throw codedError('corrupt_data', 'errors.store.damagedAt', { what, where, detail: 'invalid' });
  // What is wrong, said as the contract says it of a field (translated); zod's words stay the technical line.
  const info = codedIssue({ ...issue, path: issue.path.length ? issue.path : ['(root)'] } as typeof issue);
  // A field whose reason is a catalog clause of its own ("where: reason"): the reason goes in as the
  // detail beside the place, since a message's detail is translated one level deep.
  if (info.values && typeof info.values.detailId === 'string') {
    throw codedError('corrupt_data', 'errors.store.damagedAt', { ...info.values, what, where, technical: issue.message });
  }
  throw codedError('corrupt_data', 'errors.store.damagedField', {
    ...info.values,
    what,
    detailId: info.messageId as string,
    technical: issue.message,
  });
}

/** The schema version a tracked file declares, refusing one this version of Isnad cannot read. */
export function versionOf(what: string, raw: unknown): number {
  if (typeof raw !== 'object' || raw === null) throw codedError('corrupt_data', 'errors.store.notIsnadFile', { what });
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw codedError('corrupt_data', 'errors.store.noSchemaVersion', { what });
  }
  if (version > CORPUS_SCHEMA_VERSION) {
    throw codedError('unsupported_version', 'errors.store.newerSchema', { what, version, supported: CORPUS_SCHEMA_VERSION });
  }
  return version;
}

/** A tracked file of the current version, checked against its schema. */
export function readTracked<T>(what: string, schema: z.ZodType<T>, raw: unknown): T {
  const version = versionOf(what, raw);
  if (version !== CORPUS_SCHEMA_VERSION) {
    throw codedError('corrupt_data', 'errors.store.olderSchema', { what, version, current: CORPUS_SCHEMA_VERSION });
  }
  return parseStored(what, schema, raw);
}

/** corpus.json: its version (1 means the corpus must be migrated first) and, at version 2, its content. */
export function readCorpusFile(what: string, raw: unknown): { version: number; corpus: CorpusFile | null } {
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== CORPUS_FORMAT) {
    throw codedError('corrupt_data', 'errors.store.notCorpusIndex', { what });
  }
  const version = versionOf(what, raw);
  return { version, corpus: version === CORPUS_SCHEMA_VERSION ? parseStored(what, CorpusFile, raw) : null };
}
