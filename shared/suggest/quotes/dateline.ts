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
  if (!opensParagraph || first.kind !== 'word') return sentence.first;
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
