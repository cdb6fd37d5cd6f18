import { tidy } from '../digits';
import { foldedSet } from '../lexicon/util';
import type { Token } from '../tokens';
import { type FigureCandidate, type FigureContext, DASHES, RANGE_TO } from './context';
import { countedNoun } from './counted';
import { isYear } from './dates';
import { type Quantity, readQuantity } from './quantity';
import { readCurrencyBefore } from './units';
import { RANGE_SPREAD_CUES } from '../lexicon/units';

const OR = new Set(['or', ...foldedSet(['أو'])]);
const DASH_TO_OR = new Set([...DASHES, ...RANGE_TO, ...OR]);
const AND = new Set(['و', 'and']);
const FROM = new Set(['from', 'من']);

/**
 * "rose from £45 to £55", «ارتفع من 38 ألفاً إلى 45 ألفاً»: a change, read as two figures. Only a
 * spread word before "from" (ranging from, anywhere from) makes the pair one range.
 */
export function changeFrom(tokens: Token[], from: number): boolean {
  return FROM.has(tokens[from]?.lower ?? '') && !RANGE_SPREAD_CUES.has(tokens[from - 1]?.lower ?? '');
}

export function quantityWithCurrency(
  ctx: FigureContext,
  j: number,
  lang: 'ar' | 'en',
): { q: Quantity; currency: { first: number; unit: string } | null } | null {
  const { tokens, blocked } = ctx;
  const t = tokens[j];
  if (!t || blocked[j]) return null;
  if (t.kind === 'punct') {
    const c = readCurrencyBefore(tokens, j + 1);
    if (!c) return null;
    const q = readQuantity(tokens, j + 1, lang, true);
    return q && !blocked[j + 1] ? { q, currency: c } : null;
  }
  // R3.4m, KSh 7 million: a currency in letters before the second amount.
  const next = tokens[j + 1];
  if (t.kind === 'word' && next?.kind === 'number' && !blocked[j + 1]) {
    const c = readCurrencyBefore(tokens, j + 1);
    if (c && c.first === j) {
      const q = readQuantity(tokens, j + 1, lang, true);
      if (q) return { q, currency: c };
    }
  }
  // S$50 million, US$40,000: letters glued to a symbol before the second amount.
  if (t.kind === 'word' && next?.kind === 'punct' && next.start === t.end && tokens[j + 2]?.kind === 'number' && !blocked[j + 2]) {
    const c = readCurrencyBefore(tokens, j + 2);
    const q = c && c.first === j ? readQuantity(tokens, j + 2, lang, true) : null;
    if (c && q) return { q, currency: c };
  }
  const q = readQuantity(tokens, j, lang, false);
  return q ? { q, currency: null } : null;
}

