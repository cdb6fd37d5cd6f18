import { trackedKind } from './corpus-shapes';
import { type Json, type JsonRecord, isRecord, sameJson } from './json';

/** A tracked file before and after (null where it does not exist). */
export interface FileChange {
  path: string;
  before: string | null;
  after: string | null;
}

export interface ChangeSummary {
  annotations: { added: number; changed: number; deleted: number };
  /** Annotations whose verdict status changed (or new ones that arrive with a verdict). */
  verdicts: number;
  documents: { added: number; changed: number; deleted: number };
  /** Documents whose annotations changed, per layer file. */
  annotatedDocuments: number;
  speakers: number;
  /** Other tracked files: settings, sessions, conflict decisions. */
  other: number;
}

export function emptySummary(): ChangeSummary {
  return {
    annotations: { added: 0, changed: 0, deleted: 0 },
    verdicts: 0,
    documents: { added: 0, changed: 0, deleted: 0 },
    annotatedDocuments: 0,
    speakers: 0,
    other: 0,
  };
}

function parse(text: string | null): JsonRecord | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Json;
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

function byId(list: Json | undefined): Map<string, JsonRecord> {
  const out = new Map<string, JsonRecord>();
  if (Array.isArray(list)) for (const item of list) if (isRecord(item) && typeof item.id === 'string') out.set(item.id, item);
  return out;
}

function status(a: JsonRecord | undefined): string {
  const v = a?.verdict;
  return isRecord(v) && typeof v.status === 'string' ? v.status : 'unchecked';
}

/** Counts what changed between two states of the corpus, file by file, for people to read. */
export function summarizeChanges(files: readonly FileChange[]): ChangeSummary {
  const s = emptySummary();
  for (const { path, before, after } of files) {
    const kind = trackedKind(path);
    if (kind === 'layer') {
      const [b, a] = [byId(parse(before)?.annotations), byId(parse(after)?.annotations)];
      let touched = false;
      for (const [id, next] of a) {
        const prev = b.get(id);
        if (!prev) {
          s.annotations.added++;
          if (status(next) !== 'unchecked') s.verdicts++;
          touched = true;
        } else if (!sameJson(prev, next)) {
          s.annotations.changed++;
          if (status(prev) !== status(next)) s.verdicts++;
          touched = true;
        }
      }
      for (const id of b.keys()) {
        if (!a.has(id)) {
          s.annotations.deleted++;
          touched = true;
        }
      }
      if (touched) s.annotatedDocuments++;
    } else if (kind === 'document') {
      const [b, a] = [parse(before), parse(after)];
      if (!b && a) s.documents.added++;
      else if (b && (!a || (a.deletedAt && !b.deletedAt))) s.documents.deleted++;
      else s.documents.changed++;
    } else if (kind === 'speakers') {
      const list = (r: JsonRecord | null) => byId(Array.isArray(r?.speakers) ? r?.speakers : undefined);
      const [b, a] = [list(parse(before)), list(parse(after))];
      for (const id of new Set([...b.keys(), ...a.keys()])) if (!sameJson(b.get(id), a.get(id))) s.speakers++;
    } else {
      s.other++;
    }
  }
  return s;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "12 annotations (3 new, 8 changed, 1 deleted), 2 verdicts, 1 document" — or "" when nothing changed. */
export function describeSummary(s: ChangeSummary): string {
  const parts: string[] = [];
  const a = s.annotations;
  const total = a.added + a.changed + a.deleted;
  if (total > 0) {
    const detail = [a.added && `${a.added} new`, a.changed && `${a.changed} changed`, a.deleted && `${a.deleted} deleted`]
      .filter(Boolean)
      .join(', ');
    parts.push(`${plural(total, 'annotation')} (${detail})`);
  }
  if (s.verdicts > 0) parts.push(plural(s.verdicts, 'verdict'));
  const d = s.documents;
  const docs = d.added + d.changed + d.deleted;
  if (docs > 0) {
    const detail = [d.added && `${d.added} imported`, d.changed && `${d.changed} edited`, d.deleted && `${d.deleted} deleted`]
      .filter(Boolean)
      .join(', ');
    parts.push(`${plural(docs, 'document')} (${detail})`);
  }
  if (s.speakers > 0) parts.push(plural(s.speakers, 'speaker'));
  if (s.other > 0) parts.push(plural(s.other, 'other file'));
  return parts.join(', ');
}

/** A commit message a desk can read in `git log`: who, and how much of what. */
export function commitMessage(who: { name: string; email: string }, s: ChangeSummary, files: number): string {
  const what = describeSummary(s) || plural(files, 'file');
  const body = s.annotatedDocuments > 0 ? `\n\nAnnotations changed in ${plural(s.annotatedDocuments, 'document')}.` : '';
  return `${who.name}: ${what}${body}\n\nIsnad-Annotator: ${who.name} <${who.email}>\n`;
}
