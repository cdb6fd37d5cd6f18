import { describe, expect, it } from 'vitest';
import { TermDictionary, documentWords } from '../../../electron/services/search/positions';
import { compileQuery, matchLongText } from '../../../shared/search/match';
import { parseQuery } from '../../../shared/search/query';

/**
 * A document of 200 million characters, as a .docx holding one long run once made: folding
 * it whole threw "The encoded data was not valid for encoding utf-16le" (and kept 2 GB of
 * maps), and search stopped working for the whole corpus. Made cheaply: punctuation and
 * spaces (one byte per character in memory) with a few words, so memory stays near the
 * text's own 200 MB.
 */
const HUGE = 200_000_000;

function hugeText(): { text: string; at: number } {
  const filler = '. '.repeat(HUGE / 4);
  const needle = 'the armistice was signed';
  return { text: `${filler}\n${needle}\n${filler}`, at: filler.length + 1 };
}

describe('a document of 200 million characters', () => {
  it('is read into the index and its hits are found, at the right offsets', { timeout: 240_000 }, () => {
    const { text, at } = hugeText();
    expect(text.length).toBeGreaterThan(HUGE);
    const dictionary = new TermDictionary();
    const reading = documentWords(dictionary, 'A very long document', text);
    let step = reading.next();
    while (!step.done) step = reading.next();
    const { positions, titleWords } = step.value;
    const words = [...positions.subarray(titleWords + 1)].filter((id) => id !== 0);
    expect(words.map((id) => dictionary.toJSON()[id])).toEqual(['the', 'armistice', 'was', 'signed']);

    const match = matchLongText(text, compileQuery(parseQuery('"armistice was signed"')));
    expect(match.found).toEqual([true]);
    expect(match.hits.map((h) => [h.start, text.slice(h.start, h.end)])).toEqual([[at + 4, 'armistice was signed']]);
  });
});
