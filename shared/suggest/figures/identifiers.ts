import { foldedSet, words } from '../lexicon/util';
import { AR_PHONE_WORDS, EN_MEASURES, EN_PHONE_WORDS, EN_TIME_UNITS } from '../lexicon/units';
import { EN_NOT_NAMES } from '../lexicon/en';
import { AR_MONTHS, EN_MONTHS } from '../lexicon/months';
import { EN_NUMBER_WORDS } from '../lexicon/numbers';
import { lower, type Token } from '../tokens';
import { countedNoun } from './counted';
import { readCurrencyBefore, readUnitAfter } from './units';

/**
 * Numbers used as names rather than quantities: the year in a plan's or event's name
 * (رؤية مصر 2030، Vision 2030, Expo 2020), a number closing a short title in quotation
 * marks, a route or line named by its number ("the 42 line"), the year of a case or law
 * number (القضية رقم 3418 لسنة 2024), and short groups dialled near a phone word
 * (call … on 116 123، الخط الساخن 111). Marks them in `blocked` (token flags).
 */

/** Words that name a plan, programme or event by a year or number. */
const NAMED_BY_NUMBER = new Set([
  ...foldedSet(words('رؤية رؤيه أجندة اجندة إكسبو اكسبو مونديال أولمبياد استراتيجية إستراتيجية مئوية الأيزو أيزو')),
  ...words('vision agenda expo olympics euro cop iso'),
]);
/** Words that end a name before its number: «مئوية لأكثر من 48 ساعة» names nothing. */
const NOT_IN_NAME = new Set([
  ...foldedSet(words('من في على إلى عن مع بعد قبل حتى خلال نحو حوالي أكثر لأكثر أقل منذ')),
  ...words('of in on for than since'),
]);
/** Nouns of places that are often named after a date (ملعب 5 جويلية، شارع 26 يوليو، جسر 6 أكتوبر). */
const VENUE_NOUNS = foldedSet(words('ملعب استاد ستاد شارع ميدان ساحة جسر حي مدينة مجمع قاعة مطار محطة ثانوية مدرسة'));
const OPENING_MARKS = new Set(['«', '"', '“', '„']);
const CLOSING_MARKS = new Set(['»', '"', '”', '“']);
const YEAR_OF = foldedSet(words('لسنة لعام of'));
/** English nouns that a number names rather than counts (the 42 line, the 7 train). */
const NAMED_NOUNS = new Set(words('line bus route train tram service road highway motorway platform gate terminal flight channel'));
const FUNCTION_AFTER = new Set(
  words('to from at in on and or was is will would has had which that , . ; : along across through past via towards toward into near'),
);

/** Capitalized words before a number that do not name anything: About 40, In 2020, Nearly 200. */
const NOT_NAME_HEADS = new Set([
  ...EN_NOT_NAMES,
  ...words(
    'About Nearly Almost Some Over Under Around Roughly Approximately Just Only All Each Every Another Up Down Than Of To Top Fewer More Less Least Most Only Exactly Precisely Total Totalling Aged Age Ages Number Page',
  ),
  // Prepositions opening a sentence: "Including 40 from abroad, …", "Excluding 12 …".
  ...words('Including Excluding Following Besides Beyond Among Amid Against Below Above Within Without Towards Toward Unlike Behind'),
]);
const EN_SCALE_WORDS = new Set(words('hundred thousand million billion trillion dozen lakh crore'));
/**
 * A word of a short quoted title: an English title is capitalized ("Vision Plus 2025"), and
 * neither language opens its time phrases with a title ("since 2023", «منذ 2023»).
 */
const titleWord = (x: Token) => x.kind === 'word' && (x.arabic ? !NOT_IN_NAME.has(x.text) : x.capitalized && !NOT_IN_NAME.has(x.lower));
const isYearLike = (t: Token) => /^\d{4}$/.test(t.text) && Number(t.text) >= 1900 && Number(t.text) <= 2100;
const isDigits = (t: Token | undefined) => !!t && t.kind === 'number' && /^\d+$/.test(t.text);
const justSpace = (text: string, a: Token, b: Token) => text.slice(a.end, b.start) === ' ';

/** "(Tom Baker 87, …": a number after one to three capitalized words that open a bracket or follow a comma, closing its item. */
function scoreItem(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const after = tokens[i + 1]?.text;
  if (!t || !/^\d{1,3}$/.test(t.text) || (after !== ',' && after !== ')')) return false;
  let k = i - 1;
  while (k >= i - 3 && tokens[k]?.kind === 'word' && tokens[k]!.capitalized) k--;
  return k < i - 1 && (tokens[k]?.text === '(' || tokens[k]?.text === ',');
}
/**
 * "(Tom Baker 87, Sam Reed 44)": a scorecard lists names each with a score (runs, points), so
 * the numbers are figures, not names holding digits; an item counts with a neighbour like it.
 */
