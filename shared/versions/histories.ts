import { type Json, type JsonRecord, canonical, isRecord } from '../sync/json';
import { OffsetMap, diffTexts } from './text-diff';

/**
 * Two copies of a corpus that each gave a document a new text between syncs (docs/STORAGE.md,
 * "Versions over sync"). Neither text may be lost and the version numbers must stay one line,
 * so the merge orders the two histories the same way on every copy: the side whose current
 * text came in first ("A") keeps its numbers, its current text becomes an earlier version,
 * and the other side's new texts ("B") follow it, renumbered; B's current text is current.
 * When only one side has a new text, A is the side without one and nothing is renumbered.
 */

export type Side = 'ours' | 'theirs';

export const versionOf = (doc: JsonRecord): number => (typeof doc.version === 'number' ? doc.version : 1);
const historyOf = (doc: JsonRecord): JsonRecord[] => (Array.isArray(doc.versions) ? doc.versions.filter(isRecord) : []);
const textOf = (record: JsonRecord | undefined): string | undefined => (typeof record?.text === 'string' ? record.text : undefined);

/** When the document's current text came in (the document's creation for version 1). */
export function currentImportedAt(doc: JsonRecord): string {
  const last = historyOf(doc).at(-1);
  return typeof last?.replacedAt === 'string' ? last.replacedAt : String(doc.createdAt ?? '');
}

const textState = (doc: JsonRecord) =>
  canonical({ version: versionOf(doc), contentHash: doc.contentHash ?? null, versions: historyOf(doc) });

/**
 * Whether the two sides hold different histories of the document's text: one or both gave it
 * a new version since the base. Layers then read different texts on the two sides.
 */
export function historiesDiverge(ours: JsonRecord, theirs: JsonRecord): boolean {
  return textState(ours) !== textState(theirs);
}

export interface VersionedSide {
  doc: JsonRecord;
  /** versions/<id>/<n>.json files this side added since the base, by number. */
  files: Map<number, JsonRecord>;
}

/** One step of a text's history, with its word diff computed once for every layer that needs it. */
export class Step {
  #map: OffsetMap | null = null;
  constructor(
    readonly from: string,
    readonly to: string,
    readonly version: number,
    private readonly lang: string,
  ) {}
  get map(): OffsetMap {
    this.#map ??= new OffsetMap(diffTexts(this.from, this.to, this.lang));
    return this.#map;
  }
}

export interface HistoryPlan {
  /** The side whose numbers stand, and the side whose current text becomes current. */
  a: Side;
  b: Side;
  mode: 'one-sided' | 'two-sided' | 'same-text';
  baseVersion: number;
  /** Added to B's version numbers from `firstFromB` on. */
  shift: number;
  firstFromB: number;
  /** The merged document's current version. */
  current: number;
  currentText: string;
  /** The base text carried along B's history to the current text (how B carried every layer). */
  baseSteps: Step[];
  /** A's current text straight onto the current text (two-sided only; else A's layers follow baseSteps). */
  aStep: Step | null;
}

function earlierSide(ours: JsonRecord, theirs: JsonRecord): Side {
  const [o, t] = [currentImportedAt(ours), currentImportedAt(theirs)];
  if (o !== t) return o < t ? 'ours' : 'theirs';
  const [ho, ht] = [String(ours.contentHash), String(theirs.contentHash)];
  if (ho !== ht) return ho < ht ? 'ours' : 'theirs';
  return canonical(ours) <= canonical(theirs) ? 'ours' : 'theirs';
}

