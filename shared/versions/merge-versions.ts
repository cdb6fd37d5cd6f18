import type { Annotation } from '../domain/annotation';
import type { RejectedSuggestion } from '../domain/suggestion';
import { DOCUMENT_SHAPE, LAYER_SHAPE } from '../sync/corpus-shapes';
import { type Json, type JsonRecord, isRecord, sameJson } from '../sync/json';
import { type MergeConflict, mergeThreeWay } from '../sync/merge';
import { finishTracked } from '../sync/merge-file';
import { provisionalPolicy } from '../sync/policy';
import { carryAnnotations, carryRejections, checkAgainstText } from './carry';
import {
  type HistoryPlan,
  type Side,
  type Step,
  type VersionedSide,
  currentImportedAt,
  historiesDiverge,
  mergedHistory,
  planHistories,
  renumbered,
  withHistory,
} from './histories';

/**
 * Sync's merge of one document whose text has a new version on one side or both (docs/STORAGE.md,
 * "Versions over sync"). Every layer is brought onto the merged current text before its
 * annotations merge: B's layers already read it; A's are carried from A's text (the
 * same rules as a new version); the base is carried along B's history, so an annotation
 * nobody touched reads the same on the base and on B. After the merge each annotation is
 * checked against the current text (checkAgainstText): re-placed and flagged, or orphaned.
 * Nothing depends on which side is "ours", so every copy that merges the two gets the same.
 */

/** One tracked file's content at the base and on each side (undefined: absent there). */
export interface FileSides {
  base?: Json;
  ours?: Json;
  theirs?: Json;
}

export interface DocumentMerge {
  /** Every file of the document the merge decides, by corpus path; null: the file goes. */
  files: Map<string, Json | null>;
  conflicts: Array<{ path: string; conflict: MergeConflict }>;
}

interface OrphanEntry {
  version: number;
  orphanedAt: string;
  annotation: Annotation;
}

const SPAN_FIELDS = new Set(['start', 'end', 'text', 'prefix', 'suffix', 'carried']);
const annotationsOf = (layer: JsonRecord | undefined): Annotation[] =>
  Array.isArray(layer?.annotations) ? (layer.annotations.filter(isRecord) as unknown as Annotation[]) : [];
const orphansOf = (file: Json | undefined): OrphanEntry[] =>
  isRecord(file) && Array.isArray(file.orphans) ? (file.orphans.filter(isRecord) as unknown as OrphanEntry[]) : [];
const asRecord = (v: Json | undefined): JsonRecord | undefined => (isRecord(v) ? v : undefined);
const toJson = (v: unknown): Json => v as Json;

/** The same annotation apart from where it sits and how it was carried (no one edited it). */
function unedited(a: Annotation, b: Annotation): boolean {
  const strip = (x: Annotation) => Object.fromEntries(Object.entries(x).filter(([k]) => !SPAN_FIELDS.has(k))) as JsonRecord;
  return sameJson(strip(a), strip(b));
}

/** A layer carried step by step; what a step could not place is an orphan of that step's version. */
function carryLayer(layer: JsonRecord, steps: readonly Step[], now: string): { layer: JsonRecord; orphans: OrphanEntry[] } {
  let annotations = annotationsOf(layer);
  let rejections = (Array.isArray(layer.rejectedSuggestions) ? layer.rejectedSuggestions : []) as unknown as RejectedSuggestion[];
  const orphans: OrphanEntry[] = [];
  for (const step of steps) {
    const carried = carryAnnotations(step.from, step.to, annotations, step.version, step.map);
    annotations = carried.placed;
    for (const annotation of carried.orphans) orphans.push({ version: step.version, orphanedAt: now, annotation });
    rejections = carryRejections(step.to, rejections, step.map);
  }
  return { layer: { ...layer, annotations: toJson(annotations), rejectedSuggestions: toJson(rejections) }, orphans };
}

/** B's layer with its carried version numbers as merged. */
function renumberLayer(plan: HistoryPlan, layer: JsonRecord): JsonRecord {
  if (plan.shift === 0) return layer;
  const annotations = annotationsOf(layer).map((a) =>
    a.carried ? { ...a, carried: { ...a.carried, version: renumbered(plan, a.carried.version) } } : a,
  );
  return { ...layer, annotations: toJson(annotations) };
}

interface LayerOutcome {
  layer: JsonRecord | undefined;
  conflicts: MergeConflict[];
  /** Orphans this merge made (A's annotations no place was found for on the current text). */
  orphans: OrphanEntry[];
  /** A's orphans its own history made that B's history placed: no longer orphans. */
  rescued: Set<string>;
}

