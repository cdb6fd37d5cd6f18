import { describe, expect, it } from 'vitest';
import { SEGMENT_CHUNK, diffTexts, tokens } from '../../../shared/versions/text-diff';

/**
 * The word tokens are cut from long texts piece by piece (Intl.Segmenter slows down with the
 * length of what it walks); the pieces must give exactly the words the whole text gives.
 */
const PIECES = [
  'قال وزير الصحة إن 25 شخصا قتلوا في القصف. ',
  'The minister said 1,250 people were hurt; ',
  'مُدَرِّسَةٌ \u064Eكسرة بعد مسافة ',
  'emoji 👩🏽‍⚕️ and flags 🇸🇾🇵🇸 ',
  'zero\u200Bwidth and \uFEFFbom ',
  '\n\n',
  'e\u0301t\u0301e\u0301 ',
  'don’t stop-words ',
  '٢٠٢٤ ',
  '   ',
];

function article(seed: number, length: number): string {
  let x = seed;
  let text = '';
  while (text.length < length) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    text += PIECES[x % PIECES.length];
  }
  return text;
}

describe('word tokens of a long article', () => {
  it('are the same cut in pieces as walked whole, and rebuild the text', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const text = article(seed, SEGMENT_CHUNK * 6);
      const pieces = tokens(text);
      expect(pieces).toEqual(tokens(text, 'und', Number.POSITIVE_INFINITY));
      expect(pieces.join('')).toBe(text);
    }
  });

  it('never cut where the rules join a character to the one before it (a mark after a space, a letter after U+FEFF)', () => {
    const run = 'ا'.repeat(SEGMENT_CHUNK - 1);
    for (const text of [`${run} \u064Eكسرة بعد`, `${run}ب\uFEFFword more`, `${run}b\uFEFF\u0301c next`]) {
      expect(tokens(text)).toEqual(tokens(text, 'und', Number.POSITIVE_INFINITY));
    }
  });

  it('cut a text with no place to cut (one long run of letters) in one piece, still whole', () => {
    const text = 'ا'.repeat(SEGMENT_CHUNK * 3);
    expect(tokens(text)).toEqual([text]);
  });

  it('diff a 200 KB article with one changed figure into that one change', () => {
    const before = article(9, 200_000);
    const at = before.indexOf('25');
    const after = `${before.slice(0, at)}27${before.slice(at + 2)}`;
    const changed = diffTexts(before, after).filter((p) => p.kind !== 'same');
    expect(changed.map((p) => [p.kind, p.text, p.oldStart, p.newStart])).toEqual([
      ['removed', '25 ', at, at],
      ['added', '27 ', at + 3, at],
    ]);
  });
});
