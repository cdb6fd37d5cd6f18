import type { SessionProgress } from '../../../shared/contract/sessions';
import type { SessionClaim } from '../../../shared/domain/session';
import type { AnnotationRow } from '../../../shared/search/rows';
import { splitParagraphs } from '../../../shared/text/paragraphs';
import { splitsSurrogatePair } from '../../../shared/text/offsets';

export type RowLookup = (claim: SessionClaim) => AnnotationRow | undefined;

export function progressOf(claims: SessionClaim[], lookup: RowLookup): SessionProgress {
  let checked = 0;
  let missing = 0;
  for (const claim of claims) {
    const row = lookup(claim);
    if (!row) missing++;
    else if (row.verdict.status !== 'unchecked') checked++;
  }
  return { checked, total: claims.length, missing };
}

/**
 * The next claim still to check after `from`, wrapping around; `from` itself when it is
 * the only one left, or -1 when every claim has a verdict (or is gone).
 */
export function nextUnchecked(claims: SessionClaim[], from: number, lookup: RowLookup): number {
  for (let k = 1; k <= claims.length; k++) {
    const i = (from + k) % claims.length;
    const row = lookup(claims[i] as SessionClaim);
    if (row && row.verdict.status === 'unchecked') return i;
  }
  return -1;
}

/** At most this much text on each side of a claim, so a huge paragraph stays readable. */
const MAX_SIDE = 1_200;

/** The claim's paragraph(s) with one paragraph before and after. */
export function claimContext(text: string, start: number, end: number) {
  const paragraphs = splitParagraphs(text);
  const first = paragraphs.findIndex((p) => p.end >= start);
  let last = paragraphs.findIndex((p) => p.end >= end);
  if (last < 0) last = paragraphs.length - 1;
  let from = paragraphs[Math.max(0, first - 1)]?.start ?? 0;
  let to = paragraphs[Math.min(paragraphs.length - 1, last + 1)]?.end ?? text.length;
  from = Math.max(from, start - MAX_SIDE);
  to = Math.min(to, end + MAX_SIDE);
  if (splitsSurrogatePair(text, from)) from--;
  if (splitsSurrogatePair(text, to)) to++;
  return { text: text.slice(from, to), offset: from, claimStart: start - from, claimEnd: end - from };
}
