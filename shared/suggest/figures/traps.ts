import { AR_IDENTIFIER_WORDS, AR_PHONE_WORDS, CURRENCY_CODES, EN_IDENTIFIER_WORDS, EN_PHONE_WORDS } from '../lexicon/units';
import { digitCount } from '../digits';
import { CURRENCY_PREFIXES } from '../lexicon/currencies';
import { EN_MONTHS } from '../lexicon/months';
import { foldedSet } from '../lexicon/util';
import { readCurrencyBefore, readUnitAfter } from './units';
import { addressMatches } from './addresses';
import { raceTime } from './race-times';
import { countedNoun } from './counted';
import { lower, type Token } from '../tokens';

/** Proclitics that may be glued before digits (و50، بـ5، لـ24، الـ24 ساعة: the article, tatweel folded away). */
const DIGIT_PROCLITICS = new Set(['و', 'ب', 'ل', 'ف', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك', 'ال', 'وال', 'بال', 'لل']);

const SPEED = /^[\d.,\-–]+[A-Za-z]{1,3}\/(?:h|hr|s|sec|min)[.,;:)]?$/;
// Rs45/kg, €1.10/l, 12c/kWh, 3kg/day: an amount per a unit (a word after the slash, digits only before it but for a
// glued currency or unit) is a rate, no path: a path or an address has letters on both sides or more slashes.
const PER_UNIT = /^(?:[A-Za-z]{0,3}[$£€₹¥₦₪¢]|[A-Z][A-Za-z]{0,2}\.?)?[\d.,\-–]*\d[A-Za-z]{0,3}\/[A-Za-z]{1,12}[.,;:)]?$/;
// "AED 0.112 (2025: …)": digits right after a currency code or symbol are an amount, never a number to dial.
const CURRENCY_BEFORE = /(?:\b([A-Z]{3})|[$£€₹¥₦₪])\s?$/;
const currencyBefore = (text: string, at: number): boolean => {
  const m = CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - 5), at));
  return !!m && (m[1] === undefined || CURRENCY_CODES.has(m[1]));
};
// Runs of digits with phone-like separators; judged below.
const PHONE_CANDIDATE = /(?<![\d.,٫٬])(?:\+|00)?\(?\d[\d\s().\-]{4,}\d(?![\d])/g;

function looksLikePhone(raw: string): boolean {
  const digits = digitCount(raw);
  if (digits < 7 || digits > 15) return false;
  const trimmed = raw.trim();
  const groups = trimmed.split(/[\s().\-]+/).filter(Boolean);
  if (groups.length === 1) return /^(\+|00|0)/.test(trimmed) || digits >= 9;
  // Year ranges and ordinary ranges (2019-2023, 1000-2000) are figures, not phones.
  if (
    groups.length === 2 &&
    /^[1-9]/.test(groups[1] as string) &&
    Number(groups[1]) > Number(groups[0]) &&
    groups[0]!.length === groups[1]!.length
  )
    return false;
  // Dates: 2024-03-12, 12-03-2024.
  if (/^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[-/]\d{1,2}[-/]\d{4}$/.test(trimmed)) return false;
  // Separate numbers that happen to sit side by side ("24 35") are rare; phones have 3+ groups or a leading 0/+.
  return groups.length >= 3 || /^(\+|00|0|\()/.test(trimmed) || groups.some((g) => g.length >= 4 && g.startsWith('0'));
}

/**
 * Marks number tokens that are not figures: phone numbers, article and resolution ids,
 * digits inside URLs or glued to words (F-16, COVID-19, مضاد6561), clock times, ordinals
 * written with digits (3rd), and long bare digit runs.
 */
export function blockedNumbers(text: string, tokens: Token[]): Uint8Array {
  const blocked = new Uint8Array(tokens.length);
  const ranges: Array<[number, number]> = [];
  // 60-70km/h, 12m/s, Rs 45/kg: a number with a speed unit, or a rate per a unit, is no address.
  for (const m of addressMatches(text)) if (!SPEED.test(m.text) && !PER_UNIT.test(m.text)) ranges.push([m.index, m.index + m.text.length]);
  for (const m of text.matchAll(PHONE_CANDIDATE))
    if (looksLikePhone(m[0]) && !currencyBefore(text, m.index)) ranges.push([m.index, m.index + m[0].length]);
  ranges.sort((a, b) => a[0] - b[0]);
  let r = 0;
  let phoneContextUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'newline' || t.text === '.' || t.text === '!' || t.text === '؟') phoneContextUntil = -1;
    if (t.kind === 'word' && (AR_PHONE_WORDS.has(t.text) || EN_PHONE_WORDS.has(t.lower))) phoneContextUntil = i + 12;
    // "open at nine on Monday", "at ten o'clock", "waiting since five.": an hour written as a word (not "stood at nine,").
    if (t.kind === 'word' && HOUR_WORDS.has(t.lower) && hourInWords(tokens, i)) blocked[i] = 1;
    if (t.kind === 'word' && t.lower === 'one' && someDay(tokens, i)) blocked[i] = 1;
    if (t.kind !== 'number') continue;
    while (r < ranges.length && (ranges[r] as [number, number])[1] <= t.start) r++;
    const range = ranges[r];
    if (range && range[0] <= t.start && t.end <= range[1]) blocked[i] = 1;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    const next = tokens[i + 1];
    // Near a phone word, bare digit runs are numbers to dial; 1,100 with a separator is still a figure.
    if (i <= phoneContextUntil && digitCount(t.text) >= 4 && /^\d+$/.test(t.text)) blocked[i] = 1;
    // Identifier words: رقم 5, القرار 2334, Article 12, No. 7, رقم الخبر: 884512.
    if (isId(prev) || prev?.text === '#') blocked[i] = 1;
    if ((prev?.text === ':' || prev?.text === '.') && (isId(prev2) || (prev2?.kind === 'word' && isId(tokens[i - 3])))) blocked[i] = 1;
    if (prev?.text === ':' && prev2?.kind === 'word' && /^(ref|id|no)$/i.test(prev2.text)) blocked[i] = 1;
    // Glued to letters before: G20, A320, مضاد6561 (but not the proclitics of و50).
    if (prev && prev.end === t.start) {
      if (prev.kind === 'word' && !prev.arabic && !CURRENCY_PREFIXES.has(prev.text) && !CURRENCY_CODES.has(prev.text)) blocked[i] = 1;
      if (prev.kind === 'word' && prev.arabic && !DIGIT_PROCLITICS.has(prev.text)) blocked[i] = 1;
      // COVID-19 is a name, but "mid-2027", "early-2026" are years.
      const partOfYear = /^(mid|early|late)$/i.test(prev2?.text ?? '') && /^(19|20)\d\d$/.test(t.text);
      if (prev.text === '-' && prev2?.kind === 'word' && prev2.end === prev.start && !prev2.arabic && !partOfYear) blocked[i] = 1;
    }
    // The tail of an id already ruled out: 20240611-4471.
    if (prev?.text === '-' && prev.start === tokens[i - 2]?.end && prev.end === t.start && blocked[i - 2]) blocked[i] = 1;
    // Clock times: 10:30 (not a race time, 30:14.62).
    if (
      next?.text === ':' &&
      next.start === t.end &&
      tokens[i + 2]?.kind === 'number' &&
      tokens[i + 2]!.start === next.end &&
      !raceTime(tokens, i)
    ) {
      blocked[i] = 1;
      blocked[i + 2] = 1;
    }
    // Ordinals written with digits: 3rd, 21st, an 88th-minute winner (dates read them before this matters).
    // "14th October 2025", "3rd of March": a day before its month is left to the dates.
    const month = tokens[i + 2]?.lower === 'of' ? tokens[i + 3] : tokens[i + 2];
    if (next && next.start === t.end && /^(st|nd|rd|th)(-|$)/i.test(next.text) && !EN_MONTHS.has(lower(month))) blocked[i] = 1;
    if (
      isClockTime(tokens, i) ||
      isScoreline(tokens, i) ||
      isMatchMinute(tokens, i) ||
      inSlashGroup(tokens, i) ||
      caseNumber(tokens, i) ||
      isCricketScore(tokens, i)
    )
      blocked[i] = 1;
    // A long bare run is an id, unless a currency or unit follows it (۱۴۲۷۵۰ ديناراً: an exchange rate).
    if (/^\d{6,}$/.test(t.text) && !moneyOrMeasureAfter(tokens, i)) blocked[i] = 1;
    // "p 12", "p12": a page; but "P47,000", "P1.5 billion" glued to a capital P are Philippine pesos.
    const peso =
      prev?.text === 'P' &&
      prev.end === t.start &&
      (/[.,]/.test(t.text) || /^(thousand|million|billion|trillion|m|mn|bn|b)$/.test(lower(next)));
    if (lower(prev) === 'ext' || (lower(prev) === 'p' && !peso)) blocked[i] = 1;
  }
  return blocked;
}

