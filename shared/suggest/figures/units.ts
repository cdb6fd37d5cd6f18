import type { FigureKind } from '../../domain/annotation';
import {
  AR_CURRENCIES,
  AR_CURRENCY_ADJECTIVES,
  AR_MEASURE_QUALIFIERS,
  AR_MEASURES,
  AR_PERCENT_ONE,
  AR_PERCENT_TWO,
  AR_TIME_UNITS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  EN_CURRENCY_WORDS,
  EN_MEASURES,
  EN_TIME_UNITS,
} from '../lexicon/units';
import {
  AR_CURRENCY_ABBREVIATIONS,
  AR_MONEY_WORDS,
  CURRENCY_PREFIXES,
  DOTTED_PREFIXES,
  EN_MONEY_WORDS,
  GLUED_ONLY_PREFIXES,
  LETTERS_BEFORE_SIGN,
  MORE_CURRENCY_SYMBOLS,
  SPACED_WITH_AMOUNT_PREFIXES,
} from '../lexicon/currencies';
import type { Token } from '../tokens';

export interface UnitMatch {
  last: number;
  kind: Exclude<FigureKind, '' | 'date' | 'count'>;
  unit: string;
  /** A subunit's worth in the main unit: 65 cents → 0.65 USD. */
  factor?: number;
}

