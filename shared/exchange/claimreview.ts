import type { VerdictStatus } from '../domain/annotation';
import type { FactCheckerOrganization } from './options';
import type { ExportedAnnotation, ExportedDocument } from './schema';

/**
 * schema.org ClaimReview, the markup fact-checkers publish and Google Fact Check Explorer
 * reads. One review per quote or figure carrying a verdict (not "unchecked"). Google's
 * required fields are `claimReviewed`, `reviewRating.alternateName` and `url`; Isnad is
 * offline and never invents a `url`, so a verdict without its published address
 * (`verdict.reviewUrl`) is left out and listed as "needs a URL" instead.
 *
 * Isnad's verdicts map onto a 1–5 scale (documented in README.md):
 * verified → 5 "True", disputed → 3 "Disputed", false → 1 "False", and unverifiable →
 * "Unverifiable" with no number (Google accepts a rating given only by its name).
 */

export const CLAIMREVIEW_CONTEXT = 'https://schema.org';
export const BEST_RATING = 5;
export const WORST_RATING = 1;

export const VERDICT_RATINGS: Record<Exclude<VerdictStatus, 'unchecked'>, { alternateName: string; ratingValue: number | null }> = {
  verified: { alternateName: 'True', ratingValue: 5 },
  disputed: { alternateName: 'Disputed', ratingValue: 3 },
  false: { alternateName: 'False', ratingValue: 1 },
  unverifiable: { alternateName: 'Unverifiable', ratingValue: null },
};

/** A reviewed claim left out of the export because nobody has recorded where its fact-check is published. */
export interface NeedsUrl {
  documentId: string;
  documentTitle: string;
  annotationId: string;
  type: 'quote' | 'figure';
  text: string;
  status: VerdictStatus;
}

type Reviewed = Extract<ExportedAnnotation, { type: 'quote' | 'figure' }>;

function isReviewed(a: ExportedAnnotation): a is Reviewed {
  return (a.type === 'quote' || a.type === 'figure') && a.verdict.status !== 'unchecked';
}

const SENTENCE_END = /[.!?؟\n]/u;

/** The sentence holding [start, end): a figure alone ("48 ساعة") is not a claim anyone could review. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to - 1] as string)) to++;
  return text.slice(from, to).trim();
}

function enclosingQuote(doc: ExportedDocument, a: Reviewed) {
  return doc.annotations.find((q) => q.type === 'quote' && q.start <= a.start && q.end >= a.end && q.id !== a.id);
}

/** Who made the claim: the quote's speaker; for a figure, the quote around it, else the article's author or outlet. */
function claimAuthor(doc: ExportedDocument, a: Reviewed): Record<string, unknown> | undefined {
  const quote = a.type === 'quote' ? a : enclosingQuote(doc, a);
  const speaker = quote?.type === 'quote' ? quote.speaker : null;
  if (speaker?.name) return { '@type': 'Person', name: speaker.name };
  if (doc.source.author) return { '@type': 'Person', name: doc.source.author };
  if (doc.source.outlet) return { '@type': 'Organization', name: doc.source.outlet };
  return undefined;
}

function date(stamp: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(stamp) ? stamp.slice(0, 10) : '';
}

function withoutEmpty(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''));
}

export function claimReviewOf(doc: ExportedDocument, a: Reviewed, organization: FactCheckerOrganization): Record<string, unknown> {
  const rating = VERDICT_RATINGS[a.verdict.status as keyof typeof VERDICT_RATINGS];
  const numeric =
    rating.ratingValue === null ? {} : { ratingValue: rating.ratingValue, bestRating: BEST_RATING, worstRating: WORST_RATING };
  const appearance = withoutEmpty({
    '@type': 'NewsArticle',
    url: doc.source.url,
    headline: doc.title,
    publisher: doc.source.outlet ? { '@type': 'Organization', name: doc.source.outlet } : undefined,
  });
  return withoutEmpty({
    '@type': 'ClaimReview',
    url: a.verdict.reviewUrl,
    claimReviewed: a.type === 'quote' ? a.text : sentenceAround(doc.text, a.start, a.end),
    datePublished: date(a.verdict.checkedAt) || date(a.updatedAt),
    inLanguage: doc.lang,
    author: withoutEmpty({ '@type': 'Organization', name: organization.name, url: organization.url }),
    reviewRating: { '@type': 'Rating', alternateName: rating.alternateName, ...numeric },
    itemReviewed: withoutEmpty({
      '@type': 'Claim',
      author: claimAuthor(doc, a),
      datePublished: date(doc.source.publishedAt),
      appearance: Object.keys(appearance).length > 1 ? appearance : undefined,
    }),
  });
}

/** The reviews of one document, and the reviewed claims that cannot be published yet. */
export function claimReviewsOf(doc: ExportedDocument, organization: FactCheckerOrganization) {
  const reviews: Record<string, unknown>[] = [];
  const needsUrl: NeedsUrl[] = [];
  for (const a of doc.annotations) {
    if (!isReviewed(a)) continue;
    if (a.verdict.reviewUrl) reviews.push(claimReviewOf(doc, a, organization));
    else
      needsUrl.push({
        documentId: doc.id,
        documentTitle: doc.title,
        annotationId: a.id,
        type: a.type,
        text: a.text,
        status: a.verdict.status,
      });
  }
  return { reviews, needsUrl };
}

/**
 * A ClaimReview export as one JSON-LD document, `{"@context": "https://schema.org",
 * "@graph": [...]}`, written a document's reviews at a time. `needsUrl` collects what was
 * left out, for the dialog and the command line to list.
 */
export function claimReviewWriter(organization: FactCheckerOrganization) {
  const needsUrl: NeedsUrl[] = [];
  let written = 0;
  return {
    needsUrl,
    opening: () => `{\n  "@context": "${CLAIMREVIEW_CONTEXT}",\n  "@graph": [`,
    document(doc: ExportedDocument): string {
      const result = claimReviewsOf(doc, organization);
      needsUrl.push(...result.needsUrl);
      return result.reviews
        .map((review) => `${written++ > 0 ? ',' : ''}\n    ${JSON.stringify(review, null, 2).replace(/\n/g, '\n    ')}`)
        .join('');
    },
    closing: () => (written > 0 ? '\n  ]\n}\n' : ']\n}\n'),
  };
}
