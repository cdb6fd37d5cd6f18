import { OVERLAP_THRESHOLD, match, overlapRatio } from '../../../../shared/agreement/spans';
import type { Annotation, AnnotationType } from '../../../../shared/domain/annotation';
import type { AnnotationEdit } from '../../../../shared/domain/annotation-edits';
import { type RejectedSuggestion, sameSuggestion } from '../../../../shared/domain/suggestion';

/** What two annotators did differently at one place of the text. */
export type DifferenceKind = 'only-one' | 'boundaries' | 'attributes' | 'verdict';

export interface Disagreement {
  /** Stable while the two layers do not change: type and both sides' ids. */
  key: string;
  type: AnnotationType;
  /** The stretch both sides cover, for ordering and for showing it in the text. */
  start: number;
  end: number;
  kinds: DifferenceKind[];
  /** The attribute names that differ ("speaker", "value"…), for the side-by-side view. */
  fields: string[];
  /** Annotator A's and B's version; null where that annotator marked nothing. */
  sides: [Annotation | null, Annotation | null];
  /** The curated layer's annotation that settles it, if the editor has settled it. */
  curated: Annotation | null;
}

export interface AdjudicationLayers {
  a: readonly Annotation[];
  b: readonly Annotation[];
  curated: readonly Annotation[];
}

const TYPES: readonly AnnotationType[] = ['quote', 'speaker', 'figure'];