function mergeLayer(plan: HistoryPlan, sides: FileSides, aOrphansAdded: readonly OrphanEntry[], now: string): LayerOutcome {
  const base = asRecord(sides.base);
  const [aRaw, bRaw] = [asRecord(sides[plan.a]), asRecord(sides[plan.b])];
  const aChanged = !sameJson(aRaw, base);
  const bChanged = !sameJson(bRaw, base);
  let baseCarried: ReturnType<typeof carryLayer> | undefined;
  const carriedBase = () => {
    if (base) baseCarried ??= carryLayer(base, plan.baseSteps, now);
    return baseCarried?.layer;
  };
  const b = bChanged ? (bRaw ? renumberLayer(plan, bRaw) : undefined) : carriedBase();
  const rescued = new Set<string>();
  // Untouched on A: B's layer, which already reads the current text, is the merge.
  if (!aChanged) return { layer: b, conflicts: [], orphans: [], rescued };
  let orphans: OrphanEntry[] = [];
  let a: JsonRecord | undefined;
  if (aRaw) {
    const steps = plan.aStep ? [plan.aStep] : plan.mode === 'same-text' ? [] : plan.baseSteps;
    const carried = carryLayer(aRaw, steps, now);
    a = carried.layer;
    // An annotation A's history could not place but B's did, unedited on A: it stands where B put it.
    const onBase = new Map(annotationsOf(base).map((x) => [x.id, x]));
    const placedByB = new Map(annotationsOf(carriedBase()).map((x) => [x.id, x]));
    const keep: Annotation[] = [];
    for (const o of [...aOrphansAdded, ...carried.orphans]) {
      const before = onBase.get(o.annotation.id);
      const there = placedByB.get(o.annotation.id);
      if (before && there && unedited(o.annotation, before)) {
        keep.push(there);
        rescued.add(o.annotation.id);
      } else if (!aOrphansAdded.includes(o)) orphans.push(o);
    }
    if (keep.length > 0) a = { ...a, annotations: toJson([...annotationsOf(a), ...keep]) };
  }
  // Merged with the real sides in their places, so conflicts name who holds which value.
  const [ours, theirs] = plan.a === 'ours' ? [a, b] : [b, a];
  const merged = mergeThreeWay(carriedBase(), ours, theirs, LAYER_SHAPE, provisionalPolicy);
  if (!isRecord(merged.value)) return { layer: undefined, conflicts: merged.conflicts, orphans, rescued };
  const checked = checkAgainstText(plan.currentText, annotationsOf(merged.value), plan.current);
  orphans = [...orphans, ...checked.orphans.map((annotation) => ({ version: plan.current, orphanedAt: now, annotation }))];
  const layer = finishTracked('layer', { ...merged.value, annotations: toJson(checked.placed) }) as JsonRecord;
  return { layer, conflicts: merged.conflicts, orphans, rescued };
}

/** The entry to keep of two for one annotation: the later edited; on a tie the second (callers pass B's, then A's, then this merge's). */
function laterEntry(x: OrphanEntry, y: OrphanEntry): OrphanEntry {
  const [ux, uy] = [String(x.annotation.updatedAt ?? ''), String(y.annotation.updatedAt ?? '')];
  return ux > uy ? x : y;
}

/**
 * One layer's orphans as merged: an orphan either side re-placed or deleted goes; B's numbers
 * follow the merge; what this merge orphaned is added; none is kept for an annotation the
 * merged layer holds.
 */
function mergeOrphans(plan: HistoryPlan, sides: FileSides, outcome: LayerOutcome, aAdded: readonly OrphanEntry[]): OrphanEntry[] {
  const base = orphansOf(sides.base);
  const baseIds = new Set(base.map((o) => o.annotation.id));
  const aAddedIds = new Set(aAdded.map((o) => o.annotation.id));
  const a = orphansOf(sides[plan.a]).filter((o) => !(outcome.rescued.has(o.annotation.id) && aAddedIds.has(o.annotation.id)));
  const b = orphansOf(sides[plan.b]).map((o) => ({ ...o, version: renumbered(plan, o.version) }));
  const [aIds, bIds] = [new Set(a.map((o) => o.annotation.id)), new Set(b.map((o) => o.annotation.id))];
  const placed = new Set(annotationsOf(outcome.layer).map((x) => x.id));
  const byId = new Map<string, OrphanEntry>();
  for (const o of [...b, ...a, ...outcome.orphans]) {
    const id = o.annotation.id;
    if (placed.has(id) || (baseIds.has(id) && !(aIds.has(id) && bIds.has(id)) && !outcome.orphans.includes(o))) continue;
    const had = byId.get(id);
    byId.set(id, had ? laterEntry(had, o) : o);
  }
  return [...byId.values()].sort(
    (x, y) => x.version - y.version || x.annotation.start - y.annotation.start || (x.annotation.id < y.annotation.id ? -1 : 1),
  );
}

