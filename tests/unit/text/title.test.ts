import { describe, expect, it } from 'vitest';
import { titleFromText } from '../../../shared/text/title';

describe('titleFromText', () => {
  it('takes the first non-blank line, trimmed', () => {
    expect(titleFromText('\n  \n  قال المتحدث باسم الخارجية  \nالنص')).toBe('قال المتحدث باسم الخارجية');
    expect(titleFromText('')).toBe('');
  });

  it('shortens a long line at a word boundary with an ellipsis, within the limit', () => {
    const line = 'أعلنت وزارة الصحة في غزة أن عدد القتلى ارتفع إلى أكثر من أربعين ألفاً منذ بداية الحرب في السابع من أكتوبر الماضي وفق بيان';
    const title = titleFromText(line);
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('…')).toBe(true);
    expect(line.startsWith(title.slice(0, -1))).toBe(true);
    expect(line[title.length - 1]).toBe(' '); // the cut fell between words
  });

  it('never cuts an emoji or a letter from its vowel marks', () => {
    const emoji = `${'a'.repeat(118)}👍🏽 more text`;
    const title = titleFromText(emoji);
    expect(title).toBe(`${'a'.repeat(118)}…`);
    expect(title).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
    const marks = `${'b'.repeat(117)}بِّ rest of the line`;
    expect(titleFromText(marks)).toBe(`${'b'.repeat(117)}…`);
  });
});
