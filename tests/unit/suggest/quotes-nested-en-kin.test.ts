import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences (issue 12): a nested quotation whose opening verb has a pronoun or a coordinated subject.
const creditOf = (text: string, words: string) => quotes(text).find((q) => q.text === words)?.attributes.speakerText;

describe("English nested quotes: pronouns and coordinated verbs inside someone's words", () => {
  it('reads "he used to say" as the kin the speaker just named', () => {
    const text =
      '"My uncle kept bees behind the chapel, and he used to say, ‘Never rob a hive in the rain.’ I still don\'t," said Owen Price.';
    expect(creditOf(text, 'Never rob a hive in the rain')).toBe('My uncle');
  });

  it('reads "She used to say" in the next quotation of the same paragraph', () => {
    const text =
      'Mary Doyle, 81, still sweeps the step.\n\n"My grandmother built this house," she said. "She used to say, ‘A door is for opening.’ So it stays open."';
    expect(creditOf(text, 'A door is for opening')).toBe('My grandmother');
  });

  it('leaves a pronoun with no kin of its gender without a speaker', () => {
    const text = '"My grandmother built this house," Ian Roe said. "He used to say, ‘A door is for opening.’ So it stays open."';
    expect(creditOf(text, 'A door is for opening')).not.toBe('My grandmother');
  });

  it('credits the subject of the verb before "and said"', () => {
    const text =
      'Mayor Ann Kerr has heard it all. "A farmer stopped me outside the church and said, ‘My well has been dry since June.’ What do I tell him?" she said.';
    expect(creditOf(text, 'My well has been dry since June')).toBe('A farmer');
  });
});
