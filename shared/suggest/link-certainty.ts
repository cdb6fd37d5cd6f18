import type { Mention } from './speakers/coref';
import type { Range } from './types';

/**
 * How sure the rules are that a quote's speaker is the right one, apart from how sure they
 * are of the quote itself. A name written next to the quote is the safest link; a role, a
 * pronoun's antecedent or a speaker carried over from far back are less safe.
 */

/** Characters between a quote and its speaker's mention within which they read as one statement. */
const NEAR = 120;
const MID = 400;

/**
 * The rules' own score for a link: by the mention's kind (name, role, pronoun), less the
 * further it is from the quote. Each kind and distance gets a score of its own (name near 0.99,
 * role near 0.97, …) so calibration can tell them apart.
 */
export function rawLinkScore(quote: Range, mention: Mention): number {
  const kind = mention.phrase.kind === 'name' ? 0.99 : mention.phrase.kind === 'role' ? 0.97 : 0.95;
  const gap = mention.range.end <= quote.start ? quote.start - mention.range.end : Math.max(0, mention.range.start - quote.end);
  const inside = mention.range.start >= quote.start && mention.range.end <= quote.end;
  const penalty = inside ? 0.4 : gap <= NEAR ? 0 : gap <= MID ? 0.1 : 0.2;
  return Math.round((kind - penalty) * 100) / 100;
}

/**
 * The share of links with that raw score that were right on the development sets (tune part
 * of blind-f-dev and all of blind-e2-dev), smoothed as (right + 1) / (offered + 2); printed by
 * `npm run eval:suggest:calibrate`.
 */
const RAW_LINK_TO_CALIBRATED: Record<string, number> = {
  // A link the Arabic mention tagger made (mention-tagger/model.ts TAGGED_LINK_RAW), over the tune parts of every
  // blind-*-dev set: 6 of 7 right there (4 of 4 on the check parts).
  '0.65': 0.78,
  '0.77': 0.14,
  '0.79': 0.9,
  '0.87': 0.74,
  '0.89': 0.72,
  '0.97': 0.94,
  '0.99': 0.98,
};

/**
 * Below this a quote is offered without a speaker: the link is more likely wrong than right. Not asked of
 * the links the mention tagger makes: it keeps a link by its own probability (mention-tagger/model.ts).
 */
export const LINK_KEEP_THRESHOLD = 0.5;

export function calibratedLink(raw: number): number {
  return RAW_LINK_TO_CALIBRATED[raw.toFixed(2)] ?? Math.min(raw, 0.85);
}
