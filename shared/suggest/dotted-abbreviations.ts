import type { Token } from './tokens';

/**
 * Abbreviations written with inner stops (a.m., p.m., e.g., i.e.). Their stops end no sentence:
 * "crews had checked every home by 3 a.m. Monday" is one sentence, so a reported clause holding a
 * time runs on to its real end instead of stopping at "by 3 a". The tokenizer reads "a.m." as
 * a · . · m · ., so the stops are recognised from the letters glued around them.
 */

const latinLetter = (t: Token | undefined) => !!t && t.kind === 'word' && !t.arabic && t.text.length === 1;
/** Words that go on after a time of day: "3 a.m. Monday", "9 p.m. EST", "6 a.m. local time". */
const AFTER_TIME = new Set(
  'monday tuesday wednesday thursday friday saturday sunday est edt cst cdt pst pdt gmt bst cet utc ist pkt eat wat sast aest aedt nzst nzdt'.split(
    ' ',
  ),
);

/** The stop at token i sits inside a dotted abbreviation, between two single letters: the first stop of "a.m.". */
export function innerAbbreviationStop(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const stop = tokens[i] as Token;
  return latinLetter(prev) && latinLetter(next) && prev!.end === stop.start && next!.start === stop.end;
}

/** The stop at token i closes "a.m." / "p.m." and the sentence goes on with a weekday or a time zone. */
export function timeOfDayGoesOn(tokens: Token[], i: number): boolean {
  const m = tokens[i - 1];
  const next = tokens[i + 1];
  if (!m || !/^[m]$/i.test(m.text) || tokens[i - 2]?.text !== '.' || !/^[ap]$/i.test(tokens[i - 3]?.text ?? '')) return false;
  return !!next && next.kind === 'word' && AFTER_TIME.has(next.lower);
}

/**
 * Where a trimmed span should end when the text before `end` is a dotted abbreviation whose last
 * stop the trimming took off ("by 11 a.m" → "by 11 a.m."): the stop is part of the word. Latin only:
 * the development sets' writers leave the last stop of an Arabic «ج.م.» outside.
 */
export function withAbbreviationStop(text: string, end: number): number {
  return text[end] === '.' && /(?:^|[^\p{L}])[A-Za-z]\.[A-Za-z]$/u.test(text.slice(Math.max(0, end - 4), end)) ? end + 1 : end;
}
