import { stableJson } from '../domain/stable-json';
import { CONFLICTS_FILE, type TrackedKind, annotationOrder, shapeFor, trackedKind } from './corpus-shapes';
import { type Json, type JsonRecord, isRecord } from './json';
import { type MergeConflict, mergeThreeWay } from './merge';
import { provisionalPolicy } from './policy';

/** A file's three versions as text; null where the file does not exist on that side. */
export interface FileVersions {
  base: string | null;
  ours: string | null;
  theirs: string | null;
}

export interface FileMerge {
  /** The merged content, or null when the merged result is that the file is gone. */
  content: string | null;
  conflicts: MergeConflict[];
}

/**
 * How tracked JSON is written: byte for byte as the store writes it (fixed key order), so a
 * merged file is the same on every copy whichever side merged, and the store's next write
 * of it changes only what changed.
 */
export function formatTracked(value: Json): string {
  return stableJson(value);
}

function parse(text: string | null): Json | undefined {
  if (text === null) return undefined;
  return JSON.parse(text) as Json;
}

/** Lines both kept plus lines either added, in a stable order (for .gitignore). */
function mergeLines(v: FileVersions): string {
  const lines = (t: string | null) => (t ?? '').split('\n').filter((l) => l.trim() !== '');
  const [base, ours, theirs] = [lines(v.base), lines(v.ours), lines(v.theirs)];
  const removed = new Set(base.filter((l) => !ours.includes(l) || !theirs.includes(l)));
  const out: string[] = [];
  for (const l of [...ours, ...theirs]) if (!removed.has(l) && !out.includes(l)) out.push(l);
  return `${out.join('\n')}\n`;
}

/**
 * After a merge of a layer, a quote may point at a speaker mention the other side deleted,
 * and two "same as" links may now point at each other. Links must resolve, as the store
 * requires; a dangling link is cleared (the deletion was the other side's explicit choice).
 */
export function repairLayerLinks(layer: JsonRecord): JsonRecord {
  const annotations = Array.isArray(layer.annotations) ? layer.annotations.filter(isRecord) : [];
  const speakers = new Map(annotations.filter((a) => a.type === 'speaker').map((a) => [String(a.id), a]));
  const repaired = annotations.map((a) => {
    const attributes = isRecord(a.attributes) ? a.attributes : {};
    const key = a.type === 'quote' ? 'speakerId' : a.type === 'speaker' ? 'sameAs' : null;
    const target = key ? attributes[key] : null;
    if (!key || target === null || target === undefined || (speakers.has(String(target)) && target !== a.id)) return a;
    return { ...a, attributes: { ...attributes, [key]: null } };
  });
  // Break "same as" loops at their smallest id, so every copy breaks them the same way.
  const byId = new Map(repaired.map((a) => [String(a.id), a]));
  for (const start of [...byId.keys()].sort()) {
    const seen: string[] = [];
    let current = byId.get(start);
    while (current && current.type === 'speaker' && isRecord(current.attributes) && typeof current.attributes.sameAs === 'string') {
      if (seen.includes(String(current.id))) {
        const smallest = [...seen].sort()[0] as string;
        const a = byId.get(smallest) as JsonRecord;
        byId.set(smallest, { ...a, attributes: { ...(a.attributes as JsonRecord), sameAs: null } });
        break;
      }
      seen.push(String(current.id));
      current = byId.get(current.attributes.sameAs);
    }
  }
  return { ...layer, annotations: repaired.map((a) => byId.get(String(a.id)) as Json) };
}

/** A conflict over a whole file we cannot read field by field: ours stays, theirs is kept in the record. */
function wholeFileConflict(v: FileVersions): FileMerge {
  const asJson = (t: string | null): Json | undefined => (t === null ? undefined : t);
  return {
    content: v.ours ?? v.theirs,
    conflicts: [
      {
        path: [],
        kind: v.ours === null || v.theirs === null ? 'delete-edit' : 'edit',
        base: asJson(v.base),
        ours: asJson(v.ours),
        theirs: asJson(v.theirs),
        oursRecord: undefined,
        theirsRecord: undefined,
        chosen: v.ours === null ? 'theirs' : 'ours',
      },
    ],
  };
}

/**
 * Merges one tracked file changed on both sides. Layers, documents, the speaker registry
 * and settings merge field by field (shared/sync/corpus-shapes.ts); damaged JSON or an
 * unknown file keeps our version and is reported, never guessed at.
 */
export function mergeTrackedFile(path: string, v: FileVersions, kind: TrackedKind = trackedKind(path)): FileMerge {
  if (v.ours === v.theirs) return { content: v.ours, conflicts: [] };
  if (v.ours === v.base) return { content: v.theirs, conflicts: [] };
  if (v.theirs === v.base) return { content: v.ours, conflicts: [] };
  if (kind === 'gitignore') return { content: mergeLines(v), conflicts: [] };
  if (kind === 'other') return wholeFileConflict(v);
  let versions: [Json | undefined, Json | undefined, Json | undefined];
  try {
    versions = [parse(v.base), parse(v.ours), parse(v.theirs)];
  } catch {
    return wholeFileConflict(v);
  }
  const [base, ours, theirs] = versions;
  const { value, conflicts } = mergeThreeWay(base, ours, theirs, shapeFor(kind), provisionalPolicy);
  if (value === undefined) return { content: null, conflicts };
  return { content: formatTracked(finishTracked(kind, value)), conflicts: path === CONFLICTS_FILE ? [] : conflicts };
}

/** What every written layer must satisfy after a merge or a decision: links resolve, text order. */
export function finishTracked(kind: TrackedKind, value: Json): Json {
  if (kind !== 'layer' || !isRecord(value)) return value;
  const repaired = repairLayerLinks(value);
  const list = Array.isArray(repaired.annotations) ? [...repaired.annotations].sort(annotationOrder) : repaired.annotations;
  return { ...repaired, ...(list === undefined ? {} : { annotations: list }) };
}