function inScoreList(tokens: Token[], i: number): boolean {
  if (!scoreItem(tokens, i)) return false;
  for (let j = i + 3; j <= i + 5; j++) if (tokens[i + 1]?.text === ',' && scoreItem(tokens, j)) return true;
  let k = i - 1;
  while (tokens[k]?.kind === 'word') k--;
  // "Tigers 198 (Sam Ode 60)": one item after a side's total in digits.
  if (tokens[k]?.text === '(' && tokens[k - 1]?.kind === 'number') return true;
  return tokens[k]?.text === ',' && scoreItem(tokens, k - 1);
}

/**
 * "Lions 201 (Ravi Menon 87, …)", "Tigers 198 all out", "Hawks 240 for 6 in 50 overs", "Owls 180 (44 overs)": a side's
 * total after its name in a scorecard is a figure, not a name holding digits.
 */
function teamTotal(tokens: Token[], i: number): boolean {
  const [a, b, c] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!a) return false;
  if (a.text === '(') {
    if (b?.kind === 'number' && /^(overs?|ov)$/.test(lower(c))) return true;
    for (let j = i + 3; j <= i + 5; j++) if (scoreItem(tokens, j)) return true;
    return false;
  }
  if (a.lower === 'all' && b?.lower === 'out') return true;
  const wickets = b && (b.kind === 'number' ? /^\d$|^10$/.test(b.text) : (EN_NUMBER_WORDS.get(b.lower)?.value ?? 99) <= 10);
  return a.lower === 'for' && !!wickets && (!c || c.kind !== 'word' || /^(in|wickets?|wkts?|declared|dec)$/.test(c.lower));
}

/** "Expect 10 to 15 centimetres": the first end of a range whose unit or counted noun follows the second is an amount. */
function opensMeasuredRange(tokens: Token[], i: number): boolean {
  const [link, end] = [tokens[i + 1], tokens[i + 2]];
  if (!link || !end || end.kind !== 'number' || !/^(to|-|–|and|or)$/.test(link.lower)) return false;
  return !!readUnitAfter(tokens, i + 3, 'en') || countedNoun(tokens, i + 2, 'en') >= 0;
}

