import { tidy } from '../digits';
import { AR_MEASURES, AR_TIME_UNITS } from '../lexicon/units';
import type { Token } from '../tokens';
import type { FigureCandidate, FigureContext } from './context';

/**
 * «أكثر من نصفها»، «ثلثاهم»، «يغطي البنك نحو ثلثيها»: a fraction word carrying an attached
 * pronoun (its half, two thirds of them) is a share like the bare word (the guidelines:
 * fractions in words are figures). The pronoun stays in the span: it is one written word.
 */
const FRACTION_STEMS: Array<[RegExp, number]> = [
  [/^(?:و|ف|ب|ل)?نصف(?:ها|هم|هما)$/, 50],
  [/^(?:و|ف|ب|ل)?ربع(?:ها|هم|هما)$/, 25],
  [/^(?:و|ف|ب|ل)?(?:ثلثي|ثلثا)(?:ها|هم|هما)$/, 200 / 3],
  [/^(?:و|ف|ب|ل)?ثلث(?:ها|هم|هما)$/, 100 / 3],
];

/** Whether an Arabic word may be a suffixed fraction (asked before any reader runs). */
export function maySuffixedFraction(word: string): boolean {
  return word.length >= 4 && /(ها|هم|هما)$/.test(word) && /(نصف|ربع|ثلث)/.test(word);
}

export function suffixedFraction(ctx: FigureContext, i: number): { figure: FigureCandidate; next: number } | null {
  const t = ctx.tokens[i] as Token;
  if (!t.arabic || !maySuffixedFraction(t.text)) return null;
  // «ما نصفها بأنها…»: after these particles نصف is the verb "we describe".
  if (/^(ما|لا|لن|ان|أن)$/.test(ctx.tokens[i - 1]?.text ?? '')) return null;
  for (const [pattern, value] of FRACTION_STEMS) {
    const m = pattern.exec(t.text);
    if (!m) continue;
    // «ونصفهم»: a glued conjunction or preposition stays outside the span.
    const skip = /^(?:و|ف|ب|ل)(?=نصف|ربع|ثلث)/.test(t.text) ? 1 : 0;
    return {
      figure: { ...ctx.span(i, i, skip), value: tidy(value), unit: '%', kind: 'percent', counts: null, confidence: 0.55 },
      next: i + 1,
    };
  }
  return null;
}

/**
 * «ساعة ونصف»، «متر ونصف»، «عامين ونصف العام»: one (or, in the dual, two) of a unit and a half,
 * written without a number. «العام» repeated after ونصف belongs to the figure.
 */
export function unitAndHalf(ctx: FigureContext, i: number): { figure: FigureCandidate; next: number } | null {
  const { tokens } = ctx;
  const t = tokens[i] as Token;
  if (!t.arabic || tokens[i + 1]?.text !== 'ونصف') return null;
  const time = AR_TIME_UNITS.get(t.text);
  const measure = time ? undefined : AR_MEASURES.get(t.text);
  if (!time && !measure) return null;
  // A plural unit (ساعات ونصف) always has its number before it, read elsewhere.
  if (time && !time.dual && !/ة$|^(يوم|أسبوع|شهر|عام|سنه|سنة|يوما)$/.test(t.text)) return null;
  const repeated = tokens[i + 2]?.text === `ال${t.text.replace(/(ين|ان)$/, '')}` ? i + 2 : i + 1;
  const whole = time?.dual ? 2 : 1;
  return {
    figure: {
      ...ctx.span(i, repeated),
      value: tidy(whole + 0.5),
      unit: time?.unit ?? measure ?? '',
      kind: time ? 'duration' : 'measure',
      counts: null,
      confidence: 0.8,
    },
    next: repeated + 1,
  };
}