/** A document's paths; the id is escaped (it comes from a file name in a colleague's commit). */
const PATHS = (id: string) => {
  const safe = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    document: `documents/${id}.json`,
    layer: new RegExp(`^layers/([^/]+)/${safe}\\.json$`),
    orphans: new RegExp(`^versions/${safe}/orphans/([^/]+)\\.json$`),
    version: new RegExp(`^versions/${safe}/(\\d+)\\.json$`),
  };
};

/**
 * Merges every file of document `id` changed on either side (`files`: path → its three
 * contents; a side that did not change a file holds the base's), when the two sides hold
 * different histories of its text; null when they do not (the ordinary merge applies). The
 * result depends on the files alone (no clock, not which side is ours).
 */
export function mergeDocumentVersions(id: string, files: ReadonlyMap<string, FileSides>): DocumentMerge | null {
  const paths = PATHS(id);
  const docSides = files.get(paths.document);
  const [base, ours, theirs] = [asRecord(docSides?.base), asRecord(docSides?.ours), asRecord(docSides?.theirs)];
  if (!base || !ours || !theirs || !historiesDiverge(ours, theirs)) return null;
  const versionFiles = (side: Side) => {
    const out = new Map<number, JsonRecord>();
    for (const [path, f] of files) {
      const m = paths.version.exec(path);
      const content = asRecord(f[side]);
      if (m && content && !sameJson(content, f.base)) out.set(Number(m[1]), content);
    }
    return out;
  };
  const sides: Record<Side, VersionedSide> = {
    ours: { doc: ours, files: versionFiles('ours') },
    theirs: { doc: theirs, files: versionFiles('theirs') },
  };
  const plan = planHistories(base, sides);
  // Orphaned when the current text came in: a stamp from the files, not the clock, so two
  // copies that merge the same sides write the same bytes (and their merges then agree).
  const now = currentImportedAt(sides[plan.b].doc);
  const history = mergedHistory(plan, sides);
  const out: DocumentMerge = { files: new Map(), conflicts: [] };
  const doc = mergeThreeWay(
    base,
    withHistory(ours, history.fields),
    withHistory(theirs, history.fields),
    DOCUMENT_SHAPE,
    provisionalPolicy,
  );
  out.files.set(paths.document, doc.value ?? null);
  out.conflicts.push(...doc.conflicts.map((conflict) => ({ path: paths.document, conflict })));
  for (const path of files.keys()) if (paths.version.test(path)) out.files.set(path, null);
  for (const [n, file] of history.files) out.files.set(`versions/${id}/${n}.json`, file);
  const owners = new Set<string>();
  for (const path of files.keys()) {
    const m = paths.layer.exec(path) ?? paths.orphans.exec(path);
    if (m) owners.add(m[1] as string);
  }
  for (const owner of [...owners].sort()) {
    const layerPath = `layers/${owner}/${id}.json`;
    const orphansPath = `versions/${id}/orphans/${owner}.json`;
    const orphanSides = files.get(orphansPath) ?? {};
    const aAdded = orphansOf(orphanSides[plan.a]).filter((o) => !orphansOf(orphanSides.base).some((x) => sameJson(toJson(x), toJson(o))));
    const layerSides = files.get(layerPath) ?? {};
    const outcome = mergeLayer(plan, layerSides, aAdded, now);
    if (files.has(layerPath)) out.files.set(layerPath, outcome.layer ?? null);
    out.conflicts.push(...outcome.conflicts.map((conflict) => ({ path: layerPath, conflict })));
    const orphans = mergeOrphans(plan, orphanSides, outcome, aAdded);
    const schemaVersion = asRecord(sides[plan.b].doc)?.schemaVersion ?? 2;
    out.files.set(orphansPath, orphans.length === 0 ? null : { schemaVersion, documentId: id, annotator: owner, orphans: toJson(orphans) });
  }
  return out;
}

/** The document a tracked path belongs to with its versions: its file, its layers, its earlier texts and orphans. */
export function versionedDocumentOf(path: string): string | null {
  return /^(?:documents\/([^/]+)\.json|layers\/[^/]+\/([^/]+)\.json|versions\/([^/]+)\/.+)$/.exec(path)?.slice(1).find(Boolean) ?? null;
}
