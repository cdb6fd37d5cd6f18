import { tidy } from '../digits';
import { AR_FIRST_DAY, AR_MONTH_PAIRS, AR_MONTHS, EN_MONTHS, HIJRI_MONTH_PAIRS, HIJRI_MONTHS } from '../lexicon/months';
import { AR_COUNTED_DUALS, AR_DUAL_SCALES, AR_NUMBER_WORDS, EN_NUMBER_WORDS } from '../lexicon/numbers';
import { AR_CURRENCIES, AR_MEASURES, AR_TIME_UNITS, AR_YEAR_CUES, EN_YEAR_CUES } from '../lexicon/units';
import { foldedSet } from '../lexicon/util';
import type { Token } from '../tokens';
import { AR_ORDINAL_TENS, AR_ORDINAL_UNITS, dottedDate, isYear, readDate } from './dates';
import { type Quantity, readQuantity } from './quantity';
import { blockNamedNumbers } from './identifiers';
import { blockLabels } from './labels';
import { blockedNumbers } from './traps';
import { ratePeriod, readCurrencyBefore } from './units';
import { type FigureCandidate, figureContext } from './context';
import { countedNoun } from './counted';
import { readRange } from './ranges';
import { readDottedThousands } from './separators';
import { coupleOfUnits, englishRatio, shareRange } from './shares-en';
import { definiteFraction, describeFraction, englishShare, hyphenated, readDual, unitThenOne, vagueAmount } from './shares';
import { readHijriDate } from './hijri';
import { raceTime } from './race-times';
import { approximatedOne, oneCounting } from './one-en';
import { gluedApproximation, joinedUnit } from './hyphen-joined';
import { maySuffixedFraction, suffixedFraction, unitAndHalf } from './fractions-ar';
import { fiscalYearLabel, fyLabel } from './fiscal';
import { AR_DEFINITE_CARDINALS, definiteNumber } from './definite-ar';

const AR_TEEN_ORDINALS = foldedSet(
  'الحادي الحادية الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع السابعة الثامن الثامنة التاسع التاسعة'.split(
    ' ',
  ),
);
/** Words after "N-" that do not name what is counted (a 30-odd crowd, 20-something, a 50-50 split). */
const HYPHEN_NOT_NOUNS = new Set(['odd', 'something', 'plus', 'ish', 'fold', 'and', 'for', 'to']);
const AR_TRAILING_FRACTIONS = new Map([
  ['ونصف', 0.5],
  ['وربع', 0.25],
  ['وثلث', 1 / 3],
]);

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
  ...AR_FIRST_DAY,
  ...HIJRI_MONTHS.keys(),
  ...HIJRI_MONTH_PAIRS.keys(),
  ...AR_ORDINAL_UNITS.keys(),
  ...AR_ORDINAL_TENS.keys(),
  ...[...AR_TIME_UNITS].filter(([, u]) => u.dual).flatMap(([w]) => [w, `ال${w}`]),
  ...AR_COUNTED_DUALS.keys(),
  ...AR_DUAL_SCALES.keys(),
  ...AR_DEFINITE_CARDINALS,
  // أمبيرين، دينارين: a unit in the dual (read by readDual).
  ...[...AR_MEASURES.keys(), ...AR_CURRENCIES.keys()].map((u) => `${u}ين`),
  ...foldedSet([
    'بين',
    'وبين',
    'من',
    'النصف',
    'الثلث',
    'الربع',
    'الثلثين',
    'الثلثان',
    'الخمس',
    'عشرات',
    'مئات',
    'العشرات',
    'المئات',
    'الآلاف',
    'الملايين',
    'المليارات',
  ]),
]);
const EN_STARTS = new Set<string>([
  ...EN_NUMBER_WORDS.keys(),
  ...EN_MONTHS.keys(),
  'between',
  'from',
  'a',
  'an',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'tens',
  'scores',
]);
/** سنة واحدة: a word before واحد / واحدة may be a unit. */
const AR_ONE_AFTER = /^(واحد|واحدة|واحدا)$/;

function mayStartFigure(t: Token, next: Token | undefined): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  if (t.arabic)
    return (
      AR_STARTS.has(t.text) ||
      (t.text.length > 2 && AR_STARTS.has(t.text.slice(1))) ||
      AR_ONE_AFTER.test(next?.text ?? '') ||
      next?.text === 'ونصف' ||
      maySuffixedFraction(t.text)
    );
  return EN_STARTS.has(t.lower) || t.lower.includes('-') || t.text === 'FY';
}

export type { FigureCandidate };

