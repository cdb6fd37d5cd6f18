import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Invented English sentences: verbs of judging that carry a quoted fragment, and a long aside.
describe('English: a quoted fragment after a verb of judging', () => {
  it('marks the fragment after "hails" in a headline and "hailed the" in a sentence', () => {
    for (const text of [
      'Coach Kwame Mensah hails "character of champions" after derby win',
      'After the derby win, coach Kwame Mensah hailed the "character of champions" in his side.',
    ]) {
      const q = quotes(text).find((x) => x.text === 'character of champions');
      expect(q?.attributes.speakerName).toBe('Kwame Mensah');
    }
  });

  it('marks "accused them of “…”" and the clause after "and said" as two quotes of one speaker', () => {
    const text =
      'Opposition leader Jane Roe accused the government of "selling the port to friends" and said the bill had been amended 19 times.';
    const found = quotes(text).map((q) => [q.text, q.attributes.speakerName]);
    expect(found).toEqual([
      ['selling the port to friends', 'Jane Roe'],
      ['the bill had been amended 19 times', 'Jane Roe'],
    ]);
  });

  it('does not take a quoted title after "accused … of" in another sentence as a quote', () => {
    const text = 'The court accused him of fraud. He has read "War and Peace" twice.';
    expect(quotes(text)).toEqual([]);
  });
});

describe('English: a subject before a long aside between commas', () => {
  it('finds the speaker before an aside of twenty words', () => {
    const text =
      'A neighbour of the Okafors, a retired nurse who asked not to be named because her son still works for the mill in another town, said the town had survived this before.';
    expect(speakers(text).map((s) => s.text)).toEqual(['A neighbour of the Okafors']);
  });
});
