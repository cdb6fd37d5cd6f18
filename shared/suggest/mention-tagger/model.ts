import { MENTION_FEATURES } from './features';

/** A (multinomial) logistic-regression mention tagger, as `npm run eval:train-mention-tagger` writes it. */
export interface MentionModel {
  /** The feature names the weights were trained on, in order (must equal MENTION_FEATURES). */
  features: readonly string[];
  bias: number;
  weights: readonly number[];
  /** A quote the rules left without a speaker gets the best candidate when it scores at least this. */
  addAbove: number;
  /**
   * The rules' speaker is replaced only when the best other candidate scores at least `replaceAbove`
   * and the rules' own one below `replaceBelow` (above 1: never).
   */
  replaceAbove: number;
  replaceBelow: number;
}

/**
 * The raw scores the engine gives what the tagger adds (a link, a mention), apart from the rules' own
 * so calibration (calibration.ts, link-certainty.ts) tallies them on their own.
 */
export const TAGGED_LINK_RAW = 0.65;
export const TAGGED_MENTION_RAW = 0.65;

/** A candidate's score before the softmax: "nobody" scores 0, so the bias sets how good a candidate must be to beat it. */
export function mentionLogit(model: MentionModel, x: ArrayLike<number>): number {
  let z = model.bias;
  const w = model.weights;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (v !== 0) z += (w[i] as number) * v;
  }
  return z;
}

/** Each candidate's probability of being the quote's speaker mention, against the others and "nobody", from their scores. */
export function mentionShares(z: readonly number[]): number[] {
  let max = 0;
  for (const x of z) if (x > max) max = x;
  let sum = Math.exp(-max);
  for (const x of z) sum += Math.exp(x - max);
  return z.map((x) => Math.exp(x - max) / sum);
}

/** Whether committed weights fit the features this build computes. */
export function fitsMentionFeatures(model: MentionModel): boolean {
  return (
    model.features.length === MENTION_FEATURES.length &&
    model.features.every((f, i) => f === MENTION_FEATURES[i]) &&
    model.weights.length === MENTION_FEATURES.length
  );
}