/** The unit after a number, starting at token j: %, بالمئة، في المئة، دولار أمريكي، يوماً، كم، per cent, hours… */
export function readUnitAfter(tokens: Token[], j: number, lang: 'ar' | 'en'): UnitMatch | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.text === '%') return { last: j, kind: 'percent', unit: '%' };
  // 40°C, 12° (a glued degree sign, with C or F glued after it).
  if (t.text === '°') {
    const scale = tokens[j + 1];
    const glued = scale && scale.start === t.end && /^[CF]$/.test(scale.text);
    return glued ? { last: j + 1, kind: 'measure', unit: `°${scale.text}` } : { last: j, kind: 'measure', unit: '°' };
  }
  if (t.kind !== 'word') return null;
  const next = tokens[j + 1];
  if (t.arabic) {
    if (AR_PERCENT_ONE.has(t.text)) return { last: j, kind: 'percent', unit: '%' };
    if (t.text === 'في' && next && AR_PERCENT_TWO.has(next.text)) return { last: j + 1, kind: 'percent', unit: '%' };
    // ج.م، ل.ل: letters with a dot between them.
    const abbreviation =
      t.text.length === 1 && next?.text === '.' && tokens[j + 2]?.arabic && tokens[j + 2]!.text.length === 1
        ? AR_CURRENCY_ABBREVIATIONS.get(`${t.text}.${tokens[j + 2]!.text}`)
        : undefined;
    if (abbreviation) return { last: j + 2, kind: 'money', unit: abbreviation };
    const money = AR_MONEY_WORDS.get(t.text);
    if (money) return { last: j, kind: 'money', unit: money.unit, factor: money.factor };
    const currency = AR_CURRENCIES.get(t.text);
    if (currency) {
      const refined = next ? AR_CURRENCY_ADJECTIVES.get(next.text) : undefined;
      return refined ? { last: j + 1, kind: 'money', unit: refined } : { last: j, kind: 'money', unit: currency };
    }
    const time = AR_TIME_UNITS.get(t.text);
    if (time && !time.dual) return { last: j, kind: 'duration', unit: time.unit };
    const measure = AR_MEASURES.get(t.text);
    if (measure) {
      const qualifier = next ? AR_MEASURE_QUALIFIERS.get(next.text) : undefined;
      if (qualifier === 'bp' && measure === 'point') return { last: j + 1, kind: 'measure', unit: 'bp' };
      if (measure === 'point') return null;
      if (qualifier === '°C' && measure === '°') return { last: j + 1, kind: 'measure', unit: '°C' };
      // كيلوواط ساعة، ميغاواط ساعة: energy.
      if (qualifier === 'h')
        return /W$/.test(measure) ? { last: j + 1, kind: 'measure', unit: `${measure}h` } : { last: j, kind: 'measure', unit: measure };
      if (qualifier && qualifier !== '°C' && qualifier !== 'bp') return { last: j + 1, kind: 'measure', unit: measure + qualifier };
      return { last: j, kind: 'measure', unit: measure };
    }
    return null;
  }
  const lower = t.lower;
  const nextLower = next?.lower;
  // 7pc (glued, as South Asian papers write it).
  if (lower === 'percent' || lower === 'pct' || (lower === 'pc' && tokens[j - 1]?.end === t.start))
    return { last: j, kind: 'percent', unit: '%' };
  if (lower === 'per' && nextLower === 'cent') return { last: j + 1, kind: 'percent', unit: '%' };
  if (lower === 'percentage' && (nextLower === 'points' || nextLower === 'point'))
    return { last: j + 1, kind: 'percent', unit: 'percentage points' };
  if (lower === 'basis' && (nextLower === 'points' || nextLower === 'point')) return { last: j + 1, kind: 'measure', unit: 'bp' };
  // "2.5ppt", "-0.4pp", "3 ppts": percentage points, abbreviated.
  if (/^(pp|ppt|ppts|pps)$/.test(lower)) return { last: j, kind: 'percent', unit: 'percentage points' };
  // "5,000 CFA francs": the franc of West or Central Africa (which one the text does not say).
  if (t.text === 'CFA' && /^francs?$/.test(nextLower ?? '')) return { last: j + 1, kind: 'money', unit: 'XOF' };
  if ((lower === 'square' || lower === 'sq' || lower === 'cubic') && next) {
    const base = EN_MEASURES.get(nextLower ?? '');
    if (base) return { last: j + 1, kind: 'measure', unit: `${base}${lower === 'cubic' ? '³' : '²'}` };
  }
  if (lower === 'nautical' && /^miles?$/.test(nextLower ?? '')) return { last: j + 1, kind: 'measure', unit: 'nmi' };
  const currency = EN_CURRENCY_WORDS.get(lower);
  if (currency) return { last: j, kind: 'money', unit: currency };
  // 42p, 268p: pence glued to a whole number under a thousand (not 1080p, a screen).
  const amount = tokens[j - 1];
  if (t.text === 'p' && amount?.end === t.start && /^\d{1,3}$/.test(amount.text))
    return { last: j, kind: 'money', unit: 'GBP', factor: 0.01 };
  // 400m, 10,000m, 3m high: a glued m that no currency or counted noun made millions (quantity.ts) is metres.
  if (t.text === 'm' && amount?.end === t.start && amount.kind === 'number' && !next?.text.startsWith('/'))
    return { last: j, kind: 'measure', unit: 'm' };
  const money = EN_MONEY_WORDS.get(lower);
  if (money) return { last: j, kind: 'money', unit: money.unit, factor: money.factor };
  // "64.8 US cents", "70 NZ cents": the country's cent (an exchange rate quoted in cents).
  const country = DOLLAR_COUNTRIES[t.text];
  if (country && /^cents?$/.test(nextLower ?? '')) return { last: j + 1, kind: 'money', unit: country, factor: 0.01 };
  if (CURRENCY_CODES.has(t.text)) return { last: j, kind: 'money', unit: t.text };
  const time = EN_TIME_UNITS.get(lower);
  if (time) return { last: j, kind: 'duration', unit: time };
  const measure = EN_MEASURES.get(lower);
  // A lone capital C/F only counts glued to the number (44C), handled by the caller via adjacency.
  if (measure && !((lower === 'c' || lower === 'f') && t.text.length === 1 && !/^[CF]$/.test(t.text))) {
    if (lower === 'degrees' && (nextLower === 'celsius' || nextLower === 'c')) return { last: j + 1, kind: 'measure', unit: '°C' };
    if (lower === 'degrees' && (nextLower === 'fahrenheit' || nextLower === 'f')) return { last: j + 1, kind: 'measure', unit: '°F' };
    // 70km/h, 12 m/s: a speed, the unit written with a slash.
    const per = tokens[j + 2];
    if (next?.text === '/' && next.start === t.end && per && per.start === next.end && /^(h|hr|s|sec|min)$/.test(per.lower))
      return {
        last: j + 2,
        kind: 'measure',
        unit: `${measure}/${per.lower.startsWith('h') ? 'h' : per.lower.startsWith('m') ? 'min' : 's'}`,
      };
    return { last: j, kind: 'measure', unit: measure };
  }
  return null;
}

