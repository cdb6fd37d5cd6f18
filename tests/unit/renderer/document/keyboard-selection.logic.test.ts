import { describe, expect, it } from 'vitest';
import { adjustSpan, type Cursor, moveCursor } from '../../../../renderer/src/features/document/keyboard-selection.logic';
import { splitParagraphs } from '../../../../shared/text/paragraphs';

const text = 'وقال كريستوفر هالوران، المتحدث.\n\nوأضاف 😀 أن 75 موظفاً غادروا.';
const paragraphs = splitParagraphs(text);
const read = (c: Cursor | null) => (c ? text.slice(Math.min(c.anchor, c.focus), Math.max(c.anchor, c.focus)) : null);
const opts = (extend = false, exact = false) => ({ extend, exact, fallback: 0 });

describe('moveCursor', () => {
  it('selects word after word, and extends by words with Shift', () => {
    let c = moveCursor(text, paragraphs, null, 'word-forward', opts());
    expect(read(c)).toBe('وقال');
    c = moveCursor(text, paragraphs, c, 'word-forward', opts());
    expect(read(c)).toBe('كريستوفر');
    c = moveCursor(text, paragraphs, c, 'word-forward', opts(true));
    expect(read(c)).toBe('كريستوفر هالوران');
    c = moveCursor(text, paragraphs, c, 'word-backward', opts(true));
    expect(read(c)).toBe('كريستوفر');
    c = moveCursor(text, paragraphs, c, 'word-backward', opts(true)); // flips: keeps the first word
    expect(read(c)).toBe('وقال كريستوفر');
  });

  it('extends by single characters with Alt, stepping over an emoji whole', () => {
    const start = text.indexOf('😀') + 2;
    let c: Cursor | null = { anchor: start + 1, focus: start + 1 + 'أن'.length };
    c = moveCursor(text, paragraphs, { anchor: c.focus, focus: c.anchor }, 'word-backward', opts(true, true));
    c = moveCursor(text, paragraphs, c, 'word-backward', opts(true, true));
    expect(read(c)).toBe('😀 أن');
  });

  it('moves by paragraph and to a paragraph’s or the document’s ends', () => {
    let c = moveCursor(text, paragraphs, null, 'paragraph-forward', opts());
    expect(read(c)).toBe('وقال'); // nothing selected yet: starts where the view is
    c = moveCursor(text, paragraphs, c, 'paragraph-forward', opts());
    expect(read(c)).toBe('وأضاف');
    c = moveCursor(text, paragraphs, c, 'end', opts());
    expect(read(c)).toBe('غادروا');
    c = moveCursor(text, paragraphs, c, 'home', opts(true));
    expect(read(c)).toBe('وأضاف 😀 أن 75 موظفاً غادروا');
    expect(read(moveCursor(text, paragraphs, c, 'document-start', opts()))).toBe('وقال');
  });
});

describe('adjustSpan', () => {
  const name = { start: text.indexOf('كريستوفر'), end: text.indexOf('كريستوفر') + 'كريستوفر'.length };

  it('grows and shrinks either end by a word, or a character with Alt', () => {
    const grown = adjustSpan(text, name, 'end', true, false);
    expect(read(grown && { anchor: grown.start, focus: grown.end })).toBe('كريستوفر هالوران');
    const comma = adjustSpan(text, grown ?? name, 'end', true, true);
    expect(read(comma && { anchor: comma.start, focus: comma.end })).toBe('كريستوفر هالوران،');
    const earlier = adjustSpan(text, name, 'start', false, false);
    expect(read(earlier && { anchor: earlier.start, focus: earlier.end })).toBe('وقال كريستوفر');
  });

  it('never lets a span become empty', () => {
    expect(adjustSpan(text, name, 'end', false, false)).toBeNull();
    expect(adjustSpan(text, name, 'start', true, false)).toBeNull();
  });
});
