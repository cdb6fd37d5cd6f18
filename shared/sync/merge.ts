import { type Json, type JsonRecord, canonical, isRecord, sameJson } from './json';

/**
 * Three-way merge of JSON values, field by field. Where only one side changed a field, its
 * change is taken; where both changed it the same way, that value is taken; where both
 * changed it differently, a conflict is reported with a provisional value chosen by the
 * caller's policy. Nothing is settled silently: every such choice is in `conflicts`.
 */

/** Where a value sits: object keys, `{ id }` for an item of a keyed array, `@group` for a field group. */
export type PathSegment = string | { id: string };

export type Shape =
  /** Replaced as a whole; two different changes conflict. */
  | { kind: 'atomic' }
  /** Both changed: a deterministic pick, no conflict (provenance of no editorial weight). */
  | { kind: 'quiet' }
  /** Field by field; `groups` change together (a span's start/end/text); others are inferred. */
  | {
      kind: 'record';
      fields?: Record<string, Shape>;
      groups?: Record<string, readonly string[]>;
      /** Groups whose differing changes are settled by a deterministic pick (both trashed a document). */
      quietGroups?: Record<string, readonly string[]>;
      rest?: Shape;
    }
  /** Array of records merged per `key` (default "id"); deleting one that the other side edited conflicts. */
  | { kind: 'keyed'; key?: string; item?: Shape; order?: (a: Json, b: Json) => number }
  /** Array with set semantics (tags, links, evidence): additions and removals of both sides. */
  | { kind: 'set' };

export interface MergeConflict {
  path: PathSegment[];
  /** The fields of a group conflict (the values are objects holding them). */
  fields?: readonly string[];
  /** `delete-edit`: one side removed the item (its value is undefined), the other changed it. */
  kind: 'edit' | 'delete-edit';
  base: Json | undefined;
  ours: Json | undefined;
  theirs: Json | undefined;
  /** The nearest enclosing records on each side, for who/when (updatedBy, updatedAt). */
  oursRecord: JsonRecord | undefined;
  theirsRecord: JsonRecord | undefined;
  /** Which side's value the merged result holds until someone decides. */
  chosen: 'ours' | 'theirs';
}

/** Chooses the provisional side of a conflict; must not depend on which side is "ours". */
export type ConflictPolicy = (conflict: Omit<MergeConflict, 'chosen'>) => 'ours' | 'theirs';

export interface MergeResult<T = Json | undefined> {
  value: T;
  conflicts: MergeConflict[];
}

const ABSENT = undefined;

/** Fields whose both-sided changes have an obvious answer (and so never conflict). */
function mergeBookkeeping(key: string, ours: Json | undefined, theirs: Json | undefined): Json | undefined | null {
  if (key === 'createdAt' && typeof ours === 'string' && typeof theirs === 'string') return ours < theirs ? ours : theirs;
  return null;
}

/** Default shape for a value of unknown place: records by field, id-keyed arrays per item. */
function inferShape(...values: Array<Json | undefined>): Shape {
  const present = values.filter((v) => v !== undefined && v !== null);
  if (present.length > 0 && present.every(isRecord)) return { kind: 'record' };
  if (present.length > 0 && present.every(Array.isArray)) {
    const items = (present as Json[][]).flat();
    if (items.length > 0 && items.every((i) => isRecord(i) && typeof i.id === 'string')) return { kind: 'keyed' };
    if (items.every((i) => !Array.isArray(i))) return { kind: 'set' };
  }
  return { kind: 'atomic' };
}

class Merger {
  readonly conflicts: MergeConflict[] = [];
  constructor(private readonly policy: ConflictPolicy) {}

  /** Records a conflict and returns the side the policy keeps for now. */
  conflict(c: Omit<MergeConflict, 'chosen'>): 'ours' | 'theirs' {
    const chosen = this.policy(c);
    this.conflicts.push({ ...c, chosen });
    return chosen;
  }