const DOLLAR_COUNTRIES: Record<string, string> = { US: 'USD', A: 'AUD', NZ: 'NZD', HK: 'HKD', S: 'SGD', C: 'CAD' };

/** A currency written before the amount: $, £, €, US$, USD, ₦, Rs, Rs., KSh640, N4.2bn. */
export function readCurrencyBefore(tokens: Token[], i: number): { first: number; unit: string } | null {
  const prev = tokens[i - 1];
  if (!prev) return null;
  const number = tokens[i] as Token;
  const prefix = CURRENCY_PREFIXES.get(prev.text);
  if (prefix && (prev.end === number.start || !GLUED_ONLY_PREFIXES.has(prev.text))) return { first: i - 1, unit: prefix };
  // "SR 12 million", "BD 2.5", "JD 1,200": spaced, these letters name a currency only before an amount written as money
  // (a decimal, thousands or a scale), not "SR 12" (a state route) or "LE 5" (a label).
  const next = tokens[i + 1];
  const amount = /[.,]\d/.test(number.text) || (next?.kind === 'word' && /^(million|billion|m|mn|bn)$/i.test(next.text));
  if (prefix && SPACED_WITH_AMOUNT_PREFIXES.has(prev.text) && amount) return { first: i - 1, unit: prefix };
  // Rs.500, Ksh. 2,000: the abbreviation's full stop sits between it and the amount.
  const dotted = prev.text === '.' ? DOTTED_PREFIXES.get(tokens[i - 2]?.text ?? '') : undefined;
  if (dotted && tokens[i - 2]!.end === prev.start) return { first: i - 2, unit: dotted };
  const symbol = CURRENCY_SYMBOLS.get(prev.text) ?? MORE_CURRENCY_SYMBOLS.get(prev.text);
  const letters = tokens[i - 2];
  // US$40,000, J$2.5 billion, E£300, GH¢4.8bn: letters glued to the sign name the currency.
  const lettered = letters && letters.end === prev.start ? LETTERS_BEFORE_SIGN.get(letters.text + prev.text) : undefined;
  if (lettered && prev.end === number.start) return { first: i - 2, unit: lettered };
  if (symbol) return { first: i - 1, unit: symbol };
  if (CURRENCY_CODES.has(prev.text)) return { first: i - 1, unit: prev.text };
  return null;
}

/** Periods of a speed or a flow: في الثانية، في الدقيقة، في الساعة. */
const AR_SHORT_PERIODS = new Set(['الثانيه', 'الثانية', 'الدقيقة', 'الدقيقه', 'الساعة', 'الساعه']);
/** Lengths that make a speed with "an hour". */
const SPEED_UNITS = new Set(['km', 'mi', 'm']);

/**
 * «70 كلم في الساعة»، «50 لتراً في الثانية», "80 kilometres an hour": a speed or a flow keeps its
 * period inside the span (the blind writers do, in Arabic for every flow and in English for speeds),
 * but not «في الساعة الأولى» (in the first hour). Returns the figure's new last token.
 */
export function ratePeriod(tokens: Token[], last: number, unit: string, lang: 'ar' | 'en'): number {
  const a = tokens[last + 1];
  const b = tokens[last + 2];
  if (!a || !b) return last;
  if (lang === 'ar') {
    const qualified = tokens[last + 3]?.arabic && tokens[last + 3]!.text.startsWith('ال');
    return a.text === 'في' && AR_SHORT_PERIODS.has(b.text) && !qualified ? last + 2 : last;
  }
  return SPEED_UNITS.has(unit) && /^(an|per)$/.test(a.lower) && b.lower === 'hour' ? last + 2 : last;
}
