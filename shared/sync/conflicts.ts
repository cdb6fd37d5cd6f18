import { pathSubject, trackedKind } from './corpus-shapes';
import { type Json, type JsonRecord, canonical, isRecord } from './json';
import type { MergeConflict, PathSegment } from './merge';
import { finishTracked, formatTracked } from './merge-file';
import { describePath } from './policy';

/** One side of a conflict: its value (absent = deleted on that side), who and when. */
export interface ConflictSide {
  value?: Json;
  by: string;
  at: string;
}

/**
 * A real conflict found by a merge, kept in the tracked file sync/conflicts.json so every
 * copy of the corpus sees it (the colleague whose value was put aside included) and anyone
 * may decide it; the decision travels with the next sync like any other change.
 */
export interface SyncConflict {
  id: string;
  file: string;
  documentId?: string;
  /** The layer (annotator id or "curated") for annotation files. */
  layer?: string;
  annotationId?: string;
  /** Readable path of the field: "title", "annotations[a1].verdict.verdict", "(the whole file)". */
  field: string;
  path: PathSegment[];
  fields?: string[];
  kind: 'edit' | 'delete-edit';
  base?: Json;
  sides: [ConflictSide, ConflictSide];
  /** Which side the file holds until someone decides. */
  provisional: 0 | 1;
  detectedAt: string;
  detectedBy: string;
  state: 'open' | 'decided';
  decision?: { side: 0 | 1 | null; value?: Json; by: string; at: string };
}

export interface ConflictsFile {
  version: 1;
  conflicts: SyncConflict[];
}

/** 64 bits of FNV-1a in two lanes: enough to name the conflicts of one corpus apart. */
function idHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return `c${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

const stamp = (r: JsonRecord | undefined, key: string): string | undefined =>
  typeof r?.[key] === 'string' ? (r[key] as string) : undefined;

/** Who set a side: a verdict names its checker; otherwise the record's last editor, else the commit's author. */
function side(value: Json | undefined, record: JsonRecord | undefined, fallback: { by: string; at: string }): ConflictSide {
  const own = isRecord(value) ? value : undefined;
  const by = stamp(own, 'checkedBy') || stamp(record, 'updatedBy') || fallback.by;
  const at = stamp(own, 'checkedAt') || stamp(record, 'updatedAt') || fallback.at;
  return { ...(value === undefined ? {} : { value }), by, at };
}

/**
 * The record of a merge conflict. Sides are sorted by content and the id hashes the file,
 * the place and both values, so two copies that meet the same conflict record it once.
 */
export function conflictRecord(
  file: string,
  c: MergeConflict,
  context: { ours: { by: string; at: string }; theirs: { by: string; at: string }; detectedBy: string; now: string },
): SyncConflict {
  const ours = side(c.ours, c.oursRecord, context.ours);
  const theirs = side(c.theirs, c.theirsRecord, context.theirs);
  const swap = canonical(ours.value) > canonical(theirs.value);
  const sides: [ConflictSide, ConflictSide] = swap ? [theirs, ours] : [ours, theirs];
  const chosen = c.chosen === 'ours' ? (swap ? 1 : 0) : swap ? 0 : 1;
  const id = idHash([file, canonical(c.path as Json), canonical(sides[0].value), canonical(sides[1].value)].join('\u0000'));
  const annotation = c.path[0] === 'annotations' && typeof c.path[1] === 'object' ? c.path[1].id : undefined;
  const subject = pathSubject(file);
  return {
    id,
    file,
    ...subject,
    ...(annotation ? { annotationId: annotation } : {}),
    field: describePath(c.path),
    path: c.path,
    ...(c.fields ? { fields: [...c.fields] } : {}),
    kind: c.kind,
    ...(c.base === undefined ? {} : { base: c.base }),
    sides,
    provisional: chosen as 0 | 1,
    detectedAt: context.now,
    detectedBy: context.detectedBy,
    state: 'open',
  };
}

export function readConflictsFile(text: string | null): ConflictsFile {
  if (text === null) return { version: 1, conflicts: [] };
  const data = JSON.parse(text) as Partial<ConflictsFile>;
  return { version: 1, conflicts: Array.isArray(data.conflicts) ? data.conflicts : [] };
}

/** Adds conflicts not yet recorded (same id = same conflict) and keeps the list readable. */
export function addConflicts(file: ConflictsFile, found: SyncConflict[]): ConflictsFile {
  const known = new Set(file.conflicts.map((c) => c.id));
  return { version: 1, conflicts: [...file.conflicts, ...found.filter((c) => !known.has(c.id))] };
}

export function formatConflictsFile(file: ConflictsFile): string {
  return formatTracked(file as unknown as Json);
}

function setAt(
  target: Json | undefined,
  path: readonly PathSegment[],
  fields: readonly string[] | undefined,
  value: Json | undefined,
): Json | undefined {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [PathSegment, ...PathSegment[]];
  if (typeof head === 'string' && head.startsWith('@')) {
    const record: JsonRecord = isRecord(target) ? { ...target } : {};
    for (const f of fields ?? []) delete record[f];
    return isRecord(value) ? { ...record, ...value } : record;
  }
  if (typeof head === 'string') {
    const record: JsonRecord = isRecord(target) ? { ...target } : {};
    const next = setAt(record[head], rest, fields, value);
    if (next === undefined) delete record[head];
    else record[head] = next;
    return record;
  }
  const list = Array.isArray(target) ? [...target] : [];
  const at = list.findIndex((item) => isRecord(item) && item.id === head.id);
  if (at < 0 && rest.length > 0) throw new Error(`item ${head.id} is no longer there`);
  const next = setAt(at < 0 ? undefined : list[at], rest, fields, value);
  if (at < 0) {
    if (next !== undefined) list.push(next);
  } else if (next === undefined) list.splice(at, 1);
  else list[at] = next;
  return list;
}

/**
 * Writes a decision into the file's current content: the chosen side's value (or one the
 * editor typed) at the conflict's place. Returns the new content, or null to remove the file.
 */
export function applyDecision(conflict: SyncConflict, current: string | null, value: Json | undefined): string | null {
  if (conflict.path.length === 0) return value === undefined ? null : typeof value === 'string' ? value : formatTracked(value);
  const root = current === null ? undefined : (JSON.parse(current) as Json);
  const next = setAt(root, conflict.path, conflict.fields, value);
  return next === undefined ? null : formatTracked(finishTracked(trackedKind(conflict.file), next));
}