/** How the two histories are put in one line; the same whichever side is "ours". */
export function planHistories(base: JsonRecord, sides: Record<Side, VersionedSide>): HistoryPlan {
  const baseVersion = versionOf(base);
  const moved = (s: Side) => versionOf(sides[s].doc) !== baseVersion || sides[s].doc.contentHash !== base.contentHash;
  const a: Side = !moved('ours') ? 'ours' : !moved('theirs') ? 'theirs' : earlierSide(sides.ours.doc, sides.theirs.doc);
  const b: Side = a === 'ours' ? 'theirs' : 'ours';
  const [A, B] = [sides[a].doc, sides[b].doc];
  const lang = typeof B.lang === 'string' ? B.lang : 'und';
  const [va, vb] = [versionOf(A), versionOf(B)];
  const mode = !moved(a) ? 'one-sided' : A.contentHash === B.contentHash && va === vb ? 'same-text' : 'two-sided';
  const shift = mode === 'two-sided' ? va - baseVersion : 0;
  const firstFromB = mode === 'two-sided' ? baseVersion + 1 : mode === 'one-sided' ? baseVersion : Number.POSITIVE_INFINITY;
  const current = mode === 'same-text' ? va : vb + shift;
  const currentText = textOf(B) ?? '';
  // The texts B's history went through, base first; a missing file makes one step of two.
  const chainSide = mode === 'same-text' ? sides[a] : sides[b];
  const chain: Array<{ text: string; version: number }> = [{ text: textOf(base) ?? '', version: baseVersion }];
  for (let v = baseVersion + 1; v < versionOf(chainSide.doc); v++) {
    const text = textOf(chainSide.files.get(v));
    if (text !== undefined) chain.push({ text, version: v });
  }
  chain.push({ text: textOf(chainSide.doc) ?? '', version: versionOf(chainSide.doc) });
  const baseSteps = chain.slice(1).map((to, i) => new Step((chain[i] as { text: string }).text, to.text, to.version + shift, lang));
  const aStep = mode === 'two-sided' ? new Step(textOf(A) ?? '', currentText, current, lang) : null;
  return { a, b, mode, baseVersion, shift, firstFromB, current, currentText, baseSteps, aStep };
}

/** B's version number as merged (A's numbers never change). */
export function renumbered(plan: HistoryPlan, version: number): number {
  return version >= plan.firstFromB ? version + plan.shift : version;
}

/**
 * The merged document's text fields (set on both sides before their other fields merge as
 * usual) and its earlier-version files, by number, from the base's current version on.
 */
export function mergedHistory(
  plan: HistoryPlan,
  sides: Record<Side, VersionedSide>,
): { fields: JsonRecord; files: Map<number, JsonRecord> } {
  const [A, B] = [sides[plan.a], sides[plan.b]];
  const files = new Map<number, JsonRecord>();
  const aVersion = versionOf(A.doc);
  // A's current text, kept as an earlier version, was replaced when B's current text came in.
  const replacedAt = currentImportedAt(B.doc);
  for (let n = plan.baseVersion; n < plan.current; n++) {
    if (n < aVersion) {
      const file = A.files.get(n);
      if (file) files.set(n, file);
    } else if (n === aVersion && plan.mode === 'two-sided') {
      files.set(n, {
        schemaVersion: A.doc.schemaVersion ?? 2,
        documentId: A.doc.id as Json,
        version: n,
        title: A.doc.title ?? '',
        contentHash: A.doc.contentHash ?? '',
        importedAt: currentImportedAt(A.doc),
        replacedAt,
        source: A.doc.source ?? {},
        text: A.doc.text ?? '',
        regions: A.doc.regions ?? [],
      });
    } else {
      const file = B.files.get(n - plan.shift);
      if (file && n - plan.shift >= plan.firstFromB) files.set(n, { ...file, version: n });
    }
  }
  const entries: JsonRecord[] = [...historyOf(A.doc)];
  if (plan.mode === 'two-sided') {
    const text = textOf(A.doc) ?? '';
    const url = isRecord(A.doc.source) ? (A.doc.source.url ?? '') : '';
    entries.push({
      version: aVersion,
      contentHash: A.doc.contentHash ?? '',
      importedAt: currentImportedAt(A.doc),
      replacedAt,
      length: text.length,
      url,
    });
  }
  for (const e of historyOf(B.doc)) {
    if (typeof e.version === 'number' && e.version >= plan.firstFromB) entries.push({ ...e, version: renumbered(plan, e.version) });
  }
  const fields: JsonRecord = { version: plan.current, versions: entries };
  for (const key of ['text', 'regions', 'contentHash', 'fingerprint', 'source', 'pages']) {
    const value = B.doc[key];
    if (value !== undefined) fields[key] = value;
  }
  return { fields, files };
}

/** A side's document with the merged text fields: fields B has not (an old fingerprint, pages) go. */
export function withHistory(doc: JsonRecord, fields: JsonRecord): JsonRecord {
  const { fingerprint: _f, pages: _p, ...rest } = doc;
  return { ...rest, ...fields };
}