/** The person a quote is attributed to, by name: ids differ between layers, names do not. */
function speakerName(quote: Annotation, layer: ReadonlyMap<string, Annotation>): string {
  if (quote.type !== 'quote' || quote.attributes.speakerId === null) return '';
  const speaker = layer.get(quote.attributes.speakerId);
  if (speaker?.type !== 'speaker') return '';
  return (speaker.attributes.name || speaker.text).trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The attributes an editor compares, as plain values; links are compared by who they name. */
export function comparableAttributes(a: Annotation, layer: ReadonlyMap<string, Annotation>): Record<string, string> {
  if (a.type === 'quote') return { kind: a.attributes.kind, cue: a.attributes.cue.trim(), speaker: speakerName(a, layer) };
  if (a.type === 'speaker')
    return { name: a.attributes.name.trim(), role: a.attributes.role.trim(), affiliation: a.attributes.affiliation.trim() };
  return {
    value: JSON.stringify(a.attributes.value),
    unit: a.attributes.unit.trim(),
    kind: a.attributes.kind,
    counts: a.attributes.counts.trim(),
  };
}

function differences(x: Annotation, y: Annotation, layerX: ReadonlyMap<string, Annotation>, layerY: ReadonlyMap<string, Annotation>) {
  const kinds: DifferenceKind[] = [];
  if (x.start !== y.start || x.end !== y.end) kinds.push('boundaries');
  const ax = comparableAttributes(x, layerX);
  const ay = comparableAttributes(y, layerY);
  const fields = Object.keys(ax).filter((k) => ax[k] !== ay[k]);
  if (fields.length > 0) kinds.push('attributes');
  if (x.verdict.status !== y.verdict.status || x.verdict.note.trim() !== y.verdict.note.trim()) kinds.push('verdict');
  return { kinds, fields };
}

const byId = (list: readonly Annotation[]) => new Map(list.map((a) => [a.id, a]));

/**
 * Every place two layers disagree: a span only one annotator marked, or a pair of spans of
 * one type matched one to one (the agreement's overlap rule: intersection over union ≥ 0.5,
 * best pairs first) that differ in boundaries, attributes or verdict. Pairs that agree in
 * everything are returned apart (`agreed`). Each is linked to the curated annotation of its
 * type that overlaps it the most, if any, which is how a settled disagreement is recognised.
 */
export function findDisagreements(layers: AdjudicationLayers): { disagreements: Disagreement[]; agreed: Array<[Annotation, Annotation]> } {
  const mapA = byId(layers.a);
  const mapB = byId(layers.b);
  const out: Disagreement[] = [];
  const agreed: Array<[Annotation, Annotation]> = [];
  for (const type of TYPES) {
    const a = layers.a.filter((x) => x.type === type);
    const b = layers.b.filter((x) => x.type === type);
    const pairs = match(a, b, 'overlap');
    const matchedB = new Set(pairs.values());
    a.forEach((x, i) => {
      const j = pairs.get(i);
      const y = j === undefined ? null : (b[j] as Annotation);
      if (!y) {
        out.push(item(type, [x, null], ['only-one'], []));
        return;
      }
      const { kinds, fields } = differences(x, y, mapA, mapB);
      if (kinds.length === 0) agreed.push([x, y]);
      else out.push(item(type, [x, y], kinds, fields));
    });
    b.forEach((y, j) => {
      if (!matchedB.has(j)) out.push(item(type, [null, y], ['only-one'], []));
    });
  }
  out.sort((x, y) => x.start - y.start || x.end - y.end || x.key.localeCompare(y.key));
  linkCurated(out, layers.curated);
  return { disagreements: out, agreed };
}

function item(
  type: AnnotationType,
  sides: [Annotation | null, Annotation | null],
  kinds: DifferenceKind[],
  fields: string[],
): Disagreement {
  const present = sides.filter((s): s is Annotation => s !== null);
  return {
    key: `${type}:${sides[0]?.id ?? '-'}:${sides[1]?.id ?? '-'}`,
    type,
    start: Math.min(...present.map((s) => s.start)),
    end: Math.max(...present.map((s) => s.end)),
    kinds,
    fields,
    sides,
    curated: null,
  };
}

/** Each curated annotation settles at most one disagreement: the one it overlaps most. */
function linkCurated(items: Disagreement[], curated: readonly Annotation[]): void {
  const used = new Set<string>();
  for (const d of items) {
    let best: Annotation | null = null;
    let bestRatio = 0;
    for (const c of curated) {
      if (c.type !== d.type || used.has(c.id)) continue;
      const ratio = Math.max(...d.sides.map((s) => (s ? overlapRatio(s, c) : 0)));
      if (ratio >= OVERLAP_THRESHOLD && ratio > bestRatio) {
        best = c;
        bestRatio = ratio;
      }
    }
    if (best) {
      used.add(best.id);
      d.curated = best;
    }
  }
}

/** A link (quote → speaker, speaker → same person) carried into the curated layer, or null. */
function curatedLink(id: string | null, source: ReadonlyMap<string, Annotation>, curated: readonly Annotation[]): string | null {
  if (id === null) return null;
  if (curated.some((c) => c.id === id)) return id;
  const target = source.get(id);
  if (!target) return null;
  const same = curated.find((c) => c.type === target.type && overlapRatio(c, target) >= OVERLAP_THRESHOLD);
  return same?.id ?? null;
}

/** The create edit that copies `a` into the curated layer under `id`, with its attributes and verdict. */
function copyInto(a: Annotation, id: string, attributes: Record<string, unknown>): AnnotationEdit {
  const { status, note, evidence, checkedBy, checkedAt, reviewUrl } = a.verdict;
  return {
    kind: 'create',
    id,
    type: a.type,
    start: a.start,
    end: a.end,
    text: a.text,
    attributes,
    verdict: { status, note, evidence, checkedBy, checkedAt, ...(reviewUrl ? { reviewUrl } : {}) },
    origin: a.origin,
  };
}

/**
 * The edits that put one side's version into the curated layer in place of what settled the
 * disagreement before, attributes and verdict included. The copy keeps the side's id where it
 * is free. A quote's speaker comes along: linked to the curated speaker at the same place, or,
 * when the curated layer has none there, copied in with it, so the curated export names who
 * said it. Curated quotes that named the replaced version name the new one.
 */
export function acceptEdits(
  d: Disagreement,
  side: 0 | 1,
  source: readonly Annotation[],
  curated: readonly Annotation[],
  newId: () => string,
): AnnotationEdit[] {
  const chosen = d.sides[side];
  if (!chosen) return leaveOutEdits(d);
  const edits: AnnotationEdit[] = leaveOutEdits(d);
  const remaining = curated.filter((c) => c.id !== d.curated?.id);
  const map = byId(source);
  const freeId = (id: string) => (remaining.some((c) => c.id === id) || edits.some((e) => e.id === id) ? newId() : id);
  const attributes: Record<string, unknown> = { ...chosen.attributes };
  if (chosen.type === 'quote') {
    const speakerId = chosen.attributes.speakerId;
    let linked = curatedLink(speakerId, map, remaining);
    const speaker = speakerId === null ? undefined : map.get(speakerId);
    if (linked === null && speaker?.type === 'speaker') {
      linked = freeId(speaker.id);
      const sameAs = curatedLink(speaker.attributes.sameAs, map, remaining);
      edits.push(copyInto(speaker, linked, { ...speaker.attributes, sameAs }));
    }
    attributes.speakerId = linked;
  }
  if (chosen.type === 'speaker') attributes.sameAs = curatedLink(chosen.attributes.sameAs, map, remaining);
  const id = freeId(chosen.id);
  edits.push(copyInto(chosen, id, attributes));
  if (d.curated && d.curated.type === 'speaker') {
    // Deleting the replaced speaker unlinked the quotes naming it; they name its successor.
    const was = d.curated.id;
    for (const c of remaining) {
      if (c.type === 'quote' && c.attributes.speakerId === was) edits.push({ kind: 'update', id: c.id, attributes: { speakerId: id } });
      if (c.type === 'speaker' && c.attributes.sameAs === was) edits.push({ kind: 'update', id: c.id, attributes: { sameAs: id } });
    }
  }
  return edits;
}

/** Leaving a disagreement out of the curated layer: removes what settled it, if anything. */
export function leaveOutEdits(d: Disagreement): AnnotationEdit[] {
  return d.curated ? [{ kind: 'delete', id: d.curated.id }] : [];
}

/**
 * How a "leave out" decision is stored: the stretch the disagreement covers, kept among the
 * curated layer's rejections (docs/STORAGE.md). It holds while the two layers keep that stretch.
 */
export function leftOutMark(d: Disagreement, text: string): RejectedSuggestion {
  return { type: d.type, start: d.start, end: d.end, text: text.slice(d.start, d.end) };
}

export function isLeftOut(d: Disagreement, text: string, marks: readonly RejectedSuggestion[]): boolean {
  const mark = leftOutMark(d, text);
  return marks.some((m) => sameSuggestion(m, mark));
}

/** Which side the curated version equals, if it is one of them unchanged. */
export function curatedSide(d: Disagreement, layers: AdjudicationLayers): 0 | 1 | 'edited' | null {
  const c = d.curated;
  if (!c) return null;
  const curatedMap = byId(layers.curated);
  for (const side of [0, 1] as const) {
    const s = d.sides[side];
    if (!s) continue;
    const { kinds } = differences(c, s, curatedMap, byId(side === 0 ? layers.a : layers.b));
    if (kinds.length === 0) return side;
  }
  return 'edited';
}

/** The next disagreement still open after `index` (wrapping), or -1 when all are settled. */
export function nextOpen(items: readonly Disagreement[], index: number, settled: (d: Disagreement) => boolean): number {
  for (let k = 1; k <= items.length; k++) {
    const i = (index + k) % items.length;
    if (!settled(items[i] as Disagreement)) return i;
  }
  return -1;
}
