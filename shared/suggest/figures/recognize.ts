import type { FigureKind, FigureValue } from '../../domain/annotation';
import { tidy } from '../digits';
import { AR_MONTH_PAIRS, AR_MONTHS, EN_MONTHS } from '../lexicon/months';
import { AR_COUNTED_DUALS, AR_DUAL_SCALES, AR_NUMBER_WORDS, EN_NUMBER_WORDS } from '../lexicon/numbers';
import { AR_DUAL_TIME_QUALIFIERS, AR_TIME_UNITS, AR_YEAR_CUES, EN_YEAR_CUES } from '../lexicon/units';
import { foldedSet } from '../lexicon/util';
import type { Token } from '../tokens';
import { AR_ORDINAL_TENS, AR_ORDINAL_UNITS, dottedDate, isYear, readDate } from './dates';
import { type Quantity, readQuantity } from './quantity';
import { blockNamedNumbers } from './identifiers';
import { blockedNumbers } from './traps';
import { readCurrencyBefore, readUnitAfter, type UnitMatch } from './units';
import { readNumberWords } from './words';

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

const DASHES = new Set(['-', '–', '—']);
const RANGE_TO = new Set(['to', ...foldedSet(['إلى', 'حتى'])]);
const DASH_OR_TO = new Set([...DASHES, ...RANGE_TO]);
const AND = new Set(['و', 'and']);
const ORDINALS_BEFORE_FRACTION = new Set(['first', 'second', 'third', 'last', 'latter', 'former', 'final']);
const COUNT_STOP = foldedSet(
  'of in on at to and or the a an by for from with per than out as that which who were was are is have has had في من إلى على عن و أو مع منذ حتى خلال بين قبل بعد ما لا لم'.split(' '),
);

const AR_TRAILING_FRACTIONS = new Map([['ونصف', 0.5], ['وربع', 0.25], ['وثلث', 1 / 3]]);
/** "two thirds of", "a quarter of": the count and the part of an English share. */
const SHARE_COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
const SHARE_PARTS: Record<string, number> = { third: 3, thirds: 3, fifth: 5, fifths: 5, quarter: 4, quarters: 4, tenth: 10, tenths: 10 };
const IRREGULAR_PLURALS = new Set('people children men women police staff personnel cattle sheep livestock feet teeth mice geese'.split(' '));

function languageAt(tokens: Token[], i: number): 'ar' | 'en' {
  for (let d = 1; d <= 3; d++) {
    for (const k of [i + d, i - d]) {
      const t = tokens[k];
      if (t?.kind === 'word') return t.arabic ? 'ar' : 'en';
    }
  }
  return 'en';
}

/** Words that may open a figure; every other word is skipped without trying the readers. */
const AR_STARTS = new Set<string>([
  ...AR_NUMBER_WORDS.keys(),
  ...AR_MONTHS.keys(),
  ...AR_MONTH_PAIRS.keys(),
  ...AR_ORDINAL_UNITS.keys(),
  ...AR_ORDINAL_TENS.keys(),
  ...[...AR_TIME_UNITS].filter(([, u]) => u.dual).flatMap(([w]) => [w, `ال${w}`]),
  ...AR_COUNTED_DUALS.keys(),
  ...AR_DUAL_SCALES.keys(),
  ...foldedSet(['بين', 'وبين', 'من']),
]);
const EN_STARTS = new Set<string>([...EN_NUMBER_WORDS.keys(), ...EN_MONTHS.keys(), 'between', 'from', 'a', 'an']);

function mayStartFigure(t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  if (t.arabic) return AR_STARTS.has(t.text) || (t.text.length > 2 && AR_STARTS.has(t.text.slice(1)));
  return EN_STARTS.has(t.lower) || t.lower.includes('-');
}