// Per-token helpers live at module level: a closure made for every number token costs an allocation each time.
const isId = (tok: Token | undefined) =>
  !!tok && tok.kind === 'word' && (AR_IDENTIFIER_WORDS.has(tok.text) || EN_IDENTIFIER_WORDS.has(tok.lower));

function moneyOrMeasureAfter(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const u = readUnitAfter(tokens, i + 1, t.text.length > 0 && tokens[i + 1]?.arabic ? 'ar' : 'en');
  return u !== null && (u.kind === 'money' || u.kind === 'measure');
}

const HOUR_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve noon midnight'.split(' '));
/** Prepositions that put a time of day before an hour: at six, since five, until ten, just after nine. */
const HOUR_PREPOSITIONS = new Set('at since after until till before'.split(' '));
/** Words after an hour that keep it a time of day: at seven last night, at six tomorrow, at five sharp. */
const TIME_OF_DAY_AFTER = /^(on|o'clock|o’clock|tonight|tomorrow|yesterday|sharp|every|this|each|last|in|that|am|pm)$/i;
/** Verbs before "at" that give a level, so the number after is an amount: stood at nine, capped at ten. */
const LEVEL_VERBS = new Set(
  'stood stands stand was were is are be been remained remains remain put puts capped set pegged fixed estimated held holds kept totalled totaled numbered'.split(
    ' ',
  ),
);
const PRICE_VERBS = new Set('closed closes close ended ends finished opened opens traded trades trading settled peaked'.split(' '));
/** "half past four", "quarter to six": the minutes before past / to make the word after an hour. */
const CLOCK_MINUTES = new Set('half quarter five ten twenty twenty-five'.split(' '));
const END_OF_CLAUSE = /^[.,;:!?…”"’)]$/;

/**
 * An hour written as a word is a clock time, not a count (the guidelines): "due at six.", "since five,",
 * "at seven last night", "just after nine.", "half past four". It counts something when a noun
 * follows ("at five terminals", "after six years"), or after a level ("stood at nine.").
 */
function hourInWords(tokens: Token[], i: number): boolean {
  const prev = lower(tokens[i - 1]);
  const after = tokens[i + 1];
  if ((prev === 'past' || prev === 'to') && CLOCK_MINUTES.has(lower(tokens[i - 2]))) return true;
  if (!HOUR_PREPOSITIONS.has(prev)) return false;
  if (prev === 'at' && LEVEL_VERBS.has(lower(tokens[i - 2]))) return false;
  if (!after || after.kind === 'newline' || AM_PM.test(after.text)) return true;
  return END_OF_CLAUSE.test(after.text) || (after.kind === 'word' && TIME_OF_DAY_AFTER.test(after.text));
}
/** Words that open the clause after "One day": "One day you will…", "One day, the river…". */
const CLAUSE_OPENERS = /^(,|i|you|he|she|we|they|it|this|that|the|my|our|his|her|their|there|when|after)$/i;
/**
 * "One day you will play here", "One day, the river rose": "one day" opening a sentence or a quote,
 * before its clause, is some day, no duration (but "It took one day", "One day later").
 */
function someDay(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== 'day' || !CLAUSE_OPENERS.test(tokens[i + 2]?.text ?? '')) return false;
  const before = tokens[i - 1];
  return !before || before.kind === 'newline' || /^[.!?;:“"‘'«(—–-]$/.test(before.text);
}
const AM_PM = /^(am|pm|a\.m\.?|p\.m\.?|gmt|bst|utc|et|pt|ct|cst|est|pst|edt)$/i;
const AR_CLOCK_WORDS = new Set(['الساعة', 'الساعه', 'ساعة']);
const AR_DAY_PARTS = /^(صباحا|صباح|مساء|مساءا|ظهرا|فجرا|ليلا)$/;
const EN_CLOCK_AFTER = new Set([',', '.', ';', 'and', "o'clock", 'tonight', 'this', 'that', 'on', 'every', 'sharp']);

/** 9.45pm, 10.30 p.m., الساعة 7.40 مساءً, "at 8," — clock times, written with a full stop or alone after "at". */
function isClockTime(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const hm = /^\d{1,2}[.:]\d{2}$/.test(t.text) && Number(t.text.split(/[.:]/)[1]) < 60 && Number(t.text.split(/[.:]/)[0]) <= 24;
  if (hm && next && (AM_PM.test(next.text) || (/^[ap]$/i.test(next.text) && tokens[i + 2]?.text === '.'))) return true;
  if ((hm || /^\d{1,2}$/.test(t.text)) && prev?.kind === 'word' && AR_CLOCK_WORDS.has(prev.text)) return true;
  if (hm && next?.kind === 'word' && AR_DAY_PARTS.test(next.text)) return true;
  // "at 0930", "1430 hrs", "0600 GMT": a four-digit clock; a count or a year never opens with 0.
  const hhmm = /^([01]\d|2[0-3])[0-5]\d$/.test(t.text);
  if (hhmm && (t.text.startsWith('0') || (!!next && (AM_PM.test(next.text) || /^(hrs|local)$/i.test(next.text))))) return true;
  // "the doors open at 8, …", "at about 10 this morning": a bare hour after "at".
  const at = /^(about|around)$/.test(lower(prev)) ? i - 2 : i - 1;
  if (/^\d{1,2}$/.test(t.text) && Number(t.text) <= 12 && lower(tokens[at]) === 'at' && !!next && EN_CLOCK_AFTER.has(next.lower))
    return true;
  // "the tanker arrives at 7.10.", "closed until 9.30 tomorrow": hours and minutes after a preposition of time.
  // A price closes, ends or trades at 12.45 (an amount), while a tanker arrives at 7.10.
  return hm && !!next && hourInWords(tokens, i) && !PRICE_VERBS.has(lower(tokens[i - 2]));
}

const SCORE_AFTER = new Set([
  // "came back from 2-0 down", "were 3-1 up at the break": a side behind or ahead by a scoreline.
  ...'draw win victory defeat loss lead decision vote votes ruling majority scoreline result and in at on to with for over against after before down up'.split(
    ' ',
  ),
  ...foldedSet('في على أمام لصالح بعد قبل و ضد بفضل عبر'.split(' ')),
]);

const TALLY_VERBS = new Set('voted vote votes won win wins lost lose loses beat beats drew draw draws trail trails trailed led'.split(' '));

/** 3-2, 2-1: a scoreline or a vote split (two small numbers joined by a dash, no unit after), both sides. */
function isScoreline(tokens: Token[], i: number): boolean {
  if (fallingScore(tokens, i) || fallingScore(tokens, i - 2)) return true;
  return scorePair(tokens, i) || scorePair(tokens, i - 2) || tallyInWords(tokens, i) || tallyInWords(tokens, i - 2);
}
/** Verbs of a motion or a bill carried by a tally: "the motion passed 212 to 205". */
const MOTION_VERBS = new Set('passed carried approved rejected defeated adopted'.split(' '));
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|yesterday|today|last|this|late|early)$/;
/**
 * "the council voted 7 to 2 to approve", "the Sharks lost 24 to 20", "the bill passed 212 to 205":
 * a tally or a score written with "to" after its verb; not "cut 5 to 10 jobs" or "lost 3 to 5 kilograms".
 */
function tallyInWords(tokens: Token[], a: number): boolean {
  const [x, to, y, after] = [tokens[a], tokens[a + 1], tokens[a + 2], tokens[a + 3]];
  if (
    !x ||
    !y ||
    x.kind !== 'number' ||
    y.kind !== 'number' ||
    to?.lower !== 'to' ||
    !/^\d{1,3}$/.test(x.text) ||
    !/^\d{1,3}$/.test(y.text)
  )
    return false;
  const verb = lower(tokens[a - 1]);
  if (!TALLY_VERBS.has(verb) && !MOTION_VERBS.has(verb)) return false;
  if (readCurrencyBefore(tokens, a) || readCurrencyBefore(tokens, a + 2)) return false;
  if (after && readUnitAfter(tokens, a + 3, 'en')) return false;
  return !after || after.kind !== 'word' || SCORE_AFTER.has(after.lower) || WEEKDAYS.test(after.lower);
}
const small = (x: Token | undefined) => !!x && x.kind === 'number' && /^\d{1,2}$/.test(x.text);
const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
function scorePair(tokens: Token[], a: number): boolean {
  const dash = tokens[a + 1];
  const b = tokens[a + 2];
  // "lost 98-101": after a tally verb a score of three digits too, unless it counts something (won 90-110 seats).
  const tally = TALLY_VERBS.has(lower(tokens[a - 1])) && countedNoun(tokens, a + 2, 'en') < 0;
  const score = (x: Token | undefined) => small(x) || (tally && !!x && x.kind === 'number' && /^\d{3}$/.test(x.text));
  if (!score(tokens[a]) || !dash || (dash.text !== '-' && dash.text !== '–') || !score(b) || !glued(tokens[a], dash) || !glued(dash, b))
    return false;
  const after = tokens[a + 3];
  // A unit after makes it a range (30-36 months, 4-6 per cent, 4-5%), and so does a currency before (Rs 7-8).
  if (after && readUnitAfter(tokens, a + 3, after.arabic ? 'ar' : 'en')) return false;
  if (readCurrencyBefore(tokens, a)) return false;
  if (!after || after.kind !== 'word' || SCORE_AFTER.has(after.lower)) return true;
  // "the trustees voted 4-3 Tuesday", "lost 2-1 Saturday": a tally after its verb, whatever follows.
  if (TALLY_VERBS.has(lower(tokens[a - 1]))) return true;
  // «يهزم الكويت 3-1 وينفرد»: a verb joined by و after a result; "Brentford 2-1 Everton": a team each side.
  if (after.arabic) return /^و[يتن]/.test(after.text) && after.text.length >= 4;
  const before = tokens[a - 1];
  return after.capitalized && before?.kind === 'word' && before.capitalized && !before.arabic;
}
// "posted 186-7": runs and wickets; a range never falls from its first number to its second.
function fallingScore(tokens: Token[], a: number): boolean {
  const x = tokens[a];
  const dash = tokens[a + 1];
  const y = tokens[a + 2];
  // "won 112-104": a falling pair of three-digit scores too (a range never falls).
  if (!x || !y || !dash || !/^\d{2,3}$/.test(x.text) || !/^\d{1,3}$/.test(y.text) || (dash.text !== '-' && dash.text !== '–')) return false;
  if (x.kind !== 'number' || y.kind !== 'number' || !glued(x, dash) || !glued(dash, y) || Number(y.text) >= Number(x.text)) return false;
  return !readUnitAfter(tokens, a + 3, tokens[a + 3]?.arabic ? 'ar' : 'en') && !readCurrencyBefore(tokens, a);
}

/** في الدقيقة 71، الدقيقة 90+3: the minute of a match is a moment, not a duration. */
function isMatchMinute(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev?.kind === 'word' && /^(الدقيقة|بالدقيقة|للدقيقة|والدقيقة)$/.test(prev.text)) return true;
  return (
    prev?.text === '+' &&
    tokens[i - 2]?.kind === 'number' &&
    tokens[i - 3]?.kind === 'word' &&
    /الدقيقة$/.test((tokens[i - 3] as Token).text)
  );
}

