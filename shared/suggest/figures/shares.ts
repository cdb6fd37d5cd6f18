import { tidy } from '../digits';
import { AR_COUNTED_DUALS, AR_DUAL_SCALES } from '../lexicon/numbers';
import { AR_DUAL_TIME_QUALIFIERS, AR_TIME_UNITS } from '../lexicon/units';
import { AR_CURRENCIES, AR_MEASURES, EN_CURRENCY_WORDS } from '../lexicon/units';
import { foldedMap, foldedSet, words } from '../lexicon/util';
import type { Token } from '../tokens';
import type { FigureCandidate, FigureContext } from './context';
import { type Quantity, readQuantity } from './quantity';
import { countedNoun } from './counted';
import { readUnitAfter } from './units';
import { readNumberWords } from './words';

/** Figures written as words rather than digits: shares (a quarter of, ثلث), duals (يومين), hyphenated compounds (two-hour). */

/** "the fourth quarter", "the same quarter", "next quarter": a period of the year, not a share. */
const ORDINALS_BEFORE_FRACTION = new Set(
  words('first second third fourth last latter former final next previous same this current latest each every opening closing'),
);
/** "two thirds of", "a quarter of": the count and the part of an English share. */
const SHARE_COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
const SHARE_PARTS: Record<string, number> = { third: 3, thirds: 3, fifth: 5, fifths: 5, quarter: 4, quarters: 4, tenth: 10, tenths: 10 };
const EN_SCALES_OF: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SHARE_LEADS = /^(by|to|about|nearly|almost|roughly|around|some|over|than|under|barely|just|only)$/;
/** Definite Arabic fractions standing alone: الثلث، النصف، الربع، الثلثين. */
const AR_DEFINITE_FRACTIONS = foldedMap([
  ['النصف', 50],
  ['الثلث', 100 / 3],
  ['الربع', 25],
  ['الثلثين', 200 / 3],
  ['الثلثان', 200 / 3],
  ['الخمس', 20],
]);
/** ربع النهائي، النصف الأول: rounds and halves of a period, not shares. */
const AR_NOT_SHARE_AFTER = foldedSet(
  words('النهائي نهائي الأول الأولى الثاني الثانية الأخير الأخيرة الثالث الثالثة الرابع المقبل الماضي القادم'),
);
/** Words of time before الربع that make it the quarter of a year, not a share. */
const AR_PERIOD_BEFORE = foldedSet(words('خلال في وفي طوال عن منذ نهاية بنهاية مطلع بداية ببداية هذا لهذا ذلك'));
/** Vague amounts (آلاف المزارعين، thousands of people): figures without an exact value. */
const AR_VAGUE = foldedSet(words('عشرات مئات آلاف ملايين مليارات'));
const EN_VAGUE = new Set(words('dozens hundreds thousands millions billions tens scores lakhs crores'));
const AR_ONE = foldedSet(words('واحد واحدة واحداً'));

/** "a third of", "two thirds of", "three quarters of": shares written with ordinals, which alone are never figures. */
export function englishShare(ctx: FigureContext, i: number): { figure: FigureCandidate; next: number } | null {
  const { tokens, span } = ctx;
  const n = SHARE_COUNTS[(tokens[i] as Token).lower];
  const d = SHARE_PARTS[tokens[i + 1]?.lower ?? ''];
  // "fell by a quarter", "about a quarter named …", "more than a third": a share without "of".
  const byShare = SHARE_LEADS.test(tokens[i - 1]?.lower ?? '');
  if (!n || !d || n >= d || (tokens[i + 2]?.lower !== 'of' && !byShare)) return null;
  // "a quarter of a million people": the share of a scale is an amount (250,000), with its counted noun.
  const scale = tokens[i + 2]?.lower === 'of' && tokens[i + 3]?.lower === 'a' ? EN_SCALES_OF[tokens[i + 4]?.lower ?? ''] : undefined;
  if (scale) {
    const u = readUnitAfter(tokens, i + 5, 'en');
    const noun = u ? -1 : countedNoun(tokens, i + 4, 'en');
    const last = u?.last ?? (noun >= 0 ? noun : i + 4);
    const value = tidy((n * scale * (u?.factor ?? 1)) / d);
    return {
      figure: { ...span(i, last), value, unit: u?.unit ?? '', kind: u?.kind ?? 'count', counts: null, confidence: 0.6 },
      next: last + 1,
    };
  }
  // "a quarter of a percentage point": the share is of one point, and the span runs to "point".
  const point = tokens[i + 2]?.lower === 'of' && tokens[i + 3]?.lower === 'a' && tokens[i + 4]?.lower === 'percentage';
  if (point && /^points?$/.test(tokens[i + 5]?.lower ?? ''))
    return {
      figure: { ...span(i, i + 5), value: tidy(n / d), unit: 'percentage points', kind: 'percent', counts: null, confidence: 0.6 },
      next: i + 6,
    };
  return {
    figure: { ...span(i, i + 1), value: tidy((100 * n) / d), unit: '%', kind: 'percent', counts: null, confidence: 0.6 },
    next: i + 2,
  };
}

