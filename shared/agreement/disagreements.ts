import type { Annotation, AnnotationType } from '../domain/annotation';
import { type RejectedSuggestion, sameSuggestion } from '../domain/suggestion';
import { OVERLAP_THRESHOLD, match, overlapRatio } from './spans';

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

export function differences(
  x: Annotation,
  y: Annotation,
  layerX: ReadonlyMap<string, Annotation>,
  layerY: ReadonlyMap<string, Annotation>,
) {
  const kinds: DifferenceKind[] = [];
  if (x.start !== y.start || x.end !== y.end) kinds.push('boundaries');
  const ax = comparableAttributes(x, layerX);
  const ay = comparableAttributes(y, layerY);
  const fields = Object.keys(ax).filter((k) => ax[k] !== ay[k]);
  if (fields.length > 0) kinds.push('attributes');
  if (x.verdict.status !== y.verdict.status || x.verdict.note.trim() !== y.verdict.note.trim()) kinds.push('verdict');
  return { kinds, fields };
}

export const byId = (list: readonly Annotation[]) => new Map(list.map((a) => [a.id, a]));

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

/**
 * How far adjudication of one pair has come: its disagreements, how many the curated layer
 * settles (a curated version, or left out on purpose), and the pairs that agree in everything.
 * The same rules as the adjudication screen, so the list of documents and the screen agree.
 */
export function adjudicationProgress(
  layers: AdjudicationLayers,
  text: string,
  leftOut: readonly RejectedSuggestion[],
): { disagreements: number; settled: number; agreed: number } {
  const { disagreements, agreed } = findDisagreements(layers);
  const settled = disagreements.filter((d) => d.curated !== null || isLeftOut(d, text, leftOut)).length;
  return { disagreements: disagreements.length, settled, agreed: agreed.length };
}

/** A document two or more annotators marked, as the adjudication screen lists it. */
export interface AdjudicableDocument {
  documentId: string;
  title: string;
  /** Who marked it and how many annotations each, most first; the first two are compared. */
  annotators: Array<{ id: string; name: string; annotations: number }>;
  /** Between the first two annotators, with the curated layer as it stands. */
  disagreements: number;
  settled: number;
  agreed: number;
  /** Annotations in the curated layer; 0 when no one has adjudicated it yet. */
  curated: number;
}