/** 01/03/25, 2211/7/4: slash-joined groups that are not a full date with a four-digit year are references. */
function inSlashGroup(tokens: Token[], i: number): boolean {
  let first = i;
  while (
    tokens[first - 1]?.text === '/' &&
    tokens[first - 2]?.kind === 'number' &&
    tokens[first - 2]!.end === tokens[first - 1]!.start &&
    tokens[first - 1]!.end === tokens[first]!.start
  )
    first -= 2;
  let last = i;
  while (
    tokens[last + 1]?.text === '/' &&
    tokens[last + 2]?.kind === 'number' &&
    tokens[last]!.end === tokens[last + 1]!.start &&
    tokens[last + 1]!.end === tokens[last + 2]!.start
  )
    last += 2;
  if (last - first < 4) return false;
  return !(/^\d{4}$/.test(tokens[first]!.text) || /^\d{4}$/.test(tokens[last]!.text));
}

/**
 * "HC 318/2022", "HCA 45/2021": a case or file number (a serial and its year) after a capital
 * code; the year in it is no date. A fiscal year (2024/25) or a month (3/2024) is left alone.
 */
function caseNumber(tokens: Token[], i: number): boolean {
  const a = tokens[i - 1]?.text === '/' ? i - 2 : i;
  const [code, x, slash, y] = [tokens[a - 1], tokens[a], tokens[a + 1], tokens[a + 2]];
  if (!code || !x || !slash || !y || slash.text !== '/' || x.kind !== 'number' || y.kind !== 'number') return false;
  if (!glued(x, slash) || !glued(slash, y) || !/^\d{1,4}$/.test(x.text) || !/^(19|20)\d\d$/.test(y.text)) return false;
  if (/^(19|20)\d\d$/.test(x.text) || Number(x.text) <= 12) return false;
  return code.kind === 'word' && !code.arabic && /^[A-Z]{2,5}$/.test(code.text);
}

/**
 * 287/6, (3/41): a cricket score (runs/wickets) or bowling figures (wickets/runs). One side
 * is at most 10 and the other over 31, so it can be no day/month and no fiscal year; both
 * numbers are left out.
 */
function isCricketScore(tokens: Token[], i: number): boolean {
  return cricketPair(tokens, i) || cricketPair(tokens, i - 2);
}
function cricketPair(tokens: Token[], a: number): boolean {
  const x = tokens[a];
  const slash = tokens[a + 1];
  const y = tokens[a + 2];
  if (!x || !slash || !y || x.kind !== 'number' || slash.text !== '/' || y.kind !== 'number') return false;
  if (x.end !== slash.start || slash.end !== y.start || !/^\d{1,3}$/.test(x.text) || !/^\d{1,3}$/.test(y.text)) return false;
  // Part of a longer slash group (a date, a reference) is judged elsewhere.
  if (tokens[a - 1]?.text === '/' || tokens[a + 3]?.text === '/') return false;
  const [p, q] = [Number(x.text), Number(y.text)];
  return (p <= 10 && q > 31) || (q <= 10 && p > 31);
}
