import { describe, expect, it } from 'vitest';
import {
  checkSpan,
  codePointMapper,
  fromCodePointOffset,
  spanContext,
  splitsSurrogatePair,
  toCodePointOffset,
} from '../../../shared/text/offsets';

const EMOJI_TEXT = 'a😀b👍🏽c';

describe('code-point offsets', () => {
  it('counts an emoji as one code point but two UTF-16 units', () => {
    const utf16 = EMOJI_TEXT.indexOf('b');
    expect(utf16).toBe(3);
    expect(toCodePointOffset(EMOJI_TEXT, utf16)).toBe(2);
    expect([...EMOJI_TEXT].slice(0, 2).join('')).toBe('a😀');
  });

  it('round-trips every boundary of a text with emoji and skin tones', () => {
    for (let cp = 0; cp <= [...EMOJI_TEXT].length; cp++) {
      const u = fromCodePointOffset(EMOJI_TEXT, cp);
      expect(toCodePointOffset(EMOJI_TEXT, u)).toBe(cp);
    }
  });

  it('the batch mapper agrees with the one-off conversion at every offset', () => {
    const text = `سلام 😀 world 🇵🇸 ${EMOJI_TEXT} end`;
    const map = codePointMapper(text);
    for (let i = 0; i <= text.length; i++) {
      if (splitsSurrogatePair(text, i)) continue;
      expect(map(i)).toBe(toCodePointOffset(text, i));
    }
  });

  it('the batch mapper counts only whole pairs where surrogates stand alone or doubled (damaged text)', () => {
    const text = `a\uD800b\uDC00c\uD83D\uD83D\uDE00d\uDE00\uD83Ce😀`;
    const map = codePointMapper(text);
    for (let i = 0; i <= text.length; i++) {
      if (splitsSurrogatePair(text, i)) continue;
      expect(map(i)).toBe(toCodePointOffset(text, i));
    }
    expect(map(text.length)).toBe(text.length - 2);
  });

  it('leaves pure BMP text (Arabic) unchanged', () => {
    const text = 'قال المتحدث';
    expect(toCodePointOffset(text, 5)).toBe(5);
    expect(codePointMapper(text)(7)).toBe(7);
  });
});

describe('checkSpan', () => {
  const text = 'قال 😀 المدير';

  it('accepts a span whose text matches', () => {
    const start = text.indexOf('المدير');
    expect(checkSpan(text, start, start + 6, 'المدير')).toBeNull();
  });

  it('names the field at fault', () => {
    expect(checkSpan(text, -1, 2)?.field).toBe('start');
    expect(checkSpan(text, 0, text.length + 1)?.field).toBe('end');
    expect(checkSpan(text, 3, 3)?.field).toBe('end');
    expect(checkSpan(text, 0, 3, 'xyz')?.field).toBe('text');
  });

  it('refuses a span that cuts an emoji in half', () => {
    const inside = text.indexOf('😀') + 1;
    expect(checkSpan(text, inside, inside + 3)?.message).toMatch(/surrogate/);
    expect(checkSpan(text, 0, inside)?.field).toBe('end');
  });
});

describe('spanContext', () => {
  it('keeps up to 32 characters each side', () => {
    const text = `${'x'.repeat(50)}TARGET${'y'.repeat(50)}`;
    const { prefix, suffix } = spanContext(text, 50, 56);
    expect(prefix).toBe('x'.repeat(32));
    expect(suffix).toBe('y'.repeat(32));
  });

  it('never starts the context in the middle of an emoji', () => {
    const text = `😀${'a'.repeat(31)}B`;
    const start = text.indexOf('B');
    const { prefix } = spanContext(text, start, start + 1);
    expect(prefix.startsWith('😀')).toBe(true);
  });
});
