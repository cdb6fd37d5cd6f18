import { AR_NUMBER_WORDS, AR_PLURAL_SCALES, EN_NUMBER_WORDS, type NumberWord } from '../lexicon/numbers';
import type { Token } from '../tokens';
import { CURRENCY_PREFIXES } from '../lexicon/currencies';
import { CURRENCY_CODES, CURRENCY_SYMBOLS } from '../lexicon/units';

/** Single-letter Arabic proclitics that may be glued to a number word (وثلاثة، بخمسة). */
const AR_PROCLITICS = ['و', 'ب', 'ل', 'ف', 'ك'];

export interface WordNumber {
  /** Index of the first and last token of the number. */
  first: number;
  last: number;
  value: number;
  /** Characters of a glued proclitic to skip at the start of the first token (و in وثلاثة). */
  skip: number;
  /** A fraction word alone (نصف، half): a share, not a count. */
  fractionOnly: boolean;
  /** Ends with a scale word (ألف، million). */
  scaled: boolean;
  /** The largest scale used, so a following "و700" can be added (مليون و700 ألف). */
  scale: number;
}

function arabicNumberWord(text: string, allowProclitic: boolean): { word: NumberWord; skip: number } | null {
  const direct = AR_NUMBER_WORDS.get(text);
  if (direct) return { word: direct, skip: 0 };
  if (allowProclitic && text.length > 2 && AR_PROCLITICS.includes(text[0] as string)) {
    const rest = AR_NUMBER_WORDS.get(text.slice(1));
    if (rest) return { word: rest, skip: 1 };
  }
  return null;
}

function lookup(token: Token, lang: 'ar' | 'en', first: boolean): { word: NumberWord; skip: number } | null {
  if (token.kind !== 'word') return null;
  if (lang === 'ar') return token.arabic ? arabicNumberWord(token.text, true) : null;
  if (token.arabic) return null;
  const lower = token.lower;
  const word = EN_NUMBER_WORDS.get(lower);
  if (word) return { word, skip: 0 };
  // "a hundred", "a dozen", "a million": the article counts as one.
  if (first && (lower === 'a' || lower === 'an')) return { word: { value: 1, role: 'unit' }, skip: 0 };
  return null;
}

/** "per million", "(₹ crore)", "Rs crore", "USD million": a word or sign before a scale that makes it a unit of account. */
function unitOfAccount(prev: Token | undefined): boolean {
  if (!prev) return false;
  return prev.lower === 'per' || CURRENCY_SYMBOLS.has(prev.text) || CURRENCY_PREFIXES.has(prev.text) || CURRENCY_CODES.has(prev.text);
}

/**
 * Reads number words starting at token `i`: ثلاثة آلاف ومئتي، خمسة وعشرون، two dozen,
 * three hundred and twenty, forty-eight. Ordinals (الثاني، second) are not number words,
 * so "the second round" is never read as a figure.
 */
