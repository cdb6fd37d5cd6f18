import type { Annotation, AnnotationType } from '../domain/annotation';
import { fold } from '../search/fold';
import { type Label, cohenKappa, fleissKappa, krippendorffAlphaNominal } from './coefficients';
import { type SpanAgreement, type SpanMatchMode, match, spanAgreement } from './spans';

/** One document as each annotator marked it. */
export interface AgreementDocument {
  documentId: string;
  layers: ReadonlyArray<{ annotator: string; annotations: readonly Annotation[] }>;
}

export type LabelAttribute = 'quoteSpeaker' | 'figureValue' | 'verdict';
export const LABEL_ATTRIBUTES: readonly LabelAttribute[] = ['quoteSpeaker', 'figureValue', 'verdict'];
const TYPES: readonly AnnotationType[] = ['quote', 'speaker', 'figure'];

export interface PairSpans {
  a: string;
  b: string;
  exact: SpanAgreement;
  overlap: SpanAgreement;
}

export interface TypeSpans {
  type: AnnotationType;
  pairs: PairSpans[];
  /** Mean of the pairs' F1 (pairs where someone marked something). */
  meanF1: { exact: number | null; overlap: number | null };
}

export interface LabelFigures {
  attribute: LabelAttribute;
  /** Units (matched spans) labelled by at least one annotator, and by at least two. */
  units: number;
  pairable: number;
  /** Krippendorff's α (nominal), using every pairable unit, missing labels allowed. */
  alpha: number | null;
  /** Fleiss' κ over the units every annotator labelled. */
  fleiss: { kappa: number | null; units: number };
  /** Cohen's κ per pair of annotators, over the units both labelled. */
  cohen: Array<{ a: string; b: string; kappa: number | null; units: number }>;
}

export interface AgreementFigures {
  spans: TypeSpans[];
  labels: LabelFigures[];
}

export interface AgreementReport {
  annotators: string[];
  /** Display names by annotator id, where known. */
  names: Record<string, string>;
  /** Documents at least two of the annotators marked. */
  documents: number;
  matching: string;
  corpus: AgreementFigures;
  perDocument: Array<{ documentId: string; annotators: string[]; figures: AgreementFigures }>;
}

export const MATCHING_RULE =
  'Spans are matched one to one between two annotators, greedily, best pair first. Exact: same start and end. ' +
  'Overlap: intersection over union ≥ 0.5. F1 = 2·matched / (spans of A + spans of B). ' +
  "Label units are built in annotator order: the first annotator's spans, then each next annotator's spans matched " +
  '(overlap rule) to the units so far; an unmatched span starts a unit of its own, missing for the others.';

/** The label an annotator gave a unit for an attribute; undefined where the attribute does not apply. */
function labelOf(attribute: LabelAttribute, a: Annotation, layer: ReadonlyMap<string, Annotation>): string | undefined {
  if (attribute === 'verdict') return a.verdict.status;
  if (attribute === 'figureValue')
    return a.type === 'figure' ? (a.attributes.value === null ? '(no value)' : JSON.stringify(a.attributes.value)) : undefined;
  if (a.type !== 'quote') return undefined;
  // The person, not the mention: follow "same as" to the first mention and compare names folded.
  let speaker = a.attributes.speakerId === null ? undefined : layer.get(a.attributes.speakerId);
  const seen = new Set<string>();
  while (speaker?.type === 'speaker' && speaker.attributes.sameAs !== null && !seen.has(speaker.id)) {
    seen.add(speaker.id);
    speaker = layer.get(speaker.attributes.sameAs) ?? speaker;
  }
  if (speaker?.type !== 'speaker') return '(no speaker)';
  return fold(speaker.attributes.name || speaker.text)
    .replace(/\s+/g, ' ')
    .trim();
}

interface Unit {
  type: AnnotationType;
  representative: Annotation;
  members: Map<string, Annotation>;
}

/** Units for label agreement on one document and type (see MATCHING_RULE). */
function unitsOf(type: AnnotationType, layers: ReadonlyArray<{ annotator: string; annotations: readonly Annotation[] }>): Unit[] {
  const units: Unit[] = [];
  for (const { annotator, annotations } of layers) {
    const mine = annotations.filter((a) => a.type === type);
    const matched = match(
      units.map((u) => u.representative),
      mine,
      'overlap',
    );
    const taken = new Set<number>();
    for (const [u, j] of matched) {
      (units[u] as Unit).members.set(annotator, mine[j] as Annotation);
      taken.add(j);
    }
    mine.forEach((a, j) => {
      if (!taken.has(j)) units.push({ type, representative: a, members: new Map([[annotator, a]]) });
    });
  }
  return units;
}

function mean(values: Array<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((s, v) => s + v, 0) / present.length;
}

/** Running totals of one document or the corpus. */
class Tally {
  readonly spanCounts = new Map<string, { a: number; b: number; exact: number; overlap: number }>();
  readonly labelRows = new Map<LabelAttribute, Label[][]>(LABEL_ATTRIBUTES.map((k) => [k, []]));
  constructor(readonly annotators: readonly string[]) {}

