/**
 * The Arabic subject written before its verb, and the postposed cue (…»، قال المتحدث): a verb after the
 * words it reports, whose subject must end the sentence, or follow a quotation with none written at all.
 */
import { AR_PP_HEADS, AR_TIME_WORDS, AR_VERB_PARTICLES } from '../lexicon/ar';
import { type KnownNames, parseArabicPreverbalSubject } from '../speakers/arabic-subject';
import type { Analysis, SpeakerPhrase } from '../types';
import { tokenIndexAt } from '../ranges';
import type { Token } from '../tokens';
import { mannerAfterName } from '../speakers/arabic-words';
import { APPOSITIVE_OPENERS, CONTRASTS, circumstanceAt, gluedPreposition, preverbalStart } from './cue-words-ar';

/**
 * Whether the phrase from `offset` to the sentence's last token `last` is short enough to end a sentence
 * after a postposed cue: a manner or a short phrase (…، قال المتحدث لوكالة الأنباء), not an object.
 */
export function endsSentence(a: Analysis, known: KnownNames, offset: number, last: number): boolean {
  const tokens = a.tokens;
  let k = tokenIndexAt(tokens, offset);
  let n = 0;
  const first = tokens[k];
  // (Or how it was said: «…»، يقول محمد بصوت منخفض.)
  if (circumstanceAt(tokens, k) || (first?.kind === 'word' && mannerAfterName(first.text, known))) return true;
  if (first && first.kind === 'word' && !AR_PP_HEADS.has(first.text) && !AR_TIME_WORDS.has(first.text) && !gluedPreposition(first.text))
    return false;
  for (; k <= last; k++) {
    const t = tokens[k] as Token;
    const comma = t.text === '،' || t.text === ',';
    // "«…»، يقول أبو خالد، وهو بائع، «…»": an appositive about the speaker, then the rest of a split quotation.
    if (comma && APPOSITIVE_OPENERS.has(tokens[k + 1]?.text ?? '')) {
      let e = k + 1;
      while (e <= last && tokens[e]?.text !== '،' && tokens[e]?.text !== ',' && e - k < 14) e++;
      k = e - 1;
      continue;
    }
    const span = comma ? a.markedByStart.get(tokens[k + 1]?.start ?? -1) : undefined;
    if (span) {
      while (k + 1 <= last && (tokens[k + 1] as Token).start < span.end) k++;
      continue;
    }
    if (t.kind === 'word') n++;
  }
  return n <= 8;
}

/**
 * The subject before the verb at `verb`: from the sentence start, or after a comma and a contrast
 * (…، لكن منتقدين يرون أن …).
 */
export function preverbal(a: Analysis, known: KnownNames, sentenceFirst: number, verb: number): SpeakerPhrase | null {
  const tokens = a.tokens;
  let from = sentenceFirst;
  // "…، لكن منتقدين يرون أن …": after a comma and a contrast, a new subject before its verb.
  let comma = verb - 1;
  // (Up to eight words before the verb: a described source may run long, لكن طبيباً في مستشفى المدينة التعليمي قال.)
  while (comma > sentenceFirst && verb - comma <= 9 && tokens[comma]?.text !== '،' && tokens[comma]?.text !== ',') comma--;
  const contrast = comma > sentenceFirst && verb - comma <= 9 && CONTRASTS.has(tokens[comma + 1]?.text ?? '');
  if (contrast) from = comma + 2;
  from = preverbalStart(tokens, from, verb);
  while (from < verb && AR_VERB_PARTICLES.has((tokens[from] as Token).text)) from++;
  const subject = parseArabicPreverbalSubject(a, from, verb, known);
  // An indefinite plural introduced by the contrast (منتقدين، خبراء) is a group, not a name.
  if (contrast && subject?.kind === 'name' && verb - from === 1 && /(ون|ين)$/.test((tokens[from] as Token).text)) {
    return { ...subject, kind: 'role', role: subject.name, name: null, plural: true, definite: false };
  }
  return subject;
}

/** Token index of the comma before a postposed cue (…، قال المتحدث). */
export function commaBefore(tokens: readonly Token[], i: number, first: number): number {
  let k = i - 1;
  while (k > first && (tokens[k] as Token).kind === 'word' && AR_VERB_PARTICLES.has((tokens[k] as Token).text)) k--;
  return tokens[k]?.text === '،' || tokens[k]?.text === ',' ? k : i;
}

/** A quotation ends right before the postposed cue at `i` (or its comma): «…»، قال. */
export function markedEndsBefore(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const k = commaBefore(tokens, i, 0);
  const before = tokens[k - 1] ?? tokens[i - 1];
  return !!before && a.markedByEnd.has(before.end);
}
