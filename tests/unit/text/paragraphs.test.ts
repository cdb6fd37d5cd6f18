import { describe, expect, it } from 'vitest';
import { regionsPerParagraph } from '../../../renderer/src/features/document/regions.logic';
import { MAX_BLOCK, layoutBlocks, splitParagraphs } from '../../../shared/text/paragraphs';

const SENTENCE = 'قال المتحدث باسم الوزارة إن المفاوضات مستمرة منذ أسابيع. ';

describe('layoutBlocks', () => {
  it('keeps ordinary paragraphs exactly as splitParagraphs gives them', () => {
    const text = 'أول فقرة.\n\nSecond paragraph.\nثالثة';
    expect(layoutBlocks(text)).toEqual(splitParagraphs(text));
  });

  it('cuts a line without breaks into pieces that cover it exactly, each after a sentence', () => {
    const line = SENTENCE.repeat(200).trim(); // ~12 K characters, no line break
    const text = `عنوان\n${line}\nخاتمة`;
    const blocks = layoutBlocks(text);
    const pieces = blocks.filter((b) => b.dir);
    expect(pieces.length).toBeGreaterThan(Math.floor(line.length / MAX_BLOCK));
    expect(pieces.every((b) => b.end - b.start <= MAX_BLOCK)).toBe(true);
    expect(pieces.map((b) => text.slice(b.start, b.end)).join('')).toBe(line);
    for (const b of pieces.slice(0, -1)) expect(text.slice(b.start, b.end)).toMatch(/\. $/u);
    expect(pieces.map((b) => b.continued)).toEqual([false, ...pieces.slice(1).map(() => true)]);
    expect(blocks.map((b) => b.index)).toEqual(blocks.map((_, i) => i));
    expect(text.slice(blocks.at(-1)!.start, blocks.at(-1)!.end)).toBe('خاتمة');
  });

  it('gives every piece the direction of its line, also a piece that opens with a Latin name', () => {
    const line = `${'كلمة '.repeat(290)}John Smith ${'كلمة '.repeat(300)}`;
    const pieces = layoutBlocks(line, 1500);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.dir === 'rtl')).toBe(true);
  });

  it('cuts a line with no space at all without splitting an emoji', () => {
    const line = '😀'.repeat(1000); // 2,000 code units, no space
    const pieces = layoutBlocks(line, 999);
    expect(pieces.map((p) => line.slice(p.start, p.end)).join('')).toBe(line);
    for (const p of pieces) expect(line.slice(p.start, p.end)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u);
  });

  it('never cuts a letter from its vowel marks when a long run has no space', () => {
    const line = 'بِّ'.repeat(700); // letter, kasra, shadda: 2,100 code units, no space
    const pieces = layoutBlocks(line, 1000);
    expect(pieces.map((p) => line.slice(p.start, p.end)).join('')).toBe(line);
    for (const p of pieces) expect(line[p.start]).toBe('ب');
  });

  it('cuts a line where a boilerplate region starts inside it, so only the region’s part is shaded', () => {
    const text = 'وقال المتحدث إن الهدنة صامدة. اقرأ أيضاً: خبر آخر عن الهدنة\nفقرة ثانية';
    const cut = text.indexOf('اقرأ');
    const blocks = layoutBlocks(text, MAX_BLOCK, [cut, text.indexOf('\n'), 0]);
    expect(blocks.map((b) => [text.slice(b.start, b.end), b.dir, b.continued])).toEqual([
      ['وقال المتحدث إن الهدنة صامدة. ', 'rtl', false],
      ['اقرأ أيضاً: خبر آخر عن الهدنة', 'rtl', true],
      ['فقرة ثانية', undefined, undefined],
    ]);
    const shaded = regionsPerParagraph(blocks, [
      { id: 'r', start: cut, end: text.indexOf('\n'), kind: 'read-also', label: '', excluded: true },
    ]);
    expect(shaded.map((r) => r?.region.id ?? null)).toEqual([null, 'r', null]);
  });
});