  /** Matches one document's layers (each of `annotators` that has one) and counts it. */
  add(document: AgreementDocument, types: readonly AnnotationType[]): void {
    const layers = this.annotators.flatMap((id) => document.layers.filter((l) => l.annotator === id));
    // Each layer split by type and indexed once per document, not once per type and pair.
    const byType = layers.map((l) => {
      const groups = new Map<AnnotationType, Annotation[]>(types.map((t) => [t, []]));
      for (const a of l.annotations) groups.get(a.type)?.push(a);
      return groups;
    });
    const byId = new Map(layers.map((l) => [l.annotator, new Map(l.annotations.map((a) => [a.id, a]))]));
    for (const type of types) {
      for (let i = 0; i < layers.length; i++) {
        for (let j = i + 1; j < layers.length; j++) {
          const [x, y] = [layers[i], layers[j]] as [(typeof layers)[number], (typeof layers)[number]];
          const a = byType[i]?.get(type) ?? [];
          const b = byType[j]?.get(type) ?? [];
          const key = `${type}\u0000${x.annotator}\u0000${y.annotator}`;
          const c = this.spanCounts.get(key) ?? { a: 0, b: 0, exact: 0, overlap: 0 };
          c.a += a.length;
          c.b += b.length;
          for (const mode of ['exact', 'overlap'] as SpanMatchMode[]) c[mode] += match(a, b, mode).size;
          this.spanCounts.set(key, c);
        }
      }
      const typed = layers.map((l, i) => ({ annotator: l.annotator, annotations: byType[i]?.get(type) ?? [] }));
      for (const unit of unitsOf(type, typed)) {
        for (const attribute of LABEL_ATTRIBUTES) {
          const row = this.annotators.map((id) => {
            const a = unit.members.get(id);
            return a ? (labelOf(attribute, a, byId.get(id) as Map<string, Annotation>) ?? null) : null;
          });
          if (row.some((v) => v !== null)) (this.labelRows.get(attribute) as Label[][]).push(row);
        }
      }
    }
  }

  /** Adds a document's totals (its annotators a subset of ours) without matching it again. */
  absorb(other: Tally): void {
    for (const [key, c] of other.spanCounts) {
      const mine = this.spanCounts.get(key) ?? { a: 0, b: 0, exact: 0, overlap: 0 };
      this.spanCounts.set(key, { a: mine.a + c.a, b: mine.b + c.b, exact: mine.exact + c.exact, overlap: mine.overlap + c.overlap });
    }
    const columns = this.annotators.map((id) => other.annotators.indexOf(id));
    for (const [attribute, rows] of other.labelRows) {
      const target = this.labelRows.get(attribute) as Label[][];
      for (const row of rows) target.push(columns.map((k) => (k < 0 ? null : (row[k] ?? null))));
    }
  }

  figures(types: readonly AnnotationType[]): AgreementFigures {
    const ids = this.annotators;
    const spans = types.map((type): TypeSpans => {
      const pairs: PairSpans[] = [];
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const c = this.spanCounts.get(`${type}\u0000${ids[i]}\u0000${ids[j]}`);
          if (!c) continue;
          pairs.push({
            a: ids[i] as string,
            b: ids[j] as string,
            exact: spanAgreement(c.a, c.b, c.exact),
            overlap: spanAgreement(c.a, c.b, c.overlap),
          });
        }
      }
      return { type, pairs, meanF1: { exact: mean(pairs.map((p) => p.exact.f1)), overlap: mean(pairs.map((p) => p.overlap.f1)) } };
    });
    const labels = LABEL_ATTRIBUTES.map((attribute): LabelFigures => {
      const rows = this.labelRows.get(attribute) as Label[][];
      const complete = rows.filter((r) => r.every((v) => v !== null)) as string[][];
      const categories = [...new Set(complete.flat())];
      const cohen: LabelFigures['cohen'] = [];
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const both = rows.filter((r) => r[i] !== null && r[j] !== null).map((r) => [r[i], r[j]] as [string, string]);
          if (both.length > 0) cohen.push({ a: ids[i] as string, b: ids[j] as string, kappa: cohenKappa(both), units: both.length });
        }
      }
      return {
        attribute,
        units: rows.length,
        pairable: rows.filter((r) => r.filter((v) => v !== null).length >= 2).length,
        alpha: krippendorffAlphaNominal(rows),
        fleiss: {
          kappa:
            ids.length >= 2 && complete.length > 0
              ? fleissKappa(complete.map((r) => categories.map((c) => r.filter((v) => v === c).length)))
              : null,
          units: complete.length,
        },
        cohen,
      };
    });
    return { spans, labels };
  }
}

/**
 * Agreement between annotators per document and across the corpus: span F1 per type and
 * pair (exact and overlap), and Cohen's κ, Fleiss' κ and Krippendorff's α on a quote's
 * speaker, a figure's value and the verdict. A document counts where at least two of the annotators have a layer (an empty layer is a
 * document read and found to hold nothing, and counts as such).
 */
export function computeAgreement(
  documents: readonly AgreementDocument[],
  options: { annotators?: readonly string[]; types?: readonly AnnotationType[]; names?: Record<string, string> } = {},
): AgreementReport {
  const types = options.types ?? TYPES;
  const annotators = [...(options.annotators ?? new Set(documents.flatMap((d) => d.layers.map((l) => l.annotator))))].sort();
  const corpus = new Tally(annotators);
  const perDocument: AgreementReport['perDocument'] = [];
  for (const document of documents) {
    const present = annotators.filter((id) => document.layers.some((l) => l.annotator === id));
    if (present.length < 2) continue;
    const own = new Tally(present);
    own.add(document, types);
    corpus.absorb(own);
    perDocument.push({ documentId: document.documentId, annotators: present, figures: own.figures(types) });
  }
  return {
    annotators,
    names: options.names ?? {},
    documents: perDocument.length,
    matching: MATCHING_RULE,
    corpus: corpus.figures(types),
    perDocument,
  };
}
