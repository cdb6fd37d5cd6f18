import type { Analysis, Sentence } from '../types';
import type { Token } from '../tokens';

const DASHES = new Set(['—', '–', '-']);
const MAX_DATELINE_TOKENS = 16;

/**
 * The first token after a dateline that opens a paragraph: "KYIV, Ukraine (AP) — …",
 * "DUBAI, United Arab Emirates — …", "بيروت، 14 كانون الثاني/يناير 2025 (وكالة الأنباء) - …",
 * "الرباط – …", "KARACHI: …". A dateline is not part of the reported content before a postposed cue.
 * Returns `sentence.first` when there is none.
 */
export function afterDateline(a: Analysis, sentence: Sentence): number {
  const tokens = a.tokens;
  const first = tokens[sentence.first] as Token;
  const opensParagraph = sentence.first === 0 || (tokens[sentence.first - 1] as Token).kind === 'newline';
  if (!opensParagraph) return sentence.first;
  const stamped = afterTimeStamp(tokens, sentence.first, sentence.last);
  if (stamped > sentence.first) return stamped;
  if (first.kind !== 'word') return sentence.first;
  const agency = afterAgencyDateline(tokens, sentence.first, sentence.last);
  if (agency > sentence.first) return agency;
  const capsCity = !first.arabic && first.text.length >= 3 && first.text === first.text.toUpperCase();
  for (let k = sentence.first + 1; k <= sentence.last && k - sentence.first < MAX_DATELINE_TOKENS; k++) {
    const t = tokens[k] as Token;
    // "KARACHI: The State Bank …" (a colon is an Arabic speaker's cue, so only a city in capitals).
    if (t.text === ':' && capsCity && tokens.slice(sentence.first, k).every((x) => x.kind !== 'word' || x.text === x.text.toUpperCase()))
      return k + 1;
    if (!DASHES.has(t.text)) continue;
    // A dash between spaces, not inside a word (al-Sisi) or a range (2019-2023).
    const spaced = a.text[t.start - 1] === ' ' && a.text[t.end] === ' ';
    if (!spaced) continue;
    const words = tokens.slice(sentence.first, k).filter((x) => x.kind === 'word');
    const arabicPlace =
      first.arabic && (words.length <= 3 || tokens.slice(sentence.first, k).some((x) => x.text === '(' || x.text === '،'));
    return capsCity || arabicPlace ? k + 1 : sentence.first;
  }
  return sentence.first;
}

/** Separators after a live blog's time stamp: "11:00 — …", "17:30 | …". */
const STAMP_SEPARATORS = new Set(['—', '–', '-', '|', ':']);

/**
 * A live blog's entry opening with its time: "11:00 — Sharjah Municipality has deployed …, a
 * spokesperson said", «17:30 | …». The time is the entry's, not part of what was reported.
 */
function afterTimeStamp(tokens: Token[], first: number, last: number): number {
  const hour = tokens[first];
  const colon = tokens[first + 1];
  const minutes = tokens[first + 2];
  if (hour?.kind !== 'number' || colon?.text !== ':' || minutes?.kind !== 'number' || !/^\d\d$/.test(minutes.text)) return first;
  let k = first + 3;
  // "7:05 p.m. — …": the a.m. or p.m. after the time.
  if (/^[ap]$/i.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '.' && /^m$/i.test(tokens[k + 2]?.text ?? ''))
    k += tokens[k + 3]?.text === '.' ? 4 : 3;
  if (STAMP_SEPARATORS.has(tokens[k]?.text ?? '')) k++;
  return k <= last ? k : first;
}

/**
 * A wire dateline with the agency in brackets and no dash: "Shimla, Aug 14 (PTI) At least five …".
 * A place, a comma, a date ending in its day, then one word in brackets right before the report.
 */
function afterAgencyDateline(tokens: Token[], first: number, last: number): number {
  for (let k = first + 2; k <= last && k - first < 10; k++) {
    if (tokens[k]?.text !== '(' || tokens[k - 1]?.kind !== 'number' || tokens[k + 2]?.text !== ')') continue;
    const agency = tokens[k + 1];
    if (!agency?.capitalized || tokens[first + 1]?.text !== ',') return first;
    let after = k + 3;
    if (DASHES.has(tokens[after]?.text ?? '')) after++;
    return after <= last && tokens[after]?.kind === 'word' && tokens[after]?.capitalized ? after : first;
  }
  return first;
}
