import { parseDigits, tidy } from '../digits';
import { AR_NUMBER_WORDS, EN_NUMBER_WORDS } from '../lexicon/numbers';
import { EN_SCALE_SUFFIXES } from '../lexicon/units';
import type { Token } from '../tokens';
import { readNumberWords } from './words';
import { countedNoun } from './counted';

export interface Quantity {
  first: number;
  last: number;
  value: number;
  /** Characters of a glued proclitic to skip at the start of the first token. */
  skip: number;
  words: boolean;
  fractionOnly: boolean;
  scaled: boolean;
  scale: number;
}

const SPACED_MONEY_SCALES = new Map([
  ['cr', 1e7],
  ['crs', 1e7],
  ['mn', 1e6],
  ['bn', 1e9],
  ['tn', 1e12],
  ['mln', 1e6],
  ['bln', 1e9],
  ['trln', 1e12],
]);

/** Units counted in millions, not lengths: "3m tonnes", "1.2m barrels". */
const MILLIONS_OF_UNITS = new Set(['tonnes', 'tons', 'barrels', 'litres', 'liters', 'gallons', 'hectares', 'acres']);
/**
 * "2.5m households", "4m people", "3m tonnes": a glued m before what it counts is millions; before
 * nothing or an adjective ("400m left", "3m high", "the 100m final") it is metres, left to the units.
 */
function millionsOf(tokens: Token[], m: number): boolean {
  const noun = tokens[m + 1];
  if (!noun || noun.kind !== 'word' || noun.start !== (tokens[m] as Token).end + 1) return false;
  // "the 100m races", "two 400m heats": a distance naming the event.
  if (/^(the|a|an|two|three|four|both|their|his|her)$/i.test(tokens[m - 2]?.text ?? '')) return false;
  return MILLIONS_OF_UNITS.has(noun.lower) || countedNoun(tokens, m, 'en') === m + 1;
}

function scaleWord(token: Token | undefined, lang: 'ar' | 'en'): number | null {
  if (!token || token.kind !== 'word') return null;
  const word = lang === 'ar' ? AR_NUMBER_WORDS.get(token.text) : EN_NUMBER_WORDS.get(token.lower);
  return word?.role === 'scale' ? word.value : null;
}

/**
 * A number at token i, written in digits or words, with its scale: 4.5 مليون، ١٢٠ ألف،
 * 3 آلاف و200، مليون و700 ألف، $4.5m (when `moneyContext`), two dozen.
 */
export function readQuantity(tokens: Token[], i: number, lang: 'ar' | 'en', moneyContext = false, allowAddition = true): Quantity | null {
  const t = tokens[i];
  if (!t) return null;
  let q: Quantity | null = null;
  if (t.kind === 'number') {
    const value = parseDigits(t.text);
    if (value === null) return null;
    q = { first: i, last: i, value, skip: 0, words: false, fractionOnly: false, scaled: false, scale: 1 };
    const next = tokens[i + 1];
    const scale =
      scaleWord(next, lang) ??
      (lang === 'ar' ? null : scaleWord(next, 'ar')) ??
      // "INR 212 Cr", "$18 Mn": a scale abbreviation after a space, only after a currency.
      (moneyContext && next?.kind === 'word' ? (SPACED_MONEY_SCALES.get(next.lower) ?? null) : null);
    const glued = next && next.start === t.end && next.kind === 'word' ? EN_SCALE_SUFFIXES.get(next.lower) : undefined;
    // "18,500-crore", "$37-million": the scale joined by a hyphen.
    const dash = next?.text === '-' && next.start === t.end ? tokens[i + 2] : undefined;
    const joinedScale = dash && dash.start === next!.end ? scaleWord(dash, lang) : null;
    if (scale !== null && next && (next.arabic || lang === 'en')) {
      q = { ...q, last: i + 1, value: value * scale, scaled: true, scale };
      // "9.52 lakh crore": scales multiply.
      const more = lang === 'en' ? scaleWord(tokens[i + 2], lang) : null;
      if (more !== null && more > scale) q = { ...q, last: i + 2, value: q.value * more, scale: more };
    } else if (joinedScale !== null) {
      q = { ...q, last: i + 2, value: value * joinedScale, scaled: true, scale: joinedScale };
    } else if (glued !== undefined && (moneyContext || next!.lower !== 'm' || millionsOf(tokens, i + 1))) {
      q = { ...q, last: i + 1, value: value * glued, scaled: true, scale: glued };
    }
  } else if (t.kind === 'word') {
    const w = readNumberWords(tokens, i, lang);
    if (!w) return null;
    q = { ...w, words: true };
  }
  if (!q) return null;
  // "three and a half", "2 and a half": the half belongs to the number.
  if (lang === 'en' && !q.fractionOnly && tokens[q.last + 1]?.lower === 'and' && /^an?$/.test(tokens[q.last + 2]?.lower ?? '')) {
    const part = { half: 0.5, quarter: 0.25, third: 1 / 3 }[tokens[q.last + 3]?.lower ?? ''];
    if (part !== undefined) q = { ...q, last: q.last + 3, value: q.value + part };
  }
  q.value = tidy(q.value);
  // Arabic additions after a scale: 3 آلاف و200، مليون و700 ألف.
  if (allowAddition && lang === 'ar' && q.scaled) {
    const and = tokens[q.last + 1];
    const num = tokens[q.last + 2];
    if (and?.text === 'و' && num?.kind === 'number' && num.start === and.end) {
      const more = readQuantity(tokens, q.last + 2, lang, false, false);
      if (more && more.value < q.scale) q = { ...q, last: more.last, value: tidy(q.value + more.value) };
    }
  }
  return q;
}
