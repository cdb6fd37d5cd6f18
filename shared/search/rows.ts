import type { Annotation, AnnotationOrigin, AnnotationType, FigureValue, Verdict } from '../domain/annotation';
import type { Document } from '../domain/document';
import { describeFigureValue } from '../domain/figure-value';

/** Who said an annotated passage, as far as the document tells. */
export interface RowSpeaker {
  /** The speaker annotation in the same document. */
  annotationId: string;
  name: string;
  /** Role and affiliation as annotated in this document ("المتحدث باسم الوزارة"). */
  role: string;
  /** Registry entry the speaker annotation (or the earlier mention it is the same as) links to. */
  registryId: string | null;
}

/**
 * One annotation as the corpus-wide views need it: flat, with its speaker resolved, small
 * enough to keep every annotation of a large corpus in memory for filtering.
 */
export interface AnnotationRow {
  documentId: string;
  id: string;
  type: AnnotationType;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  verdict: Verdict;
  origin: AnnotationOrigin;
  createdAt: string;
  updatedAt: string;
  speaker: RowSpeaker | null;
  /** Quotes: kind. Figures: value, unit, what it counts. Speakers: role and affiliation. */
  detail: string;
  figure: { value: FigureValue; unit: string; counts: string } | null;
}

type SpeakerAnnotation = Extract<Annotation, { type: 'speaker' }>;

/** Follows "same as" links to the first mention, which usually carries the full name. */
function resolveSpeaker(byId: Map<string, Annotation>, speaker: SpeakerAnnotation): RowSpeaker {
  let current: SpeakerAnnotation = speaker;
  let registryId = current.attributes.registryId;
  let name = current.attributes.name;
  let role = [current.attributes.role, current.attributes.affiliation].filter(Boolean).join(', ');
  const seen = new Set<string>([current.id]);
  while (current.attributes.sameAs && !seen.has(current.attributes.sameAs)) {
    const next = byId.get(current.attributes.sameAs);
    if (!next || next.type !== 'speaker') break;
    seen.add(next.id);
    current = next;
    registryId ??= current.attributes.registryId;
    name ||= current.attributes.name;
    role ||= [current.attributes.role, current.attributes.affiliation].filter(Boolean).join(', ');
  }
  return { annotationId: speaker.id, name: name || speaker.text, role, registryId };
}

function detailOf(a: Annotation): string {
  switch (a.type) {
    case 'quote':
      return a.attributes.kind;
    case 'speaker':
      return [a.attributes.role, a.attributes.affiliation].filter(Boolean).join(', ');
    case 'figure':
      return [describeFigureValue(a.attributes.value), a.attributes.unit, a.attributes.counts].filter(Boolean).join(' ');
  }
}

/**
 * The innermost quote around each figure: of the quotes that start at or before it and end
 * at or after it, the last in text order (annotations are sorted by start, longest first).
 * One sweep, keeping only the quotes still open, instead of every quote for every figure:
 * the search catalog rebuilds a document's rows after each edit, and 2,000 annotations made
 * that quadratic scan take hundreds of milliseconds.
 */
function quotesAround(annotations: readonly Annotation[]): Map<Annotation, Annotation> {
  const quotes = annotations.filter((a) => a.type === 'quote');
  const open: Annotation[] = [];
  const around = new Map<Annotation, Annotation>();
  let next = 0;
  for (const a of annotations) {
    if (a.type !== 'figure') continue;
    while (next < quotes.length && (quotes[next] as Annotation).start <= a.start) open.push(quotes[next++] as Annotation);
    // A quote ending before this figure starts cannot hold it, nor any figure after it.
    for (let i = open.length - 1; i >= 0; i--) if ((open[i] as Annotation).end < a.start) open.splice(i, 1);
    for (let i = open.length - 1; i >= 0; i--) {
      const q = open[i] as Annotation;
      if (q.end >= a.end) {
        around.set(a, q);
        break;
      }
    }
  }
  return around;
}

/** The rows of one document. A figure inside a quote is attributed to the quote's speaker. */
export function annotationRows(doc: Pick<Document, 'id' | 'annotations'>): AnnotationRow[] {
  const byId = new Map(doc.annotations.map((a) => [a.id, a]));
  const around = quotesAround(doc.annotations);
  const speakerOf = (a: Annotation): RowSpeaker | null => {
    if (a.type === 'speaker') return resolveSpeaker(byId, a);
    if (a.type === 'quote') {
      const s = a.attributes.speakerId ? byId.get(a.attributes.speakerId) : undefined;
      return s?.type === 'speaker' ? resolveSpeaker(byId, s) : null;
    }
    const quote = around.get(a);
    return quote ? speakerOf(quote) : null;
  };
  return doc.annotations.map((a) => ({
    documentId: doc.id,
    id: a.id,
    type: a.type,
    start: a.start,
    end: a.end,
    text: a.text,
    prefix: a.prefix,
    suffix: a.suffix,
    verdict: a.verdict,
    origin: a.origin,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    speaker: speakerOf(a),
    detail: detailOf(a),
    figure: a.type === 'figure' ? { value: a.attributes.value, unit: a.attributes.unit, counts: a.attributes.counts } : null,
  }));
}
