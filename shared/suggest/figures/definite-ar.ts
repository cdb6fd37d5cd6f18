import { AR_NUMBER_WORDS, type NumberWord } from '../lexicon/numbers';
import { AR_TIME_UNITS } from '../lexicon/units';
import { foldedSet, words } from '../lexicon/util';
import type { Token } from '../tokens';
import type { FigureCandidate, FigureContext } from './context';
import { countedNoun } from './counted';

/**
 * Definite cardinals: «أطفالها الخمسة»، «الأشهر الستة الماضية»، «الإمارات السبع»، «الثمانية أشهر»، «رجل
 * في الأربعين من عمره». The blind writers of five batches mark them as counts; ال alone used to
 * keep them from being read at all.
 */

/** Nouns that take a cardinal ten as an ordinal (القرن العشرين، الدقيقة الثلاثين) or name a body (مجموعة العشرين). */
const ORDINAL_NOUNS = foldedSet(
  words(`القرن الذكرى الدورة الجولة النسخة الطبعة الحلقة المؤتمر العيد الموسم المرة الساعة اليوم الأسبوع الشهر العام
  السنة الفصل المادة البند الفقرة الصفحة المرتبة المركز الدقيقة الشوط الطابق المجموعة مجموعة الكيلو`),
);
/** Pronoun suffixes that make a noun definite: أطفالها، أولادي، مقاعدهم. */
const DEFINITE_BY_SUFFIX = /(ها|هم|هما|هن|ه|ي|نا|كم|ك)$/;
const PREPOSITIONS = foldedSet(words('في من إلى على عن مع منذ حتى خلال بين قبل بعد أن إن'));

function cardinal(text: string): NumberWord | null {
  if (!text.startsWith('ال')) return null;
  const word = AR_NUMBER_WORDS.get(text.slice(2));
  if (!word) return null;
  // الاثنين is Monday, الواحد and الأحد are not counts; hundreds and scales read as percents or names.
  if (word.role === 'unit' && word.value >= 3 && word.value <= 10) return word;
  return word.role === 'ten' ? word : null;
}

/** A definite noun right before the cardinal it agrees with: «الأشهر» in «الأشهر الستة». */
function definiteNounBefore(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !t.arabic || PREPOSITIONS.has(t.text) || ORDINAL_NOUNS.has(t.text)) return false;
  if (AR_NUMBER_WORDS.has(t.text) || cardinal(t.text)) return false;
  return t.text.startsWith('ال') || (t.text.length > 3 && DEFINITE_BY_SUFFIX.test(t.text));
}

export function definiteNumber(ctx: FigureContext, i: number): { figure: FigureCandidate; next: number } | null {
  const { tokens, span } = ctx;
  const t = tokens[i] as Token;
  const word = cardinal(t.text);
  if (!word) return null;
  let value = word.value;
  let last = i;
  // الثماني والأربعين: the ones come first, the ten is joined by و.
  const ten = tokens[i + 1];
  if (word.role === 'unit' && ten?.arabic && ten.text.startsWith('و')) {
    const next = cardinal(ten.text.slice(1));
    if (next?.role === 'ten') {
      value += next.value;
      last = i + 1;
    }
  }
  const prev = tokens[i - 1];
  // «الثمانية أشهر»: before the noun, only a span of time (a verb may follow a cardinal too).
  const after = countedNoun(tokens, last, 'ar');
  const noun = after >= 0 && AR_TIME_UNITS.has((tokens[after] as Token).text) ? after : -1;
  // «رجل في الأربعين من عمره»: an age in tens after في.
  const age = word.role === 'ten' && prev?.text === 'في';
  if (!definiteNounBefore(prev) && noun < 0 && !age) return null;
  const end = noun >= 0 && !definiteNounBefore(prev) ? noun : last;
  const unit = end === noun ? (AR_TIME_UNITS.get((tokens[noun] as Token).text)?.unit ?? '') : '';
  return {
    figure: { ...span(i, end), value, unit, kind: unit ? 'duration' : 'count', counts: null, confidence: 0.6 },
    next: end + 1,
  };
}

/** Every word that may open a definite cardinal, for the recognizer's first look. */
export const AR_DEFINITE_CARDINALS: string[] = [...AR_NUMBER_WORDS.keys()].filter((w) => cardinal(`ال${w}`)).map((w) => `ال${w}`);
