import { describe, expect, it } from 'vitest';
import { cursorToMoveFrom, motionForKey, nextUnderPointer } from '../../../../renderer/src/features/document/source-pane.logic';

describe('keys in the source text', () => {
  it('moves by words along the paragraph’s direction: in Arabic → goes back a word', () => {
    expect(motionForKey('ArrowRight', true, false)).toBe('word-backward');
    expect(motionForKey('ArrowLeft', true, false)).toBe('word-forward');
    expect(motionForKey('ArrowRight', false, false)).toBe('word-forward');
    expect(motionForKey('ArrowDown', true, false)).toBe('paragraph-forward');
  });

  it('goes to the paragraph’s ends with Home and End, the document’s with Ctrl; other keys do nothing', () => {
    expect([motionForKey('Home', false, false), motionForKey('End', false, true)]).toEqual(['home', 'document-end']);
    expect(motionForKey('KeyQ', false, false)).toBeUndefined();
  });

  it('moves from the live selection keeping its moving end, else the selected annotation, else the last caret', () => {
    expect(cursorToMoveFrom({ start: 4, end: 9, backward: true }, { start: 20, end: 30 }, 2)).toEqual({ anchor: 9, focus: 4 });
    expect(cursorToMoveFrom({ start: 4, end: 4, backward: false }, { start: 20, end: 30 }, 2)).toEqual({ anchor: 20, focus: 30 });
    expect(cursorToMoveFrom(null, null, 2)).toEqual({ anchor: 2, focus: 2 });
    expect(cursorToMoveFrom(null, null, null)).toBeNull();
  });
});

describe('clicking overlapping highlights', () => {
  const chain = [{ id: 'speaker' }, { id: 'quote' }];

  it('selects the innermost first, then steps outward on each click, and round again', () => {
    expect(nextUnderPointer(chain, null)?.id).toBe('speaker');
    expect(nextUnderPointer(chain, 'speaker')?.id).toBe('quote');
    expect(nextUnderPointer(chain, 'quote')?.id).toBe('speaker');
    expect(nextUnderPointer(chain, 'elsewhere')?.id).toBe('speaker');
    expect(nextUnderPointer([], null)).toBeNull();
  });
});