export function recognizeFigures(text: string, tokens: Token[]): FigureCandidate[] {
  const blocked = blockedNumbers(text, tokens);
  blockNamedNumbers(text, tokens, blocked);
  blockLabels(tokens, blocked);
  const found: FigureCandidate[] = [];
  const ctx = figureContext(text, tokens, blocked);
  const { span, countsAfter, unitAt } = ctx;

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!mayStartFigure(t, tokens[i + 1]) || blocked[i] || ordinalTeen(i)) {
      i++;
      continue;
    }
    const lang = t.kind === 'word' ? (t.arabic ? 'ar' : 'en') : languageAt(tokens, i);

    const hijri = lang === 'ar' ? readHijriDate(tokens, i, text) : null;
    if (hijri) {
      found.push({
        ...span(hijri.first, hijri.last),
        value: hijri.value,
        unit: '',
        kind: 'date',
        counts: null,
        confidence: hijri.value ? 0.9 : 0.7,
      });
      i = hijri.last + 1;
      continue;
    }
    // "2025-26": the year's label is one date; which two years it names is left for review.
    const fiscal = t.kind === 'number' ? fiscalYearLabel(tokens, i) : -1;
    if (fiscal > 0) {
      const value = `${t.text}/${Number(t.text) + 1}`;
      found.push({ ...span(i, fiscal), value, unit: '', kind: 'date', counts: null, confidence: 0.65 });
      i = fiscal + 1;
      continue;
    }
    const fy = t.text === 'FY' ? fyLabel(tokens, i) : null;
    if (fy) {
      found.push({ ...span(i, fy.last), value: fy.value, unit: '', kind: 'date', counts: null, confidence: 0.65 });
      i = fy.last + 1;
      continue;
    }
    const race = t.kind === 'number' ? raceTime(tokens, i) : null;
    if (race) {
      found.push({ ...span(i, race.last), value: race.seconds, unit: 's', kind: 'duration', counts: null, confidence: 0.8 });
      i = race.last + 1;
      continue;
    }
    const dotted = t.kind === 'number' ? dottedDate(t) : null;
    const date = dotted ? { first: i, last: i, value: dotted } : readDate(tokens, i, text, lang);
    if (date) {
      found.push({
        ...span(date.first, date.last, date.skip),
        value: date.value,
        unit: '',
        kind: 'date',
        counts: null,
        confidence: date.value.startsWith('--') ? 0.9 : 0.95,
      });
      i = date.last + 1;
      continue;
    }

    const range = readRange(ctx, i, lang);
    if (range) {
      found.push(range.figure);
      i = range.next;
      continue;
    }

    const wordFigure =
      t.kind === 'word'
        ? ((t.arabic
            ? (unitAndHalf(ctx, i) ?? definiteFraction(ctx, i) ?? suffixedFraction(ctx, i) ?? unitThenOne(ctx, i) ?? definiteNumber(ctx, i))
            : null) ?? vagueAmount(ctx, i, lang))
        : null;
    if (wordFigure) {
      found.push(wordFigure.figure);
      i = wordFigure.next;
      continue;
    }
    const share =
      lang === 'en' && !t.arabic
        ? (englishRatio(ctx, i) ?? (t.kind === 'word' ? (shareRange(ctx, i) ?? englishShare(ctx, i) ?? coupleOfUnits(ctx, i)) : null))
        : null;
    if (share) {
      found.push(share.figure);
      i = share.next;
      continue;
    }
    const compound = t.kind === 'word' && !t.arabic && t.text.includes('-') ? hyphenated(ctx, t) : null;
    if (compound) {
      found.push(compound);
      i++;
      continue;
    }

    const currency = t.kind === 'number' ? readCurrencyBefore(tokens, i) : null;
    const q = readQuantity(tokens, i, lang, currency !== null);
    if (!q) {
      const dual = readDual(ctx, i, lang);
      if (dual) {
        found.push(dual.figure);
        i = dual.next;
      } else i++;
      continue;
    }
    const figure = describe(q, currency, lang);
    if (figure) {
      readDottedThousands(figure.figure, q, tokens, lang);
      negate(figure.figure, currency?.first ?? q.first);
      found.push(figure.figure);
      i = figure.next;
    } else i = q.last + 1;
  }
  return found;

  /** الثانية عشرة، الحادي عشر: the ten of an ordinal (the twelfth session) is not a figure. */
  function ordinalTeen(i: number): boolean {
    const t = tokens[i] as Token;
    return t.arabic && /^(عشر|عشرة)$/.test(t.text) && AR_TEEN_ORDINALS.has(tokens[i - 1]?.text ?? '');
  }

  function describe(
    read: Quantity,
    currency: { first: number; unit: string } | null,
    lang: 'ar' | 'en',
  ): { figure: FigureCandidate; next: number } | null {
    // "40-odd boats": the glued approximation joins the number before its unit is read.
    const q = currency ? read : { ...read, last: gluedApproximation(tokens, read.last) };
    const first = currency?.first ?? q.first;
    const skip = currency ? 0 : q.skip;
    if (q.fractionOnly) return describeFraction(ctx, q, lang);
    // "10-year", "34-year-old": a unit joined by a hyphen.
    const dash = tokens[q.last + 1];
    const joined = tokens[q.last + 2];
    if (
      !currency &&
      dash?.text === '-' &&
      joined &&
      dash.start === (tokens[q.last] as Token).end &&
      joined.start === dash.end &&
      joined.kind === 'word'
    ) {
      const u = joinedUnit(joined, lang);
      if (u) {
        return {
          figure: { ...span(first, q.last + 2, skip), value: q.value, unit: u.unit, kind: u.kind, counts: null, confidence: 0.9 },
          next: q.last + 3,
        };
      }
      // "a 300-bed wing", "a 14-page dissent": the counted noun joined by a hyphen.
      if (!u && !joined.arabic && /^[a-z]{3,}$/.test(joined.text) && !HYPHEN_NOT_NOUNS.has(joined.text)) {
        return {
          figure: {
            ...span(first, q.last + 2, skip),
            value: q.value,
            unit: joined.text,
            kind: 'count',
            counts: { start: joined.start, end: joined.end },
            confidence: 0.8,
          },
          next: q.last + 3,
        };
      }
    }
    const unit = unitAt(q.last + 1, lang);
    if (unit) {
      const kind = currency ? 'money' : unit.kind;
      // ثلاث ساعات ونصف، مليون دولار ونصف: a fraction after the unit adds to the number.
      const part = lang === 'ar' ? AR_TRAILING_FRACTIONS.get(tokens[unit.last + 1]?.text ?? '') : undefined;
      const last = ratePeriod(tokens, part !== undefined ? unit.last + 1 : unit.last, unit.unit, lang);
      const whole = part !== undefined ? tidy(q.value + part * (q.scaled ? q.scale : 1)) : q.value;
      const value = unit.factor ? tidy(whole * unit.factor) : whole;
      return {
        figure: { ...span(first, last, skip), value, unit: currency?.unit ?? unit.unit, kind, counts: null, confidence: 0.95 },
        next: last + 1,
      };
    }
    if (currency) {
      return {
        figure: { ...span(first, q.last), value: q.value, unit: currency.unit, kind: 'money', counts: null, confidence: 0.95 },
        next: q.last + 1,
      };
    }
    const token = tokens[q.first] as Token;
    if (!q.words && !q.scaled && isYear(token) && (hasYearCue(q.first) || !countedNounAfter(q.last + 1, lang))) {
      // Without a cue word a year-like number is still a year unless it counts something (2030 people).
      const confidence = hasYearCue(q.first) ? 0.7 : 0.6;
      // "fiscal 2027": the year's label keeps its word.
      const fiscal = tokens[q.first - 1]?.lower === 'fiscal' ? q.first - 1 : q.first;
      return {
        figure: { ...span(fiscal, q.last), value: token.text, unit: '', kind: 'date', counts: null, confidence },
        next: q.last + 1,
      };
    }
    // "one" and واحد alone are pronouns far more often than figures, but "at least one" counts.
    if (q.words && q.value === 1 && !approximatedOne(text, tokens[q.first] as Token) && !oneCounting(tokens, q.first, lang)) return null;
    const noun = q.value === 1 && oneCounting(tokens, q.first, lang) ? q.last + 1 : countedNoun(tokens, q.last, lang);
    const end = noun >= 0 ? noun : q.last;
    return {
      figure: {
        ...span(q.first, end, skip),
        value: q.value,
        unit: '',
        kind: 'count',
        counts: countsAfter(q.last + 1),
        confidence: q.words ? 0.7 : 0.8,
      },
      next: end + 1,
    };
  }

  /** "-15C", "−0.3%", "+2.5%": a sign glued to the number and standing apart from what precedes it. */
  function negate(f: FigureCandidate, first: number): void {
    const sign = tokens[first - 1];
    const before = tokens[first - 2];
    const number = tokens[first] as Token;
    // "minus 5 degrees", "minus 0.3 percent": the sign as a word.
    if (sign?.lower === 'minus' && typeof f.value === 'number') {
      f.value = -f.value;
      f.start = sign.start;
      return;
    }
    if (!sign || (sign.text !== '-' && sign.text !== '−' && sign.text !== '+') || sign.end !== number.start || typeof f.value !== 'number')
      return;
    // A hyphen glued to a word is a joint (COVID-19), but "(-6.4%)" after a bracket is a sign.
    if (before && ((before.end === sign.start && /[\p{L}\p{N}]/u.test(before.text)) || before.kind === 'number')) return;
    // The sign is kept as written: −5% is -5, +2.5% stays 2.5 with its sign in the span.
    if (sign.text !== '+') f.value = -f.value;
    f.start = sign.start;
  }

  /** A noun that a number counts: "2030 people", "2000 شخص" (not "2024 was", "the 2024 budget"). */
  function countedNounAfter(j: number, lang: 'ar' | 'en'): boolean {
    return countedNoun(tokens, j - 1, lang) >= 0;
  }

  function hasYearCue(i: number): boolean {
    const prev = tokens[i - 1];
    if (!prev || prev.kind !== 'word') return false;
    return prev.arabic
      ? AR_YEAR_CUES.has(prev.text) || AR_YEAR_CUES.has(prev.text.replace(/^(و|ف|ب|ل)/, ''))
      : EN_YEAR_CUES.has(prev.lower);
  }
}
