import type { AnnotationType } from '../../../../shared/domain/annotation';
import { reportInfo } from '../../app/notices';
import { exactRange, snapToWords } from '../../../../shared/text/words';
import { createAnnotation, useSession } from './document.store';

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

/** Marks the selected text as a quote, speaker or figure (keys Q, S, F and the buttons). */
export function markSelection(type: AnnotationType): string | null {
  const { doc, textSelection } = useSession.getState();
  if (!doc) return null;
  if (!textSelection) {
    reportInfo('Select some text first', 'Select words in the text (mouse, or arrow keys in the text), then press Q, S or F.');
    return null;
  }
  const range = rangeToMark(doc.text, textSelection);
  if (!range) {
    reportInfo('Nothing to mark', 'The selection holds only white space.');
    return null;
  }
  const id = createAnnotation(type, range.start, range.end);
  if (id) window.getSelection()?.removeAllRanges();
  return id;
}
