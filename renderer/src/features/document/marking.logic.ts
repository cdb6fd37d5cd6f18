import { exactRange, snapToWords } from '../../../../shared/text/words';

function trimBreaks(text: string, start: number, end: number) {
  let s = start;
  let e = end;
  while (s < e && text[s] === '\n') s++;
  while (e > s && text[e - 1] === '\n') e--;
  return exactRange(text, s, e);
}

/** What Q, S or F would mark for a selection: whole words, or exactly the characters with Alt. */
export function rangeToMark(text: string, selection: { start: number; end: number; exact: boolean }) {
  return selection.exact ? trimBreaks(text, selection.start, selection.end) : snapToWords(text, selection.start, selection.end);
}