/** "two-hour", "five-year-old", "ten-kilometre": a number word and a unit in one hyphenated word. */
export function hyphenated(ctx: FigureContext, t: Token): FigureCandidate | null {
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
  return hyphenatedCount(t, parts);
}

/** Tails of "one-off", "two-way", "five-star", "one-time": set phrases, not what is counted. */
const NOT_COUNTED_TAILS = new Set(
  words('off time way star sided fold odd plus ish something size stop shot liner horse half quarter third second first wheeler'),
);

/**
 * "a three-bedroom flat", "the six-member panel", "a four-wicket win": a number word and the
 * singular noun it counts in one word (the dev writers mark 40 such words against 8 left out,
 * all set phrases, adjectives in -ed or plural nouns such as "two-wheelers").
 */
function hyphenatedCount(t: Token, parts: string[]): FigureCandidate | null {
  if (parts.length !== 2) return null;
  const [head, tail] = parts as [string, string];
  const words = readNumberWords([{ ...t, text: head, lower: head.toLowerCase() }], 0, 'en');
  const noun = tail.toLowerCase();
  if (!words || words.fractionOnly || !Number.isInteger(words.value) || tail !== noun || !/^[a-z]{3,}$/.test(noun)) return null;
  if (/(s|ed|th)$/.test(noun) || NOT_COUNTED_TAILS.has(noun) || readNumberWords([{ ...t, text: tail, lower: noun }], 0, 'en')) return null;
  const start = t.start + head.length + 1;
  return { start: t.start, end: t.end, value: words.value, unit: noun, kind: 'count', counts: { start, end: t.end }, confidence: 0.7 };
}

