import { type ErrorMessageId, englishText } from '../error-text';
import type { ErrorValues } from '../errors';
/** How many characters of context are kept on each side of a span. */
export const CONTEXT_CHARS = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when a UTF-16 offset falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Converts a UTF-16 offset into a Unicode code-point offset (what Python's str indexing uses). */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  let codePoints = 0;
  for (let i = 0; i < utf16Offset && i < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) && i + 1 < utf16Offset) i++;
    codePoints++;
  }
  return codePoints;
}

/** Converts a code-point offset back into UTF-16 code units. */
export function fromCodePointOffset(text: string, codePointOffset: number): number {
  let i = 0;
  for (let cp = 0; cp < codePointOffset && i < text.length; cp++) {
    i += isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

/** A high surrogate followed by a low one: one astral character (emoji, rare CJK). */
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * Builds a converter for many offsets into the same text, so exporting thousands of
 * annotations stays linear instead of rescanning the text for each one.
 */
export function codePointMapper(text: string): (utf16Offset: number) => number {
  // The regex engine finds the pairs (none, in most Arabic and English articles) without a
  // JavaScript step per character: the card list builds this mapper as a document opens,
  // in code not yet warmed up, where the loop over 200 KB took a few milliseconds.
  const astralStarts: number[] = [];
  for (const pair of text.matchAll(SURROGATE_PAIR)) astralStarts.push(pair.index);
  return (offset) => {
    // Count astral characters that end at or before `offset`.
    let lo = 0;
    let hi = astralStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((astralStarts[mid] as number) + 2 <= offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}

export interface SpanProblem {
  field: 'start' | 'end' | 'text';
  /** English; `messageId` and `values` say it in the reader's language (errorAt, codedError). */
  message: string;
  messageId: ErrorMessageId;
  values?: ErrorValues;
}

function problem(field: SpanProblem['field'], id: ErrorMessageId, values?: ErrorValues): SpanProblem {
  return { field, message: englishText(id, values), messageId: id, ...(values ? { values } : {}) };
}

/** Checks that [start, end) is a real, non-empty span of `text` that reads `expected`. */
export function checkSpan(text: string, start: number, end: number, expected?: string): SpanProblem | null {
  if (!Number.isInteger(start) || start < 0) return problem('start', 'errors.span.start');
  if (!Number.isInteger(end) || end > text.length) return problem('end', 'errors.span.endPastText', { length: text.length });
  if (end <= start) return problem('end', 'errors.span.endBeforeStart');
  if (splitsSurrogatePair(text, start)) return problem('start', 'errors.span.startSplits');
  if (splitsSurrogatePair(text, end)) return problem('end', 'errors.span.endSplits');
  if (expected !== undefined && text.slice(start, end) !== expected) {
    return problem('text', 'errors.span.textMismatch', { start, end, expected: JSON.stringify(text.slice(start, end).slice(0, 80)) });
  }
  return null;
}

/** Context kept beside a span so it can be re-anchored and read outside Isnad. */
export function spanContext(text: string, start: number, end: number, chars = CONTEXT_CHARS) {
  let from = Math.max(0, start - chars);
  if (splitsSurrogatePair(text, from)) from--;
  let to = Math.min(text.length, end + chars);
  if (splitsSurrogatePair(text, to)) to++;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}