  value(
    path: PathSegment[],
    base: Json | undefined,
    ours: Json | undefined,
    theirs: Json | undefined,
    shape: Shape,
    records: [JsonRecord | undefined, JsonRecord | undefined],
  ): Json | undefined {
    if (sameJson(ours, theirs)) return ours;
    if (sameJson(ours, base)) return theirs;
    if (sameJson(theirs, base)) return ours;
    const key = path[path.length - 1];
    if (typeof key === 'string') {
      const settled = mergeBookkeeping(key, ours, theirs);
      if (settled !== null) return settled;
    }
    if (shape.kind === 'quiet') return canonical(ours) >= canonical(theirs) ? ours : theirs;
    if (ours === undefined || theirs === undefined) {
      const side = this.conflict({ path, kind: 'delete-edit', base, ours, theirs, oursRecord: records[0], theirsRecord: records[1] });
      return side === 'ours' ? ours : theirs;
    }
    if (shape.kind === 'record' && isRecord(ours) && isRecord(theirs) && (base === undefined || isRecord(base))) {
      return this.record(path, base ?? {}, ours, theirs, shape, records);
    }
    if (shape.kind === 'keyed' && Array.isArray(ours) && Array.isArray(theirs) && (base === undefined || Array.isArray(base))) {
      return this.keyed(path, base ?? [], ours, theirs, shape, records);
    }
    if (shape.kind === 'set' && Array.isArray(ours) && Array.isArray(theirs) && (base === undefined || Array.isArray(base))) {
      return mergeSet(base ?? [], ours, theirs);
    }
    const side = this.conflict({ path, kind: 'edit', base, ours, theirs, oursRecord: records[0], theirsRecord: records[1] });
    return side === 'ours' ? ours : theirs;
  }

  record(
    path: PathSegment[],
    base: JsonRecord,
    ours: JsonRecord,
    theirs: JsonRecord,
    shape: Extract<Shape, { kind: 'record' }>,
    outer: [JsonRecord | undefined, JsonRecord | undefined],
  ): JsonRecord {
    // Who/when come from the nearest record that keeps them (an annotation for its verdict).
    const records: [JsonRecord, JsonRecord] = [
      ours.updatedAt !== undefined || !outer[0] ? ours : outer[0],
      theirs.updatedAt !== undefined || !outer[1] ? theirs : outer[1],
    ];
    const groups = [
      ...Object.entries(shape.groups ?? {}).map(([name, fields]) => ({ name, fields, quiet: false })),
      ...Object.entries(shape.quietGroups ?? {}).map(([name, fields]) => ({ name, fields, quiet: true })),
    ];
    const grouped = new Set(groups.flatMap((g) => g.fields));
    grouped.add('updatedAt').add('updatedBy').add('revision');
    const out: JsonRecord = {};
    const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base)])];
    for (const key of keys) {
      if (grouped.has(key)) continue;
      const fieldShape = shape.fields?.[key] ?? shape.rest ?? inferShape(base[key], ours[key], theirs[key]);
      const merged = this.value([...path, key], base[key], ours[key], theirs[key], fieldShape, records);
      if (merged !== ABSENT) out[key] = merged;
    }
    for (const { name, fields, quiet } of groups) {
      const pick = (r: JsonRecord) => Object.fromEntries(fields.filter((f) => r[f] !== undefined).map((f) => [f, r[f] as Json]));
      const merged = this.groupValue([...path, `@${name}`], fields, pick(base), pick(ours), pick(theirs), records, quiet);
      Object.assign(out, merged);
    }
    // Who changed a record last goes with when: the later side's stamp and author, whichever the fields.
    const later = laterSide(ours, theirs);
    for (const key of ['updatedAt', 'updatedBy']) {
      const value = sameJson(ours[key], base[key]) ? theirs[key] : sameJson(theirs[key], base[key]) ? ours[key] : later[key];
      if (value !== undefined) out[key] = value;
    }
    // record() runs only when both sides changed the record: its revision moves past both,
    // so an editor holding either version is told to reload instead of overwriting the merge.
    const [ro, rt] = [ours.revision, theirs.revision];
    if (typeof ro === 'number' && typeof rt === 'number') out.revision = Math.max(ro, rt) + 1;
    else if (ro !== undefined || rt !== undefined) out.revision = (ro ?? rt) as Json;
    return out;
  }

  groupValue(
    path: PathSegment[],
    fields: readonly string[],
    base: JsonRecord,
    ours: JsonRecord,
    theirs: JsonRecord,
    records: [JsonRecord, JsonRecord],
    quiet: boolean,
  ): JsonRecord {
    if (sameJson(ours, theirs) || sameJson(theirs, base)) return ours;
    if (sameJson(ours, base)) return theirs;
    if (quiet) return canonical(ours) >= canonical(theirs) ? ours : theirs;
    const side = this.conflict({ path, fields, kind: 'edit', base, ours, theirs, oursRecord: records[0], theirsRecord: records[1] });
    return side === 'ours' ? ours : theirs;
  }

  keyed(
    path: PathSegment[],
    base: Json[],
    ours: Json[],
    theirs: Json[],
    shape: Extract<Shape, { kind: 'keyed' }>,
    records: [JsonRecord | undefined, JsonRecord | undefined],
  ): Json[] {
    const key = shape.key ?? 'id';
    const index = (list: Json[]) => {
      const map = new Map<string, Json>();
      for (const item of list) if (isRecord(item) && typeof item[key] === 'string') map.set(item[key] as string, item);
      return map;
    };
    const [b, o, t] = [index(base), index(ours), index(theirs)];
    const out: Json[] = [];
    const ids = [...new Set([...b.keys(), ...o.keys(), ...t.keys()])];
    for (const id of ids) {
      const [bi, oi, ti] = [b.get(id), o.get(id), t.get(id)];
      const itemShape = shape.item ?? inferShape(bi, oi, ti);
      const itemRecords: [JsonRecord | undefined, JsonRecord | undefined] = [
        isRecord(oi) ? oi : records[0],
        isRecord(ti) ? ti : records[1],
      ];
      const merged = this.value([...path, { id }], bi, oi, ti, itemShape, itemRecords);
      if (merged !== ABSENT) out.push(merged);
    }
    const order = shape.order ?? orderLike(base, key);
    return out.sort(order);
  }
}

