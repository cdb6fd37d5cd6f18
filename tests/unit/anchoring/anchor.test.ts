import { describe, expect, it } from 'vitest';
import { anchorSelector } from '../../../shared/anchoring/anchor';
import { matchQuote } from '../../../shared/anchoring/match-quote';
import { splitsSurrogatePair } from '../../../shared/text/offsets';

const TEXT = 'قال الوزير خالد العمري إن «الوضع تحت السيطرة» صباح الأحد. وأكد العمري أن الوضع تحت السيطرة تماماً 🎉.';

describe('anchoring a recorded quote onto a text', () => {
  it('uses the recorded position when the quote is still there', () => {
    const start = TEXT.indexOf('«الوضع');
    const anchor = anchorSelector(TEXT, { exact: '«الوضع تحت السيطرة»', prefix: '', suffix: '', start });
    expect(anchor).toMatchObject({ start, end: start + '«الوضع تحت السيطرة»'.length, method: 'position' });
  });

  it('falls back to the exact quote, choosing the occurrence whose context agrees', () => {
    const second = TEXT.lastIndexOf('الوضع تحت السيطرة');
    const anchor = anchorSelector(TEXT, { exact: 'الوضع تحت السيطرة', prefix: 'وأكد العمري أن ', suffix: ' تماماً', start: 3 });
    expect(anchor).toMatchObject({ start: second, method: 'quote' });
  });

  it('finds an edited quote approximately, and reports it as fuzzy', () => {
    const edited = TEXT.replace('«الوضع تحت السيطرة»', '«الأوضاع تحت السيطرة»');
    const anchor = anchorSelector(edited, { exact: '«الوضع تحت السيطرة»', prefix: 'العمري إن ', suffix: ' صباح', start: 0 });
    expect(anchor?.method).toBe('fuzzy');
    expect(edited.slice(anchor?.start, anchor?.end)).toBe('«الأوضاع تحت السيطرة»');
  });

  it('places nothing when the quote is gone, rather than guessing', () => {
    expect(anchorSelector(TEXT, { exact: 'the minister resigned on Monday', prefix: '', suffix: '' })).toBeNull();
  });

  it('never splits an emoji when matching approximately', () => {
    const match = matchQuote(TEXT, 'تماماً 🎉!', {});
    expect(match).not.toBeNull();
    expect(splitsSurrogatePair(TEXT, match?.start as number)).toBe(false);
    expect(splitsSurrogatePair(TEXT, match?.end as number)).toBe(false);
    expect(TEXT.slice(match?.start, match?.end)).toContain('🎉');
  });
});
