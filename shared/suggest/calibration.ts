import type { AnnotationType } from '../domain/annotation';

/**
 * Accept all takes suggestions whose calibrated confidence is at least this: on the
 * development set, about nine in ten of them are right; the rest are left for review.
 */
export const ACCEPT_ALL_THRESHOLD = 0.9;

/**
 * The rules give each suggestion a raw score; confidence is the share of suggestions with
 * that type and raw score that were right on the tune part of the blind development set
 * (bench/eval/gold/blind-f-dev), smoothed as (right + 1) / (offered + 2). Printed by
 * `npm run eval:suggest:calibrate`, which also shows the check part beside it.
 */
const RAW_TO_CALIBRATED: Record<AnnotationType, Record<string, number>> = {
  quote: { '0.60': 0.94, '0.70': 0.67, '0.75': 0.88, '0.80': 0.8, '0.85': 0.96, '0.90': 0.95 },
  figure: { '0.50': 0.8, '0.55': 0.67, '0.60': 0.93, '0.70': 0.98, '0.75': 0.67, '0.80': 0.94, '0.85': 0.86, '0.90': 0.98, '0.95': 0.99 },
  // 0.65: a mention the Arabic mention tagger made (mention-tagger/model.ts), over the tune parts of every
  // blind-*-dev set: 4 of 4 right there (2 of 2 on the check parts).
  speaker: { '0.65': 0.83, '0.75': 0.92, '0.85': 0.97 },
};

/** A raw score the development set never showed is capped below the threshold: review it. */
const UNSEEN_CAP = 0.85;

export function calibrated(type: AnnotationType, raw: number): number {
  // Asked once per suggestion, of a handful of raw scores: each printed and looked up once.
  const known = CALIBRATED[type];
  let confidence = known.get(raw);
  if (confidence === undefined) {
    confidence = RAW_TO_CALIBRATED[type][raw.toFixed(2)] ?? Math.min(raw, UNSEEN_CAP);
    if (known.size < 1000) known.set(raw, confidence);
  }
  return confidence;
}
const CALIBRATED: Record<AnnotationType, Map<number, number>> = { quote: new Map(), figure: new Map(), speaker: new Map() };
