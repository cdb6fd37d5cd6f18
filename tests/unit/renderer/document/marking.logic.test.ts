import { describe, expect, it } from 'vitest';
import { rangeToMark } from '../../../../renderer/src/features/document/marking.logic';

const text = 'قال المتحدث باسم الخارجية\nإن العلاقات مستمرة منذ ٧٥ عامًا';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('what Q, S and F mark for a selection', () => {
  it('widens a selection that cuts words to the whole words', () => {
    const cut = { start: text.indexOf('تحدث'), end: text.indexOf('باسم') + 2, exact: false };
    expect(rangeToMark(text, cut)).toEqual(at('المتحدث باسم'));
  });

  it('with Alt keeps exactly the characters, minus line breaks at its ends', () => {
    const from = text.indexOf('ية\n');
    expect(rangeToMark(text, { start: from, end: text.indexOf('إن') + 1, exact: true })).toEqual({
      start: from,
      end: text.indexOf('إن') + 1,
    });
    expect(rangeToMark(text, { start: text.indexOf('\n'), end: text.indexOf('إن') + 2, exact: true })).toEqual(at('إن'));
  });

  it('marks nothing for a selection of white space alone', () => {
    const gap = text.indexOf(' ');
    expect(rangeToMark(text, { start: gap, end: gap + 1, exact: false })).toBeNull();
    expect(rangeToMark(text, { start: text.indexOf('\n'), end: text.indexOf('\n') + 1, exact: true })).toBeNull();
  });
});