export function blockNamedNumbers(text: string, tokens: Token[], blocked: Uint8Array): void {
  let phoneUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'newline' || t.text === '.') phoneUntil = -1;
    if (t.kind === 'word' && (AR_PHONE_WORDS.has(t.text) || EN_PHONE_WORDS.has(t.lower))) phoneUntil = i + 12;
    // "Residents in Five Dock": a capitalized number word inside a sentence, before another
    // capitalized word, is part of a place or team name.
    if (t.kind === 'word' && !t.arabic && t.capitalized && EN_NUMBER_WORDS.has(t.lower)) {
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      const inside = before?.kind === 'word' && !before.arabic && !before.capitalized;
      const named =
        after?.kind === 'word' && !after.arabic && after.capitalized && !EN_MONTHS.has(after.lower) && !EN_SCALE_WORDS.has(after.lower);
      if (inside && named) blocked[i] = 1;
    }
    if (t.kind !== 'number' || blocked[i]) continue;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    const next = tokens[i + 1];
    // رؤية مصر 2030، Vision 2030, Expo 2020: the name's word at most two words back.
    // رؤية قطر الوطنية 2030، الاستراتيجية الوطنية للسياحة 2040: up to three words back, with or without ال.
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const w = tokens[k] as Token;
      if (w.kind !== 'word' || NOT_IN_NAME.has(w.lower)) break;
      if (NAMED_BY_NUMBER.has(w.lower) || (w.arabic && NAMED_BY_NUMBER.has(w.text.replace(/^ال/, '')))) blocked[i] = 1;
    }
    // «خطة الإنقاذ 2025»: a number closing a short quoted title.
    if (next && CLOSING_MARKS.has(next.text) && next.start === t.end) {
      for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
        const w = tokens[k] as Token;
        if (OPENING_MARKS.has(w.text)) {
          if (k < i - 1 && tokens.slice(k + 1, i).every(titleWord)) blocked[i] = 1;
          break;
        }
        if (w.kind !== 'word') break;
      }
    }
    // «ملعب 5 جويلية»، «شارع 26 يوليو»: a date after a venue's noun names the venue (both the day and the month).
    if (prev?.arabic && VENUE_NOUNS.has(prev.text.replace(/^[وبل]/, '')) && next && AR_MONTHS.has(next.text)) {
      blocked[i] = 1;
      blocked[i + 1] = 1;
    }
    // القضية رقم 3418 لسنة 2024, Law No. 5 of 2024: the year belongs to the number.
    if (prev && YEAR_OF.has(prev.lower) && prev2 && blocked[i - 2] && prev2.kind === 'number') blocked[i] = 1;
    // "the 42 line", "the 7 train": a number naming a singular noun.
    if (
      prev?.lower === 'the' &&
      isDigits(t) &&
      next &&
      NAMED_NOUNS.has(next.lower) &&
      !EN_MEASURES.has(next.lower) &&
      !EN_TIME_UNITS.has(next.lower)
    ) {
      const after = tokens[i + 2];
      if (!after || after.kind !== 'word' || FUNCTION_AFTER.has(after.lower)) blocked[i] = 1;
    }
    // "Boeing 737", "Form 990", "Phase 2": a number closing a capitalized name, counting nothing after it.
    if (
      isDigits(t) &&
      !isYearLike(t) &&
      prev?.kind === 'word' &&
      prev.capitalized &&
      !prev.arabic &&
      justSpace(text, prev, t) &&
      !NOT_NAME_HEADS.has(prev.text) &&
      !EN_MONTHS.has(prev.lower) &&
      // "Rs 7", "Tk 1000", "KSh 40": a currency written before the amount, not a name.
      !readCurrencyBefore(tokens, i) &&
      // "Baker's 87": what a person made or scored (but "Boeing's 737 Max" names a model).
      !(/['’]s$/.test(prev.text) && !next?.capitalized) &&
      !inScoreList(tokens, i) &&
      !teamTotal(tokens, i)
    ) {
      const lang = 'en';
      if (
        !readUnitAfter(tokens, i + 1, lang) &&
        countedNoun(tokens, i, lang) < 0 &&
        !(next && EN_SCALE_WORDS.has(next.lower)) &&
        !opensMeasuredRange(tokens, i)
      )
        blocked[i] = 1;
    }
    // "Bluetooth 5.4", "Android 14.2": a version closing a capitalized name, with no unit, scale or noun after it.
    if (
      /^\d{1,2}\.\d{1,2}$/.test(t.text) &&
      prev?.kind === 'word' &&
      prev.capitalized &&
      !prev.arabic &&
      /^[A-Z][a-z]{3,}$|^[a-z]+[A-Z]/.test(prev.text) &&
      justSpace(text, prev, t) &&
      !NOT_NAME_HEADS.has(prev.text) &&
      !EN_MONTHS.has(prev.lower) &&
      !readCurrencyBefore(tokens, i) &&
      !readUnitAfter(tokens, i + 1, 'en') &&
      countedNoun(tokens, i, 'en') < 0 &&
      !(next && EN_SCALE_WORDS.has(next.lower))
    )
      blocked[i] = 1;
    // "the N59", "the M4": a road or model named by a capital letter glued to its number.
    if (
      isDigits(t) &&
      prev?.kind === 'word' &&
      /^[A-Z]$/.test(prev.text) &&
      prev.end === t.start &&
      prev2?.lower === 'the' &&
      !(next && EN_SCALE_WORDS.has(next.lower))
    )
      blocked[i] = 1;
    // Clock times: "10 p.m.", "7am" (10:30 is ruled out with the other traps).
    if (
      isDigits(t) &&
      next &&
      (/^(am|pm)$/i.test(next.text) || (/^[ap]$/i.test(next.text) && tokens[i + 2]?.text === '.' && /^m$/i.test(tokens[i + 3]?.text ?? '')))
    )
      blocked[i] = 1;
    // Near a phone word: short groups to dial (116 123), or a number right after the word (الخط الساخن 111).
    if (i <= phoneUntil && isDigits(t)) {
      const grouped = (isDigits(next) && justSpace(text, t, next as Token)) || (isDigits(prev) && justSpace(text, prev as Token, t));
      const afterWord = prev?.kind === 'word' && (AR_PHONE_WORDS.has(prev.text) || EN_PHONE_WORDS.has(prev.lower));
      const afterOn = /^(on|at)$/.test(prev?.lower ?? '') && t.text.length >= 3;
      if (grouped || afterWord || afterOn) blocked[i] = 1;
    }
  }
}
