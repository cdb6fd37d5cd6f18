import { type Json, type JsonRecord, isRecord, sameJson } from './json';

/** One state of a layer file, oldest first: from a commit, or the work tree (commit null). */
export interface LayerVersion {
  commit: string | null;
  /** The commit's author and time (fallbacks when the annotation does not say). */
  author: string;
  at: string;
  content: string | null;
}

export interface FieldChange {
  /** "span", "attributes.speakerId", "verdict.status", "verdict.note"… */
  field: string;
  before?: Json;
  after?: Json;
}

export interface AnnotationHistoryEntry {
  action: 'created' | 'changed' | 'deleted' | 'restored';
  /** Annotator id from the annotation's own stamps (updatedBy, verdictBy), else the commit author. */
  by: string;
  at: string;
  /** The commit that carried the change; null for an edit not yet synced. */
  commit: string | null;
  changes: FieldChange[];
}

const SPAN = ['start', 'end', 'text'];
/** Book-keeping that changes with every edit and says nothing on its own. */
const SKIP = new Set(['updatedAt', 'updatedBy', 'createdAt', 'createdBy', 'verdictBy', 'prefix', 'suffix', 'id', 'type']);

/** The annotation in a version of the layer; undefined when absent, null when the file cannot be read. */
function annotationIn(content: string | null, id: string): JsonRecord | undefined | null {
  if (content === null) return undefined;
  try {
    const layer = JSON.parse(content) as Json;
    const list = isRecord(layer) && Array.isArray(layer.annotations) ? layer.annotations : [];
    return list.find((a): a is JsonRecord => isRecord(a) && a.id === id);
  } catch {
    return null;
  }
}

/** What differs between two states of one annotation, as a journalist names the parts. */
export function diffAnnotation(before: JsonRecord, after: JsonRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  const span = (a: JsonRecord) => Object.fromEntries(SPAN.map((k) => [k, a[k] ?? null])) as JsonRecord;
  if (!sameJson(span(before), span(after))) changes.push({ field: 'span', before: span(before), after: span(after) });
  for (const group of ['attributes', 'verdict']) {
    const [b, a] = [isRecord(before[group]) ? before[group] : {}, isRecord(after[group]) ? after[group] : {}];
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      if (!sameJson(b[key], a[key]))
        changes.push({
          field: `${group}.${key}`,
          ...(b[key] === undefined ? {} : { before: b[key] }),
          ...(a[key] === undefined ? {} : { after: a[key] }),
        });
    }
  }
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (SKIP.has(key) || SPAN.includes(key) || key === 'attributes' || key === 'verdict') continue;
    if (!sameJson(before[key], after[key]))
      changes.push({
        field: key,
        ...(before[key] === undefined ? {} : { before: before[key] }),
        ...(after[key] === undefined ? {} : { after: after[key] }),
      });
  }
  return changes;
}

function who(a: JsonRecord | undefined, changes: FieldChange[], fallback: string): string {
  const verdictOnly = changes.length > 0 && changes.every((c) => c.field.startsWith('verdict.'));
  const stamp = verdictOnly ? (a?.verdictBy ?? a?.updatedBy) : a?.updatedBy;
  return typeof stamp === 'string' && stamp ? stamp : fallback;
}

/**
 * The history of one annotation across versions of its layer file: created, each change of
 * span, attributes or verdict (who and when), deleted, restored. Versions in which the
 * annotation did not change (other annotations of the layer did) give no entry.
 */
export function annotationHistory(versions: readonly LayerVersion[], annotationId: string): AnnotationHistoryEntry[] {
  const out: AnnotationHistoryEntry[] = [];
  let previous: JsonRecord | undefined;
  let seen = false;
  for (const v of versions) {
    const current = annotationIn(v.content, annotationId);
    // A damaged version says nothing about the annotation: neither a deletion nor a change.
    if (current === null) continue;
    if (current && !previous) {
      const createdBy = typeof current.createdBy === 'string' && current.createdBy ? current.createdBy : v.author;
      const createdAt = typeof current.createdAt === 'string' && !seen ? current.createdAt : v.at;
      out.push({
        action: seen ? 'restored' : 'created',
        by: seen ? who(current, [], v.author) : createdBy,
        at: seen ? (typeof current.updatedAt === 'string' ? current.updatedAt : v.at) : createdAt,
        commit: v.commit,
        changes: [],
      });
      seen = true;
    } else if (!current && previous) {
      out.push({ action: 'deleted', by: v.author, at: v.at, commit: v.commit, changes: [] });
    } else if (current && previous && !sameJson(current, previous)) {
      const changes = diffAnnotation(previous, current);
      if (changes.length > 0) {
        out.push({
          action: 'changed',
          by: who(current, changes, v.author),
          at: typeof current.updatedAt === 'string' ? current.updatedAt : v.at,
          commit: v.commit,
          changes,
        });
      }
    }
    previous = current;
  }
  return out;
}
