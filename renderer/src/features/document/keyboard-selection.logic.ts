/**
 * Selecting text from the keyboard in a read-only pane. Plain arrows select the next or
 * previous word; Shift extends by words, Shift+Alt by single characters (graphemes);
 * Up/Down go by paragraph, Home/End to a paragraph's ends, Ctrl+Home/End to the document's.
 * Directions here are logical
 * (forward = later in the text); the pane maps arrow keys through the paragraph's direction.
 */
import type { Paragraph } from '../../../../shared/text/paragraphs';
import { rangeIndexAt } from '../../../../shared/text/segments';
import { stepGrapheme, wordAfter, wordBefore, wordsIn } from '../../../../shared/text/words';

export interface Cursor {
  anchor: number;
  focus: number;
}

export type Motion =
  'word-forward' | 'word-backward' | 'paragraph-forward' | 'paragraph-backward' | 'home' | 'end' | 'document-start' | 'document-end';

export interface MotionOptions {
  extend: boolean;
  /** Characters instead of words (Alt). */
  exact: boolean;
  /** Where to start when nothing is selected yet (e.g. the first visible paragraph). */
  fallback: number;
}

function selectWord(word: { start: number; end: number } | null, backward: boolean): Cursor | null {
  if (!word) return null;
  return backward ? { anchor: word.end, focus: word.start } : { anchor: word.start, focus: word.end };
}

function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number {
  return rangeIndexAt(paragraphs, offset);
}

function firstWord(text: string, p: Paragraph | undefined) {
  return p ? (wordsIn(text, p.start, p.end)[0] ?? null) : null;
}

function lastWord(text: string, p: Paragraph | undefined) {
  return p ? (wordsIn(text, p.start, p.end).at(-1) ?? null) : null;
}

/** The start of the first word that starts after `pos`. */
function nextWordStart(text: string, pos: number): number | null {
  let word = wordAfter(text, pos);
  if (word && word.start <= pos) word = wordAfter(text, word.end);
  return word?.start ?? null;
}

/** The end of the last word that ends before `pos`. */
function previousWordEnd(text: string, pos: number): number | null {
  let word = wordBefore(text, pos);
  if (word && word.end >= pos) word = wordBefore(text, word.start);
  return word?.end ?? null;
}

function extendByWord(text: string, c: Cursor, forward: boolean): Cursor {
  const growing = forward ? c.focus >= c.anchor : c.focus <= c.anchor;
  if (growing) {
    const word = forward ? wordAfter(text, c.focus) : wordBefore(text, c.focus);
    if (!word) return c;
    return { anchor: c.anchor, focus: forward ? word.end : word.start };
  }
  // Shrinking toward the anchor: stop short of it, then flip so the anchor's word stays selected.
  const target = forward ? nextWordStart(text, c.focus) : previousWordEnd(text, c.focus);
  if (target !== null && (forward ? target < c.anchor : target > c.anchor)) return { anchor: c.anchor, focus: target };
  const anchorWord = forward ? wordBefore(text, c.anchor) : wordAfter(text, c.anchor);
  const flippedAnchor = anchorWord ? (forward ? anchorWord.start : anchorWord.end) : c.anchor;
  const beyond = forward ? wordAfter(text, c.anchor) : wordBefore(text, c.anchor);
  return { anchor: flippedAnchor, focus: beyond ? (forward ? beyond.end : beyond.start) : c.anchor };
}

function extendByGrapheme(text: string, c: Cursor, forward: boolean): Cursor {
  let focus = stepGrapheme(text, c.focus, forward);
  if (focus === c.anchor) focus = stepGrapheme(text, focus, forward);
  return focus === c.anchor ? c : { anchor: c.anchor, focus };
}

export function moveCursor(
  text: string,
  paragraphs: readonly Paragraph[],
  current: Cursor | null,
  motion: Motion,
  options: MotionOptions,
): Cursor | null {
  if (paragraphs.length === 0) return null;
  if (motion === 'document-start' || motion === 'document-end') {
    const p = motion === 'document-start' ? paragraphs[0] : paragraphs.at(-1);
    if (current && options.extend) {
      const focus = motion === 'document-start' ? (p as Paragraph).start : (p as Paragraph).end;
      return focus === current.anchor ? current : { anchor: current.anchor, focus };
    }
    return motion === 'document-start' ? selectWord(firstWord(text, p), false) : selectWord(lastWord(text, p), true);
  }
  const forward = motion === 'word-forward' || motion === 'paragraph-forward' || motion === 'end';
  if (current && options.extend) {
    if (motion === 'word-forward' || motion === 'word-backward') {
      return options.exact ? extendByGrapheme(text, current, forward) : extendByWord(text, current, forward);
    }
    const i = paragraphAt(paragraphs, current.focus);
    const p = paragraphs[i] as Paragraph;
    let focus: number;
    if (motion === 'home') focus = p.start;
    else if (motion === 'end') focus = p.end;
    else if (motion === 'paragraph-forward') focus = current.focus < p.end ? p.end : (paragraphs[i + 1]?.end ?? p.end);
    else focus = current.focus > p.start ? p.start : (paragraphs[i - 1]?.start ?? p.start);
    return focus === current.anchor ? current : { anchor: current.anchor, focus };
  }
  const lo = current ? Math.min(current.anchor, current.focus) : options.fallback;
  const hi = current ? Math.max(current.anchor, current.focus) : options.fallback;
  const here = paragraphAt(paragraphs, current ? current.focus : options.fallback);
  switch (motion) {
    case 'word-forward':
      return selectWord(wordAfter(text, hi), false) ?? current;
    case 'word-backward':
      return selectWord(current ? wordBefore(text, lo) : wordAfter(text, lo), true) ?? current;
    case 'paragraph-forward':
      return selectWord(firstWord(text, paragraphs[current ? here + 1 : here]), false) ?? current;
    case 'paragraph-backward':
      return selectWord(firstWord(text, paragraphs[current ? here - 1 : here]), false) ?? current;
    case 'home':
      return selectWord(firstWord(text, paragraphs[here]), false) ?? current;
    case 'end':
      return selectWord(lastWord(text, paragraphs[here]), true) ?? current;
  }
}

/**
 * Moves one edge of an annotation's span by a word (or, exact, by a character), never
 * letting the span become empty. Returns null when the edge cannot move that way.
 */
export function adjustSpan(
  text: string,
  span: { start: number; end: number },
  edge: 'start' | 'end',
  forward: boolean,
  exact: boolean,
): { start: number; end: number } | null {
  let { start, end } = span;
  if (edge === 'end') {
    if (exact) end = stepGrapheme(text, end, forward);
    else end = forward ? (wordAfter(text, end)?.end ?? end) : (previousWordEnd(text, end) ?? end);
    if (end <= start) return null;
  } else {
    if (exact) start = stepGrapheme(text, start, forward);
    else start = forward ? (nextWordStart(text, start) ?? start) : (wordBefore(text, start)?.start ?? start);
    if (start >= end) return null;
  }
  return start === span.start && end === span.end ? null : { start, end };
}