export function describeFraction(ctx: FigureContext, q: Quantity, lang: 'ar' | 'en'): { figure: FigureCandidate; next: number } | null {
  const { tokens, span, unitAt } = ctx;
  const prev = tokens[q.first - 1];
  if (prev && ORDINALS_BEFORE_FRACTION.has(prev.lower)) return null;
  let j = q.last + 1;
  if (lang === 'en' && /^an?$/i.test(tokens[j]?.text ?? '')) j++;
  const unit = unitAt(j, lang);
  // "half a hectare", "half a cent": the fraction of one unit (a cent's worth in its currency).
  if (unit && unit.kind !== 'duration' && unit.kind !== 'percent' && j > q.last + 1) {
    return {
      figure: {
        ...span(q.first, unit.last, q.skip),
        value: tidy(q.value * (unit.factor ?? 1)),
        unit: unit.unit,
        kind: unit.kind,
        counts: null,
        confidence: 0.8,
      },
      next: unit.last + 1,
    };
  }
  if (unit?.kind === 'duration') {
    // "half a century", "half a decade": counted in years.
    const years = { century: 100, decade: 10 }[unit.unit];
    return {
      figure: {
        ...span(q.first, unit.last, q.skip),
        value: tidy(q.value * (years ?? 1)),
        unit: years ? 'years' : unit.unit,
        kind: 'duration',
        counts: null,
        confidence: 0.85,
      },
      next: unit.last + 1,
    };
  }
  // "nearly “half” of": a closing quotation mark may sit between the share and "of".
  const closing = /^[”"’»]$/.test(tokens[q.last + 1]?.text ?? '') ? 1 : 0;
  const next = tokens[q.last + 1 + closing];
  // نصف النهائي، ربع نهائي: the semi- and quarter-finals are rounds, not shares.
  if (lang === 'ar' && next && /^(ال)?نهائي/.test(next.text)) return null;
  // "fell by a quarter", "cut by half": a share of what came before.
  const byShare = lang === 'en' && /^(by|to)$/.test(tokens[q.first - 1]?.lower ?? '') && (!next || next.kind !== 'word');
  const shareOf =
    lang === 'en'
      ? byShare || /^(of|the|its|their|his|her)$/i.test(next?.text ?? '') || loneHalf(tokens, q.first, next)
      : next?.kind === 'word' && next.arabic;
  if (!shareOf) return null;
  return {
    figure: { ...span(q.first, q.last, q.skip), value: tidy(q.value * 100), unit: '%', kind: 'percent', counts: null, confidence: 0.6 },
    next: q.last + 1,
  };
}

/** Words before "half" that make it a part of something other than a share: the other half, an hour and a half. */
const NOT_SHARE_BEFORE_HALF = new Set(words('other better a and'));

/**
 * "cut by nearly half.", "less than half", "Half my customers", "the plant is half built": "half"
 * on its own is a share whatever follows (the dev writers mark it so in every batch), except the
 * halves of a match or period (the first half, excluded above), "half past four" (a clock time),
 * the other half, and a name (Half Moon Bay).
 */
function loneHalf(tokens: Token[], i: number, next: Token | undefined): boolean {
  const t = tokens[i] as Token;
  if (t.lower !== 'half' || NOT_SHARE_BEFORE_HALF.has(tokens[i - 1]?.lower ?? '')) return false;
  if (next?.kind === 'word' && (next.lower === 'past' || (next.capitalized && t.capitalized && i > 0))) return false;
  // "half-time", "half-mast": a hyphen glued to the word makes a compound.
  return !(next && next.start === t.end && /^[-–]$/.test(next.text));
}

/** يومين، أسبوعين، العقدين الماضيين، شخصين، مليوني لتر: Arabic duals carry the number two. */
/** The amount after a dual scale joined by و (وخمسمئة ألف، و300), when smaller than the scale. */
function dualAddition(tokens: Token[], i: number, scale: number): { last: number; value: number } | null {
  const and = tokens[i + 1];
  if (!and || and.kind !== 'word' || !and.arabic) return null;
  if (and.text === 'و' && tokens[i + 2]?.kind === 'number' && tokens[i + 2]!.start === and.end) {
    const q = readQuantity(tokens, i + 2, 'ar', false, false);
    return q && q.value < scale ? { last: q.last, value: q.value } : null;
  }
  const w = and.text.startsWith('و') ? readNumberWords(tokens, i + 1, 'ar') : null;
  return w && w.skip === 1 && !w.fractionOnly && w.value < scale ? { last: w.last, value: w.value } : null;
}

export function readDual(ctx: FigureContext, i: number, lang: 'ar' | 'en'): { figure: FigureCandidate; next: number } | null {
  const { tokens, span, countsAfter, unitAt } = ctx;
  const t = tokens[i] as Token;
  if (lang !== 'ar' || t.kind !== 'word') return null;
  // بشهرين، بألفي دينار، لمحطتين: a one-letter proclitic glued to the dual stays outside the span.
  const glued = /^[وبلفك]/.test(t.text) && t.text.length > 4;
  const timeSkip = AR_TIME_UNITS.has(t.text) ? 0 : glued && AR_TIME_UNITS.has(t.text.slice(1)) ? 1 : -1;
  const time = timeSkip >= 0 ? AR_TIME_UNITS.get(t.text.slice(timeSkip)) : undefined;
  if (time?.dual)
    return {
      figure: { ...span(i, i, timeSkip), value: 2, unit: time.unit, kind: 'duration', counts: null, confidence: 0.85 },
      next: i + 1,
    };
  const unitSkip = unitDual(t.text) ? 0 : glued && unitDual(t.text.slice(1)) ? 1 : -1;
  const measure = unitSkip >= 0 ? unitDual(t.text.slice(unitSkip)) : null;
  if (measure)
    return {
      figure: { ...span(i, i, unitSkip), value: 2, unit: measure.unit, kind: measure.kind, counts: null, confidence: 0.8 },
      next: i + 1,
    };
  if (t.text.startsWith('ال')) {
    const definite = AR_TIME_UNITS.get(t.text.slice(2));
    const qualifier = tokens[i + 1];
    if (definite?.dual && qualifier && AR_DUAL_TIME_QUALIFIERS.has(qualifier.text)) {
      return { figure: { ...span(i, i), value: 2, unit: definite.unit, kind: 'duration', counts: null, confidence: 0.8 }, next: i + 1 };
    }
  }
  const counted = AR_COUNTED_DUALS.has(t.text) ? 0 : /^[وبلف]/.test(t.text) && AR_COUNTED_DUALS.has(t.text.slice(1)) ? 1 : -1;
  // «قافلتين إضافيتين»: a dual adjective agrees with the dual before it, and counts nothing of its own.
  if (counted >= 0 && !dualBefore(tokens[i - 1])) {
    return {
      figure: {
        ...span(i, i, counted),
        value: 2,
        unit: '',
        kind: 'count',
        counts: { start: t.start + counted, end: t.end },
        confidence: 0.75,
      },
      next: i + 1,
    };
  }
  const scaleSkip = AR_DUAL_SCALES.has(t.text) ? 0 : glued && AR_DUAL_SCALES.has(t.text.slice(1)) ? 1 : -1;
  const scale = scaleSkip >= 0 ? AR_DUAL_SCALES.get(t.text.slice(scaleSkip)) : undefined;
  if (scale !== undefined) {
    // «مليونين وخمسمئة ألف دولار»، «ألفين و300 طالب»: a smaller amount joined by و adds to the dual.
    const more = dualAddition(tokens, i, scale);
    const end = more ? more.last : i;
    const value = more ? scale + more.value : scale;
    const unit = unitAt(end + 1, lang);
    if (unit)
      return {
        figure: { ...span(i, unit.last, scaleSkip), value, unit: unit.unit, kind: unit.kind, counts: null, confidence: 0.85 },
        next: unit.last + 1,
      };
    // مليوني شخص: the counted noun after the dual scale is inside the span, as after a number.
    const noun = countedNoun(tokens, end, lang);
    const last = noun >= 0 ? noun : end;
    return {
      figure: { ...span(i, last, scaleSkip), value, unit: '', kind: 'count', counts: countsAfter(end + 1), confidence: 0.75 },
      next: last + 1,
    };
  }
  return null;
}

/**
 * أمبيرين، مترين، دينارين: a measure or a currency in the dual is two of it. Only the ين form of a
 * full word: كمين (an ambush) is no two km, ميلان no two miles.
 */
function unitDual(text: string): { unit: string; kind: 'measure' | 'money' } | null {
  const m = /^(.{3,})ين$/.exec(text);
  if (!m) return null;
  const stem = m[1] as string;
  const measure = AR_MEASURES.get(stem);
  if (measure) return { unit: measure, kind: 'measure' };
  const money = AR_CURRENCIES.get(stem);
  return money ? { unit: money, kind: 'money' } : null;
}

/** A dual noun before a word: «قافلتين» before «إضافيتين». */
function dualBefore(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.arabic && (AR_COUNTED_DUALS.has(t.text) || AR_COUNTED_DUALS.has(t.text.slice(1)));
}

/** الثلث، النصف alone: a share in percent, unless it names a round or half of a period. */
export function definiteFraction(ctx: FigureContext, i: number): { figure: FigureCandidate; next: number } | null {
  const t = ctx.tokens[i] as Token;
  const value = AR_DEFINITE_FRACTIONS.get(t.text);
  if (value === undefined || AR_NOT_SHARE_AFTER.has(ctx.tokens[i + 1]?.text ?? '')) return null;
  // «خلال الربع نحو …»، «بنهاية الربع»، «لهذا الربع»: after a word of time الربع is the quarter of a year.
  if (value === 25 && AR_PERIOD_BEFORE.has(ctx.tokens[i - 1]?.text ?? '')) return null;
  return { figure: { ...ctx.span(i, i), value: tidy(value), unit: '%', kind: 'percent', counts: null, confidence: 0.55 }, next: i + 1 };
}

/**
 * آلاف المزارعين، عشرات الدولارات، thousands of people, billions of dollars: a figure
 * with the counted noun (or currency) inside its span and no exact value.
 */
export function vagueAmount(ctx: FigureContext, i: number, lang: 'ar' | 'en'): { figure: FigureCandidate; next: number } | null {
  const { tokens, span } = ctx;
  const t = tokens[i] as Token;
  let noun = -1;
  if (lang === 'ar' && AR_VAGUE.has(t.text)) {
    const n = tokens[i + 1];
    if (n?.arabic && n.text.startsWith('ال') && n.start - t.end === 1) noun = i + 1;
    else return vagueAlone(ctx, i);
  } else if (lang === 'ar' && t.text.startsWith('ال') && AR_VAGUE.has(t.text.slice(2))) {
    return vagueAlone(ctx, i);
  } else if (lang === 'en' && EN_VAGUE.has(t.lower)) {
    // “dozens” of tenants: a closing quotation mark may sit between the amount and "of".
    const of = /^[”"’]$/.test(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
    const n = tokens[of + 1];
    // "millions of Nigerians": a people's name is counted too; "of the …" leaves the amount to what follows.
    if (tokens[of]?.lower === 'of' && n?.kind === 'word' && !/^(the|a|an|them|us|those|these|its|their)$/.test(n.lower)) noun = of + 1;
  }
  if (noun < 0) return null;
  const word = tokens[noun] as Token;
  const currency = lang === 'ar' ? AR_CURRENCIES.get(word.text.slice(2)) : EN_CURRENCY_WORDS.get(word.lower);
  // "thousands of sessions": the counted noun is not the word right after the number, so the
  // span is the vague word alone; "billions of dollars" keeps its currency.
  const last = lang === 'en' && !currency ? i : noun;
  return {
    figure: {
      ...span(i, last),
      value: null,
      unit: currency ?? '',
      kind: currency ? 'money' : 'count',
      counts: { start: word.start, end: word.end },
      confidence: 0.5,
    },
    next: noun + 1,
  };
}

/** سنة واحدة، دولار واحد: a unit followed by "one". */
export function unitThenOne(ctx: FigureContext, i: number): { figure: FigureCandidate; next: number } | null {
  const { tokens, span } = ctx;
  const t = tokens[i] as Token;
  if (!t.arabic) return null;
  const unit = readUnitAfter(tokens, i, 'ar');
  if (!unit) return nounThenOne(ctx, i);
  if (!AR_ONE.has(tokens[unit.last + 1]?.text ?? '')) return null;
  return {
    figure: { ...span(i, unit.last + 1), value: unit.factor ?? 1, unit: unit.unit, kind: unit.kind, counts: null, confidence: 0.75 },
    next: unit.last + 2,
  };
}

/**
 * Nouns that "one" follows in set phrases rather than a count: مرة واحدة (once), دفعة واحدة (at
 * once), في آن واحد / وقت واحد (at the same time), بصوت واحد، يداً واحدة، صفاً واحداً (as one), كل واحد.
 */
const AR_ONE_IDIOMS = foldedSet(
  words('مرة مره دفعة دفعه آن ان وقت صوت بصوت يد يدا يداً صف صفا صفاً جسد قلب كل لكل ليلة لليلة طرف جانب اتجاه نفس'),
);
/** بيت واحد، رغيف واحد، سيارة واحدة: an indefinite noun counted by "one" after it. */
function nounThenOne(ctx: FigureContext, i: number): { figure: FigureCandidate; next: number } | null {
  const { tokens, span } = ctx;
  const t = tokens[i] as Token;
  const one = tokens[i + 1];
  if (!one || !AR_ONE.has(one.text) || t.kind !== 'word' || t.text.length < 3 || /^(ال|وال|بال|لل|فال)/.test(t.text)) return null;
  // بقلب واحد، لغرض واحد، لتكون واحدة: after a glued preposition the phrase is manner or purpose
  // (or the word a verb), far more often than a count.
  const bare = t.text.replace(/^و/, '');
  if (AR_ONE_IDIOMS.has(t.text) || AR_ONE_IDIOMS.has(bare) || (/^[بلك]/.test(bare) && bare.length >= 4)) return null;
  // «أصيب واحد وثلاثون»: واحد opens a compound number (31), so the word before it counts nothing.
  if ((readNumberWords(tokens, i + 1, 'ar')?.last ?? i + 1) > i + 1) return null;
  return {
    figure: { ...span(i, i + 1), value: 1, unit: '', kind: 'count', counts: { start: t.start, end: t.end }, confidence: 0.6 },
    next: i + 2,
  };
}

/** What may follow a vague amount standing alone: من (عشرات من المحتجين) or the end of a clause. */
const AFTER_VAGUE_ALONE = new Set(['من', '.', '،', ',', '؛', ':', '!', '؟', '»', '”', '"']);
/** «تجمع عشرات من السكان»، «حضر المئات»، «خسرنا الملايين»: the vague word alone is the figure. */
function vagueAlone(ctx: FigureContext, i: number): { figure: FigureCandidate; next: number } | null {
  const after = ctx.tokens[i + 1];
  if (after && after.kind !== 'newline' && !AFTER_VAGUE_ALONE.has(after.text)) return null;
  return { figure: { ...ctx.span(i, i), value: null, unit: '', kind: 'count', counts: null, confidence: 0.5 }, next: i + 1 };
}