/** The record changed later (by updatedAt); ties fall to a comparison that ignores which side is which. */
function laterSide(ours: JsonRecord, theirs: JsonRecord): JsonRecord {
  const a = typeof ours.updatedAt === 'string' ? ours.updatedAt : '';
  const b = typeof theirs.updatedAt === 'string' ? theirs.updatedAt : '';
  if (a !== b) return a > b ? ours : theirs;
  return canonical(ours) >= canonical(theirs) ? ours : theirs;
}

/** Keeps the base's order; items new to it follow, by key, so both sides agree on the result. */
function orderLike(base: Json[], key: string): (a: Json, b: Json) => number {
  const position = new Map<string, number>();
  base.forEach((item, i) => {
    if (isRecord(item) && typeof item[key] === 'string') position.set(item[key] as string, i);
  });
  const idOf = (item: Json) => (isRecord(item) ? String(item[key]) : '');
  return (x, y) => {
    const [px, py] = [position.get(idOf(x)), position.get(idOf(y))];
    if (px !== undefined && py !== undefined) return px - py;
    if (px !== undefined) return -1;
    if (py !== undefined) return 1;
    return idOf(x) < idOf(y) ? -1 : idOf(x) > idOf(y) ? 1 : 0;
  };
}

/** Base items neither side removed, in base order, then additions of either side in a fixed order. */
function mergeSet(base: Json[], ours: Json[], theirs: Json[]): Json[] {
  const keysOf = (list: Json[]) => new Set(list.map(canonical));
  const [o, t] = [keysOf(ours), keysOf(theirs)];
  const kept = base.filter((item) => o.has(canonical(item)) && t.has(canonical(item)));
  const seen = new Set(base.map(canonical));
  const added = new Map<string, Json>();
  for (const item of [...ours, ...theirs]) {
    const k = canonical(item);
    if (!seen.has(k)) added.set(k, item);
  }
  const keptKeys = new Set<string>();
  const dedupedKept = kept.filter((item) => {
    const k = canonical(item);
    if (keptKeys.has(k)) return false;
    keptKeys.add(k);
    return true;
  });
  return [...dedupedKept, ...[...added.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v)];
}

/**
 * Merges three versions of a value (undefined = absent: the file or item does not exist on
 * that side). `shape` describes the places that need more than the inferred rules.
 */
export function mergeThreeWay(
  base: Json | undefined,
  ours: Json | undefined,
  theirs: Json | undefined,
  shape: Shape,
  policy: ConflictPolicy,
): MergeResult {
  const merger = new Merger(policy);
  const value = merger.value([], base, ours, theirs, shape, [isRecord(ours) ? ours : undefined, isRecord(theirs) ? theirs : undefined]);
  return { value, conflicts: merger.conflicts };
}