/** بين 40 و50 يوماً، 30-36 شهراً، between 25 and 30 percent, ranging from 4 to 6 hours, two to three inches. */
export function readRange(ctx: FigureContext, i: number, lang: 'ar' | 'en'): { figure: FigureCandidate; next: number } | null {
  const { tokens, span, countsAfter, unitAt } = ctx;
  const t = tokens[i] as Token;
  const lower = t.lower;
  let start = i;
  let first: ReturnType<typeof quantityWithCurrency>;
  let connectors: Set<string>;
  if (lower === 'بين' || lower === 'between' || lower === 'وبين') {
    first = quantityWithCurrency(ctx, i + 1, lang);
    connectors = AND;
  } else if (lower === 'من' || lower === 'from') {
    if (changeFrom(tokens, i)) return null;
    first = quantityWithCurrency(ctx, i + 1, lang);
    connectors = RANGE_TO;
  } else {
    start = -1;
    // A currency before the number lets a glued scale count (R2.1m: million, not metres).
    const before = t.kind === 'number' ? readCurrencyBefore(tokens, i) : null;
    const q = before ? readQuantity(tokens, i, lang, true) : null;
    first = q ? { q, currency: before } : t.kind === 'number' || t.kind === 'word' ? quantityWithCurrency(ctx, i, lang) : null;
    connectors = DASH_TO_OR;
  }
  if (!first || first.q.fractionOnly) return null;
  const isPrefixed = start >= 0;
  const q1 = first.q;
  // A unit right after the first number (10 percent to …) makes it a change, not a range,
  // unless the same unit follows the second and nothing says "from" (cut by 65% to 70%).
  let k = q1.last + 1;
  // «بين 4% و6%»: after بين the unit may be written at both ends (the Arabic writers keep one range;
  // the English tune parts hold no such range, so "between 3% and 5%" is left as it was).
  const betweenBoth = lang === 'ar' && start >= 0 && connectors === AND;
  const unitFirst = (start < 0 && !/^(from|من|بين|between)$/.test(tokens[i - 1]?.lower ?? '')) || betweenBoth ? unitAt(k, lang) : null;
  const after = tokens[(unitFirst?.last ?? 0) + 1]?.lower ?? '';
  if (unitFirst && (betweenBoth ? AND.has(after) : DASH_TO_OR.has(after))) k = unitFirst.last + 1;
  const connector = tokens[k];
  if (!connector) return null;
  let q2start = k + 1;
  if (connectors.has('و') && connector.kind === 'word' && connector.text.startsWith('و') && connector.text.length > 1) {
    q2start = k; // وخمسين: the connector is glued to the number word
  } else if (!connectors.has(connector.lower)) return null;
  const second = quantityWithCurrency(ctx, q2start, lang);
  if (!second || second.q.fractionOnly) return null;
  const q2 = second.q;
  if (q2start === k && q2.skip !== 1) return null;
  if (DASHES.has(connector.text)) {
    if (q1.words || q2.words) return null;
    // 2023-24 seasons, 555-0142 phones and 7-2 votes are not ranges.
    if (Number((tokens[q1.first] as Token).text) >= 1000 && (tokens[q2.first] as Token).text.length < 4) return null;
  }
  if (unitFirst && k !== q1.last + 1 && unitAt(q2.last + 1, lang)?.unit !== unitFirst.unit) return null;
  // The "£45 to £55" of "rose from £45 to £55": the ends of a change, each its own figure.
  if (!isPrefixed && RANGE_TO.has(connector.lower) && changeFrom(tokens, (first.currency?.first ?? q1.first) - 1)) return null;
  // "minus 28 to 18 degrees": a sign written as a word before the first number.
  const minus = start < 0 && !first.currency && tokens[q1.first - 1]?.lower === 'minus';
  let low = minus ? -q1.value : q1.value;
  const high = q2.value;
  // بين 3 و5 ملايين: the scale written once applies to both.
  if (q2.scaled && !q1.scaled && low <= high / q2.scale) low = tidy(low * q2.scale);
  const unit = unitAt(q2.last + 1, lang);
  const currency = first.currency ?? second.currency;
  const yearPair = isYear(tokens[q1.first]) && isYear(tokens[q2.first]) && high > low;
  // "aged 13 to 17", "ages 5 to 11": an age range needs no unit.
  const ages = /^(aged|ages)$/.test(tokens[i - 1]?.lower ?? '');
  // "18 to 20 tankers": a counted noun after the second number makes the pair a range too.
  const counted = !unit && !currency && countedNoun(tokens, q2.last, lang) >= 0;
  if (!isPrefixed && !unit && !currency && RANGE_TO.has(connector.lower) && !(q1.words && q2.words) && !yearPair && !ages && !counted)
    return null;
  if (!isPrefixed && high <= low && !DASHES.has(connector.text)) return null;
  // "rose by $67 million to $14.3bn": a change and where it ended, not a range.
  if (!isPrefixed && RANGE_TO.has(connector.lower) && low > 0 && high / low > 10) return null;
  // "fell by R2.5 billion to R18.4 billion": after "by", an end far above the change is where it
  // ended (a spread "rose by 5 to 9 per cent" keeps its ends close).
  const byFirst = tokens[(first.currency?.first ?? q1.first) - 1]?.lower === 'by';
  if (!isPrefixed && byFirst && RANGE_TO.has(connector.lower) && low > 0 && high / low > 4) return null;
  // "two or three", "5 or 6 days": neighbouring numbers, not a choice between amounts.
  if (OR.has(connector.lower) && !unit && !currency && high - low > Math.max(2, low / 2)) return null;
  if (DASHES.has(connector.text) && high <= low) return null;
  // بين / between and the "from" of a spread (ranging from 5 to 9) stay outside the span.
  const firstToken = minus ? q1.first - 1 : (currency?.first ?? q1.first);
  const years = !unit && !currency && isYear(tokens[q1.first]) && isYear(tokens[q2.first]);
  // Two years count nothing: «بين 2019 و2021 بشكل …» ends at the second year.
  const noun = !unit && !currency && !years ? countedNoun(tokens, q2.last, lang) : -1;
  const last = unit?.last ?? (noun >= 0 ? noun : q2.last);
  const kind: FigureCandidate['kind'] = currency ? 'money' : unit ? unit.kind : years ? 'date' : 'count';
  const value: [number, number] = [Math.min(low, high), Math.max(low, high)];
  return {
    figure: {
      ...span(firstToken, last, currency ? 0 : q1.skip),
      value,
      unit: currency?.unit ?? unit?.unit ?? '',
      kind,
      counts: kind === 'count' ? countsAfter(q2.last + 1) : null,
      confidence: 0.9,
    },
    next: last + 1,
  };
}
