import { MENTION_FEATURES } from '../../shared/suggest/mention-tagger/features';
import type { MentionModel } from '../../shared/suggest/mention-tagger/model';

/**
 * One Arabic quote the engine found, labelled from gold: its candidates (features kept sparse, as
 * most are 0), which one is the gold speaker's mention (-1: none is), which is the rules' pick
 * (-1: the rules gave none), and whether the rules' pick is right.
 */
export interface LabelledQuote {
  /** The development set it comes from (folds are whole sets, so no writer is both trained and scored). */
  set: string;
  index: Uint8Array[];
  value: Float32Array[];
  positive: number;
  /** Candidates that overlap the gold mention ≥ 0.5 without being the best: right if chosen, left out of training. */
  near: Set<number>;
  pick: number;
  pickRight: boolean;
  /** The quote matches a gold quote that has a speaker. */
  goldSpeaker: boolean;
}

/** Keeps only a row's non-zero features. */
export function sparse(x: ArrayLike<number>): { index: Uint8Array; value: Float32Array } {
  const idx: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== 0) idx.push(i);
  return { index: Uint8Array.from(idx), value: Float32Array.from(idx.map((i) => x[i] as number)) };
}

export function logit(w: ArrayLike<number>, b: number, index: Uint8Array, value: Float32Array): number {
  let z = b;
  for (let k = 0; k < index.length; k++) z += (w[index[k] as number] as number) * (value[k] as number);
  return z;
}

/**
 * Multinomial logistic regression over each quote's candidates plus "nobody" (whose score is fixed at
 * 0, so the bias sets how sure a candidate must be to beat it): the gold mention's candidate, or nobody
 * when no candidate reaches it, is the answer. Full batch with Adam and a small L2 penalty, from zero
 * weights: deterministic, the same data give the same weights.
 */
export function fitWeights(
  quotes: readonly LabelledQuote[],
  without: readonly string[] = [],
  epochs = 300,
): { bias: number; weights: number[] } {
  const n = MENTION_FEATURES.length;
  const off = MENTION_FEATURES.map((f) => without.includes(f));
  const w = new Float64Array(n);
  let b = -2;
  const m = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const grad = new Float64Array(n + 1);
  const rate = 0.05;
  const l2 = 1e-4;
  const z = new Float64Array(4096);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    grad.fill(0);
    for (const q of quotes) {
      const count = Math.min(q.index.length, z.length);
      let max = 0;
      for (let c = 0; c < count; c++) {
        if (q.near.has(c)) continue;
        z[c] = logit(w, b, q.index[c] as Uint8Array, q.value[c] as Float32Array);
        if ((z[c] as number) > max) max = z[c] as number;
      }
      let sum = Math.exp(-max);
      for (let c = 0; c < count; c++) if (!q.near.has(c)) sum += Math.exp((z[c] as number) - max);
      for (let c = 0; c < count; c++) {
        if (q.near.has(c)) continue;
        const err = Math.exp((z[c] as number) - max) / sum - (c === q.positive ? 1 : 0);
        const index = q.index[c] as Uint8Array;
        const value = q.value[c] as Float32Array;
        for (let k = 0; k < index.length; k++) {
          const at = index[k] as number;
          grad[at] = (grad[at] as number) + err * (value[k] as number);
        }
        grad[n] = (grad[n] as number) + err;
      }
    }
    for (let i = 0; i <= n; i++) {
      const g = (grad[i] as number) / quotes.length + (i < n ? l2 * (w[i] as number) : 0);
      m[i] = 0.9 * (m[i] as number) + 0.1 * g;
      v[i] = 0.999 * (v[i] as number) + 0.001 * g * g;
      const step = (rate * ((m[i] as number) / (1 - 0.9 ** epoch))) / (Math.sqrt((v[i] as number) / (1 - 0.999 ** epoch)) + 1e-8);
      if (i < n) w[i] = off[i] ? 0 : (w[i] as number) - step;
      else b -= step;
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return { bias: round(b), weights: [...w].map(round) };
}

/** For each quote: the best candidate, its score, and the rules' pick's score. */
export interface Scored {
  q: LabelledQuote;
  best: number;
  bestScore: number;
  pickScore: number;
  /** The best candidate overlaps the rules' pick (the same speaker, maybe another span). */
  bestIsPick: boolean;
}

/** Each candidate's share of the quote's softmax (with "nobody" at 0): the best, and the rules' pick's. */
export function scoreQuote(w: ArrayLike<number>, b: number, q: LabelledQuote, overlapsPick: (c: number) => boolean): Scored {
  const z = q.index.map((index, c) => logit(w, b, index, q.value[c] as Float32Array));
  const max = Math.max(0, ...z);
  const sum = z.reduce((s, x) => s + Math.exp(x - max), Math.exp(-max));
  let best = -1;
  let bestScore = -1;
  z.forEach((x, c) => {
    const p = Math.exp(x - max) / sum;
    if (p > bestScore) {
      best = c;
      bestScore = p;
    }
  });
  const pickScore = q.pick >= 0 ? Math.exp((z[q.pick] as number) - max) / sum : 0;
  return { q, best, bestScore, pickScore, bestIsPick: q.pick >= 0 && best >= 0 && overlapsPick(best) };
}

export const isRight = (s: Scored) => s.best >= 0 && (s.best === s.q.positive || s.q.near.has(s.best));

/** What adding at a bar does on quotes the rules left without a speaker: links made right, made wrong. */
export function additions(scored: readonly Scored[], bar: number): { right: number; wrong: number } {
  let right = 0;
  let wrong = 0;
  for (const s of scored) {
    if (s.q.pick >= 0 || s.bestScore < bar) continue;
    if (isRight(s)) right++;
    else wrong++;
  }
  return { right, wrong };
}

/** What replacing the rules' pick does: quotes fixed, quotes broken (a right pick replaced), wrong for wrong. */
export function replacements(scored: readonly Scored[], above: number, below: number): { fixed: number; broken: number; still: number } {
  let fixed = 0;
  let broken = 0;
  let still = 0;
  for (const s of scored) {
    if (s.q.pick < 0 || s.bestIsPick || s.bestScore < above || s.pickScore >= below) continue;
    if (s.q.pickRight) broken++;
    else if (isRight(s)) fixed++;
    else still++;
  }
  return { fixed, broken, still };
}

export type { MentionModel };
