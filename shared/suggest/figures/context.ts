import type { FigureKind, FigureValue } from '../../domain/annotation';
import { foldedSet } from '../lexicon/util';
import type { Token } from '../tokens';
import { readUnitAfter, type UnitMatch } from './units';

/** A figure found in the folded text; offsets are folded. */
export interface FigureCandidate {
  start: number;
  end: number;
  value: FigureValue;
  unit: string;
  kind: Exclude<FigureKind, ''>;
  /** Folded span of the word the figure counts (شخصاً, passengers), if any. */
  counts: { start: number; end: number } | null;
  confidence: number;
}

/** What every figure reader shares about one document. */
export interface FigureContext {
  text: string;
  tokens: Token[];
  /** Token flags: numbers that are not figures (traps.ts, identifiers.ts). */
  blocked: Uint8Array;
  /** Folded offsets of tokens first..last, skipping a glued proclitic. */
  span(first: number, last: number, skip?: number): { start: number; end: number };
  /** The word after a count, as what it counts. */
  countsAfter(j: number): FigureCandidate['counts'];
  /** The unit at token j; units like C, F, m only when glued to the number (44C). */
  unitAt(j: number, lang: 'ar' | 'en'): UnitMatch | null;
}

export const DASHES = new Set(['-', '–', '—']);
export const RANGE_TO = new Set(['to', ...foldedSet(['إلى', 'حتى'])]);
const COUNT_STOP = foldedSet(
  'of in on at to and or the a an by for from with per than out as that which who were was are is have has had في من إلى على عن و أو مع منذ حتى خلال بين قبل بعد ما لا لم'.split(
    ' ',
  ),
);

export function figureContext(text: string, tokens: Token[], blocked: Uint8Array): FigureContext {
  return {
    text,
    tokens,
    blocked,
    // Every reader spreads a span into a figure and adds the other fields ({ ...span(…), value, … }).
    // V8 turns a spread followed by new properties into a slow dictionary object (about 1.3 KB,
    // built property by property); when the span already holds every field of a figure, the
    // literal only overwrites them and the figure stays a small, fast object. The placeholders
    // never show: FigureCandidate makes each reader write all of them.
    span: (first, last, skip = 0) => ({
      start: (tokens[first] as Token).start + skip,
      end: (tokens[last] as Token).end,
      value: null,
      unit: '',
      kind: 'count',
      counts: null,
      confidence: 0,
    }),
    countsAfter: (j) => {
      const t = tokens[j];
      if (!t || t.kind !== 'word' || COUNT_STOP.has(t.lower)) return null;
      return { start: t.start, end: t.end };
    },
    unitAt: (j, lang) => {
      const u = readUnitAfter(tokens, j, lang);
      const t = tokens[j] as Token | undefined;
      if (u && t && t.text.length === 1 && /[A-Za-z]/.test(t.text) && tokens[j - 1]?.end !== t.start) return null;
      return u;
    },
  };
}