export function readNumberWords(tokens: Token[], i: number, lang: 'ar' | 'en'): WordNumber | null {
  const firstToken = tokens[i];
  if (!firstToken) return null;
  // English compounds written with a hyphen: forty-eight, twenty-one.
  if (lang === 'en' && firstToken.kind === 'word' && firstToken.text.includes('-')) {
    const parts = firstToken.lower.split('-');
    const [a, b] = parts.map((p) => EN_NUMBER_WORDS.get(p));
    if (parts.length === 2 && a?.role === 'ten' && b?.role === 'unit' && b.value < 10) {
      return { first: i, last: i, value: a.value + b.value, skip: 0, fractionOnly: false, scaled: false, scale: 1 };
    }
    return null;
  }
  let total = 0;
  let current = 0;
  let last = -1;
  let skip = 0;
  let scaled = false;
  let maxScale = 1;
  let fraction: number | null = null;
  let sawArticle = false;
  let j = i;
  while (j < tokens.length) {
    const token = tokens[j] as Token;
    if (lang === 'en' && last >= 0 && token.lower === 'and') {
      const next = tokens[j + 1];
      if (next && lookup(next, lang, false) && current >= 100) {
        j++;
        continue;
      }
      break;
    }
    const found = lookup(token, lang, j === i);
    if (!found) break;
    const { word } = found;
    // آلاف، ملايين alone are vague ("thousands of protesters"), not a figure.
    if (j === i && word.role === 'scale' && AR_PLURAL_SCALES.has(token.text.slice(found.skip))) return null;
    if (j === i) skip = found.skip;
    else if (lang === 'ar' && found.skip > 0 && token.text[0] !== 'و') break;
    const isArticle = lang === 'en' && /^an?$/i.test(token.text);
    if (isArticle) {
      // "a" only counts before hundred/thousand/million/dozen.
      const next = tokens[j + 1];
      const nextWord = next ? lookup(next, lang, false)?.word : undefined;
      if (!nextWord || (nextWord.role !== 'hundred' && nextWord.role !== 'scale' && nextWord.role !== 'dozen')) break;
      sawArticle = true;
    }
    if (word.role === 'fraction') {
      if (last >= 0) break;
      fraction = word.value;
      last = j;
      j++;
      // "نصف مليون", "half a million": the fraction scales what follows.
      const next = tokens[j];
      if (next && lang === 'en' && /^an?$/i.test(next.text)) {
        const after = tokens[j + 1];
        const w = after ? lookup(after, lang, false)?.word : undefined;
        if (w?.role === 'scale') {
          total = fraction * w.value;
          maxScale = w.value;
          scaled = true;
          last = j + 1;
          fraction = null;
        }
        break;
      }
      const w = next ? lookup(next, lang, false)?.word : undefined;
      if (w?.role === 'scale') {
        total = fraction * w.value;
        maxScale = w.value;
        scaled = true;
        last = j;
        fraction = null;
      }
      break;
    }
    switch (word.role) {
      case 'unit':
        // Teens: أحد عشر، ثلاثة عشر.
        if (lang === 'ar' && word.value === 10 && current > 0 && current < 10) current += 10;
        else if (current % 10 !== 0) return finish();
        else current += word.value;
        break;
      case 'ten':
        // Arabic puts units first (خمسة وعشرون = 25); English puts tens first.
        if (lang === 'ar' && current > 0 && current < 10) current += word.value;
        else if (current % 100 !== 0) return finish();
        else current += word.value;
        break;
      case 'hundred':
        current = current > 0 && current < 10 ? current * 100 : current + word.value;
        break;
      case 'dozen':
        current = (current || 1) * 12;
        break;
      case 'scale':
        current = (current || 1) * word.value;
        total += current;
        current = 0;
        scaled = true;
        maxScale = Math.max(maxScale, word.value);
        break;
    }
    last = j;
    j++;
  }
  return finish();

  function finish(): WordNumber | null {
    if (last < 0) return null;
    if (fraction !== null) return { first: i, last, value: fraction, skip, fractionOnly: true, scaled: false, scale: 1 };
    const value = total + current;
    if (value === 0) return null;
    const firstWord = tokens[i] as Token;
    // "a" alone is an article; "one" and واحد alone are left to the caller (one kobo, سنة واحدة).
    if (last === i && value === 1 && /^an?$/i.test(firstWord.text)) return null;
    if (lang === 'ar' && last === i && /^(احد|احدي)$/.test(firstWord.text.slice(skip))) return null;
    if (sawArticle && last === i) return null;
    // "(₹ crore)", "per million hours": an English scale word with no number before it is a
    // unit of account, not an amount (Arabic مليون alone does mean one million).
    if (lang === 'en' && last === i && EN_NUMBER_WORDS.get(firstWord.lower)?.role === 'scale' && unitOfAccount(tokens[i - 1])) return null;
    return { first: i, last, value, skip, fractionOnly: false, scaled, scale: maxScale };
  }
}
