import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Quotes whose speaker is named in an earlier sentence, with no verb of saying in their own.
describe('English quotes with a carried-over speaker', () => {
  it('a quotation standing alone after a sentence that introduced someone is theirs', () => {
    const text = 'Nurse Helen Varga walked along the picket line on Friday. “We have waited three years for this offer.”';
    expect(quotes(text).map((q) => [q.text, q.attributes.speakerName])).toEqual([
      ['We have waited three years for this offer', 'Helen Varga'],
    ]);
  });

  it('a short quotation right after another in the same paragraph continues it', () => {
    const text = '“The talks are over for today,” Mayor Owen Pratt said. “Nothing is final.”';
    expect(quotes(text).map((q) => [q.text, q.attributes.speakerName])).toEqual([
      ['The talks are over for today', 'Owen Pratt'],
      ['Nothing is final', 'Owen Pratt'],
    ]);
  });

  it('looks past a fronted adverbial and an age to the person introduced', () => {
    const text =
      'Back in the parking lot, 67-year-old Gloria Menendez unloaded her boxes. She had been there since dawn.\n“I came because my son cannot,” she said.';
    expect(quotes(text).map((q) => [q.text, q.attributes.speakerName])).toEqual([['I came because my son cannot', 'Gloria Menendez']]);
  });

  it('a pronoun of the other gender stops the search rather than skipping to someone else', () => {
    const text = 'Teacher Paul Ridley opened the hall. He had keys.\n“We are ready,” she said.';
    expect(quotes(text).map((q) => q.attributes.speakerName ?? null)).not.toContain('Paul Ridley');
  });
});
