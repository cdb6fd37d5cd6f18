import type { Mention } from '../speakers/coref';
import type { Range } from '../types';

/** A quote the rules found, before it becomes a Suggestion (kept apart so quote modules share it without a cycle). */
export interface QuoteCandidate {
  range: Range;
  kind: 'direct' | 'indirect';
  cue: Range | null;
  cuePrep?: Range;
  speaker: Mention | null;
  confidence: number;
}