export function recognizeFigures(text: string, tokens: Token[]): FigureCandidate[] {
  const blocked = blockedNumbers(text, tokens);
  blockNamedNumbers(text, tokens, blocked);
  const found: FigureCandidate[] = [];
  const span = (first: number, last: number, skip = 0) => ({ start: (tokens[first] as Token).start + skip, end: (tokens[last] as Token).end });
  const countsAfter = (j: number): FigureCandidate['counts'] => {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || COUNT_STOP.has(t.lower)) return null;
    return { start: t.start, end: t.end };
  };
  /** Units like C, F, m only count when glued to the number (44C). */
  const unitAt = (j: number, lang: 'ar' | 'en'): UnitMatch | null => {
    const u = readUnitAfter(tokens, j, lang);
    const t = tokens[j] as Token | undefined;
    if (u && t && t.text.length === 1 && /[A-Za-z]/.test(t.text) && tokens[j - 1]?.end !== t.start) return null;
    return u;
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!mayStartFigure(t) || blocked[i]) {
      i++;
      continue;
    }
    const lang = t.kind === 'word' ? (t.arabic ? 'ar' : 'en') : languageAt(tokens, i);

    const dotted = t.kind === 'number' ? dottedDate(t) : null;
    const date = dotted ? { first: i, last: i, value: dotted } : readDate(tokens, i, text, lang);
    if (date) {
      found.push({ ...span(date.first, date.last), value: date.value, unit: '', kind: 'date', counts: null, confidence: date.value.startsWith('--') ? 0.9 : 0.95 });
      i = date.last + 1;
      continue;
    }

    const range = readRange(i, lang);
    if (range) {
      found.push(range.figure);
      i = range.next;
      continue;
    }

    const share = t.kind === 'word' && !t.arabic ? englishShare(i) : null;
    if (share) {
      found.push(share.figure);
      i = share.next;
      continue;
    }
    const compound = t.kind === 'word' && !t.arabic && t.text.includes('-') ? hyphenated(t) : null;
    if (compound) {
      found.push(compound);
      i++;
      continue;
    }

    const currency = t.kind === 'number' ? readCurrencyBefore(tokens, i) : null;
    const q = readQuantity(tokens, i, lang, currency !== null);
    if (!q) {
      const dual = readDual(i, lang);
      if (dual) {
        found.push(dual.figure);
        i = dual.next;
      } else i++;
      continue;
    }
    const figure = describe(q, currency, lang);
    if (figure) {
      negate(figure.figure, currency?.first ?? q.first);
      found.push(figure.figure);
      i = figure.next;
    } else i = q.last + 1;
  }
  return found;

  function describe(q: Quantity, currency: { first: number; unit: string } | null, lang: 'ar' | 'en'): { figure: FigureCandidate; next: number } | null {
    const first = currency?.first ?? q.first;
    const skip = currency ? 0 : q.skip;
    if (q.fractionOnly) return describeFraction(q, lang);
    // "10-year", "34-year-old": a unit joined by a hyphen.
    const dash = tokens[q.last + 1];
    const joined = tokens[q.last + 2];
    if (!currency && dash?.text === '-' && joined && dash.start === (tokens[q.last] as Token).end && joined.start === dash.end && joined.kind === 'word') {
      const part = joined.text.split('-')[0] as string;
      const u = readUnitAfter([{ ...joined, text: part, lower: part.toLowerCase() }], 0, lang);
      if (u && u.kind !== 'money' && u.kind !== 'percent') {
        return { figure: { ...span(first, q.last + 2, skip), value: q.value, unit: u.unit, kind: u.kind, counts: null, confidence: 0.9 }, next: q.last + 3 };
      }
    }
    const unit = unitAt(q.last + 1, lang);
    if (unit) {
      const kind = currency ? 'money' : unit.kind;
      // ثلاث ساعات ونصف، مليون دولار ونصف: a fraction after the unit adds to the number.
      const part = lang === 'ar' ? AR_TRAILING_FRACTIONS.get(tokens[unit.last + 1]?.text ?? '') : undefined;
      const last = part !== undefined ? unit.last + 1 : unit.last;
      const value = part !== undefined ? tidy(q.value + part * (q.scaled ? q.scale : 1)) : q.value;
      return {
        figure: { ...span(first, last, skip), value, unit: currency?.unit ?? unit.unit, kind, counts: null, confidence: 0.95 },
        next: last + 1,
      };
    }
    if (currency) {
      return { figure: { ...span(first, q.last), value: q.value, unit: currency.unit, kind: 'money', counts: null, confidence: 0.95 }, next: q.last + 1 };
    }
    const token = tokens[q.first] as Token;
    if (!q.words && !q.scaled && isYear(token) && (hasYearCue(q.first) || !countedNounAfter(q.last + 1, lang))) {
      // Without a cue word a year-like number is still a year unless it counts something (2030 people).
      const confidence = hasYearCue(q.first) ? 0.7 : 0.6;
      return { figure: { ...span(q.first, q.last), value: token.text, unit: '', kind: 'date', counts: null, confidence }, next: q.last + 1 };
    }
    // English number words alone: "one" is a pronoun far more often than a figure.
    if (q.words && q.value === 1) return null;
    return {
      figure: { ...span(q.first, q.last, skip), value: q.value, unit: '', kind: 'count', counts: countsAfter(q.last + 1), confidence: q.words ? 0.7 : 0.8 },
      next: q.last + 1,
    };
  }

  /** "-15C", "−0.3%": a minus sign glued to the number and standing apart from what precedes it. */
  function negate(f: FigureCandidate, first: number): void {
    const sign = tokens[first - 1];
    const before = tokens[first - 2];
    const number = tokens[first] as Token;
    if (!sign || (sign.text !== '-' && sign.text !== '−') || sign.end !== number.start || typeof f.value !== 'number') return;
    if (before && (before.end === sign.start || before.kind === 'number')) return;
    f.value = -f.value;
    f.start = sign.start;
  }

  /** "a third of", "two thirds of", "three quarters of": shares written with ordinals, which alone are never figures. */
  function englishShare(i: number): { figure: FigureCandidate; next: number } | null {
    const n = SHARE_COUNTS[(tokens[i] as Token).lower];
    const d = SHARE_PARTS[tokens[i + 1]?.lower ?? ''];
    const byShare = /^(by|to)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i + 2]?.kind !== 'word';
    if (!n || !d || n >= d || (tokens[i + 2]?.lower !== 'of' && !byShare)) return null;
    return { figure: { ...span(i, i + 1), value: tidy((100 * n) / d), unit: '%', kind: 'percent', counts: null, confidence: 0.6 }, next: i + 2 };
  }

  /** "two-hour", "five-year-old", "ten-kilometre": a number word and a unit in one hyphenated word. */
  function hyphenated(t: Token): FigureCandidate | null {
    const parts = t.text.split('-');
    for (let cut = 1; cut < parts.length; cut++) {
      const numberPart = parts.slice(0, cut).join('-');
      const words = readNumberWords([{ ...t, text: numberPart, lower: numberPart.toLowerCase() }], 0, 'en');
      if (!words || words.fractionOnly) continue;
      const u = readUnitAfter([{ ...t, text: parts[cut] as string, lower: (parts[cut] as string).toLowerCase() }], 0, 'en');
      if (u && u.kind !== 'money' && u.kind !== 'percent') {
        return { start: t.start, end: t.end, value: words.value, unit: u.unit, kind: u.kind, counts: null, confidence: 0.85 };
      }
    }
    return null;
  }

  function describeFraction(q: Quantity, lang: 'ar' | 'en'): { figure: FigureCandidate; next: number } | null {
    const prev = tokens[q.first - 1];
    if (prev && ORDINALS_BEFORE_FRACTION.has(prev.lower)) return null;
    let j = q.last + 1;
    if (lang === 'en' && /^an?$/i.test(tokens[j]?.text ?? '')) j++;
    const unit = unitAt(j, lang);
    if (unit?.kind === 'duration') {
      return { figure: { ...span(q.first, unit.last, q.skip), value: tidy(q.value), unit: unit.unit, kind: 'duration', counts: null, confidence: 0.85 }, next: unit.last + 1 };
    }
    // "nearly “half” of": a closing quotation mark may sit between the share and "of".
    const closing = /^[”"’»]$/.test(tokens[q.last + 1]?.text ?? '') ? 1 : 0;
    const next = tokens[q.last + 1 + closing];
    // نصف النهائي، ربع نهائي: the semi- and quarter-finals are rounds, not shares.
    if (lang === 'ar' && next && /^(ال)?نهائي/.test(next.text)) return null;
    // "fell by a quarter", "cut by half": a share of what came before.
    const byShare = lang === 'en' && /^(by|to)$/.test(tokens[q.first - 1]?.lower ?? '') && (!next || next.kind !== 'word');
    const shareOf = lang === 'en' ? byShare || /^(of|the|its|their|his|her)$/i.test(next?.text ?? '') : next?.kind === 'word' && next.arabic;
    if (!shareOf) return null;
    return {
      figure: { ...span(q.first, q.last, q.skip), value: tidy(q.value * 100), unit: '%', kind: 'percent', counts: null, confidence: 0.6 },
      next: q.last + 1,
    };
  }

  /** A noun that a number counts: "2030 people", "2000 شخص" (not "2024 was", "the 2024 budget"). */
  function countedNounAfter(j: number, lang: 'ar' | 'en'): boolean {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || COUNT_STOP.has(t.lower)) return false;
    if (lang === 'en') return !t.arabic && ((/[a-z]s$/.test(t.lower) && !/^(was|is|has|as|its|this|his|hers|yes)$/.test(t.lower)) || IRREGULAR_PLURALS.has(t.lower));
    return t.arabic && !AR_MONTHS.has(t.text) && !t.text.startsWith('ال');
  }

  function hasYearCue(i: number): boolean {
    const prev = tokens[i - 1];
    if (!prev || prev.kind !== 'word') return false;
    return prev.arabic ? AR_YEAR_CUES.has(prev.text) || AR_YEAR_CUES.has(prev.text.replace(/^(و|ف|ب|ل)/, '')) : EN_YEAR_CUES.has(prev.lower);
  }

  function quantityWithCurrency(j: number, lang: 'ar' | 'en'): { q: Quantity; currency: { first: number; unit: string } | null } | null {
    const t = tokens[j];
    if (!t || blocked[j]) return null;
    if (t.kind === 'punct') {
      const c = readCurrencyBefore(tokens, j + 1);
      if (!c) return null;
      const q = readQuantity(tokens, j + 1, lang, true);
      return q && !blocked[j + 1] ? { q, currency: c } : null;
    }
    const q = readQuantity(tokens, j, lang, false);
    return q ? { q, currency: null } : null;
  }

  /** بين 40 و50 يوماً، من 200 ألف إلى 250 ألف، 30-36 شهراً، between 25 and 30 percent, from 4 to 6 hours, two to three inches. */
  function readRange(i: number, lang: 'ar' | 'en'): { figure: FigureCandidate; next: number } | null {
    const t = tokens[i] as Token;
    const lower = t.lower;
    let start = i;
    let first: ReturnType<typeof quantityWithCurrency>;
    let connectors: Set<string>;
    if (lower === 'بين' || lower === 'between' || lower === 'وبين') {
      first = quantityWithCurrency(i + 1, lang);
      connectors = AND;
    } else if (lower === 'من' || lower === 'from') {
      first = quantityWithCurrency(i + 1, lang);
      connectors = RANGE_TO;
    } else {
      start = -1;
      first = t.kind === 'number' || t.kind === 'word' ? quantityWithCurrency(i, lang) : null;
      if (first) first.currency = readCurrencyBefore(tokens, i);
      connectors = DASH_OR_TO;
    }
    if (!first || first.q.fractionOnly) return null;
    const q1 = first.q;
    // A unit right after the first number (10 percent to …) makes it a change, not a range.
    let k = q1.last + 1;
    const connector = tokens[k];
    if (!connector) return null;
    let q2start = k + 1;
    if (connectors.has('و') && connector.kind === 'word' && connector.text.startsWith('و') && connector.text.length > 1) {
      q2start = k; // وخمسين: the connector is glued to the number word
    } else if (!connectors.has(connector.lower)) return null;
    const second = quantityWithCurrency(q2start, lang);
    if (!second || second.q.fractionOnly) return null;
    const q2 = second.q;
    if (q2start === k && q2.skip !== 1) return null;
    if (DASHES.has(connector.text)) {
      if (q1.words || q2.words) return null;
      // 2023-24 seasons, 555-0142 phones and 7-2 votes are not ranges.
      if (Number((tokens[q1.first] as Token).text) >= 1000 && (tokens[q2.first] as Token).text.length < 4) return null;
    }
    let low = q1.value;
    const high = q2.value;
    // بين 3 و5 ملايين: the scale written once applies to both.
    if (q2.scaled && !q1.scaled && low <= high / q2.scale) low = tidy(low * q2.scale);
    const unit = unitAt(q2.last + 1, lang);
    const currency = first.currency ?? second.currency;
    const isPrefixed = start >= 0;
    const yearPair = isYear(tokens[q1.first]) && isYear(tokens[q2.first]) && high > low;
    if (!isPrefixed && !unit && !currency && RANGE_TO.has(connector.lower) && !(q1.words && q2.words) && !yearPair) return null;
    if (!isPrefixed && high <= low && !DASHES.has(connector.text)) return null;
    if (DASHES.has(connector.text) && high <= low) return null;
    const firstToken = isPrefixed ? start : (currency?.first ?? q1.first);
    const last = unit?.last ?? q2.last;
    const years = !unit && !currency && isYear(tokens[q1.first]) && isYear(tokens[q2.first]);
    const kind: FigureCandidate['kind'] = currency ? 'money' : unit ? unit.kind : years ? 'date' : 'count';
    const value: [number, number] = [Math.min(low, high), Math.max(low, high)];
    return {
      figure: {
        ...span(firstToken, last, isPrefixed || currency ? 0 : q1.skip),
        value,
        unit: currency?.unit ?? unit?.unit ?? '',
        kind,
        counts: kind === 'count' ? countsAfter(last + 1) : null,
        confidence: 0.9,
      },
      next: last + 1,
    };
  }

  /** يومين، أسبوعين، العقدين الماضيين، شخصين، مليوني لتر: Arabic duals carry the number two. */
  function readDual(i: number, lang: 'ar' | 'en'): { figure: FigureCandidate; next: number } | null {
    const t = tokens[i] as Token;
    if (lang !== 'ar' || t.kind !== 'word') return null;
    const time = AR_TIME_UNITS.get(t.text);
    if (time?.dual) return { figure: { ...span(i, i), value: 2, unit: time.unit, kind: 'duration', counts: null, confidence: 0.85 }, next: i + 1 };
    if (t.text.startsWith('ال')) {
      const definite = AR_TIME_UNITS.get(t.text.slice(2));
      const qualifier = tokens[i + 1];
      if (definite?.dual && qualifier && AR_DUAL_TIME_QUALIFIERS.has(qualifier.text)) {
        return { figure: { ...span(i, i), value: 2, unit: definite.unit, kind: 'duration', counts: null, confidence: 0.8 }, next: i + 1 };
      }
    }
    const glued = /^[وبلف]/.test(t.text) && AR_COUNTED_DUALS.has(t.text.slice(1)) ? 1 : 0;
    if (AR_COUNTED_DUALS.has(t.text.slice(glued))) {
      return { figure: { ...span(i, i, glued), value: 2, unit: '', kind: 'count', counts: { start: t.start + glued, end: t.end }, confidence: 0.75 }, next: i + 1 };
    }
    const scale = AR_DUAL_SCALES.get(t.text);
    if (scale !== undefined) {
      const unit = unitAt(i + 1, lang);
      if (unit) return { figure: { ...span(i, unit.last), value: scale, unit: unit.unit, kind: unit.kind, counts: null, confidence: 0.85 }, next: unit.last + 1 };
      return { figure: { ...span(i, i), value: scale, unit: '', kind: 'count', counts: countsAfter(i + 1), confidence: 0.75 }, next: i + 1 };
    }
    return null;
  }
}
