import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Invented sentences: a long title before a name is one mention, the name (the lead's convention:
// a title or role beside a name is not a mention of its own).
describe('English: a long title before a name', () => {
  it('marks only the name after a ten-word title with an unfamiliar given name', () => {
    const text =
      'The depot was opened by Minister of State for Trade and Industry Tan Wei Ming, who said the project "keeps the shelves full".';
    expect(speakers(text).map((s) => s.text)).toEqual(['Tan Wei Ming']);
    expect(quotes(text).every((q) => q.attributes.speakerName === 'Tan Wei Ming')).toBe(true);
  });

  it('does not stretch a speaker back over a verb and its object before the name', () => {
    const text = 'Officials who inspected the flooded depot and the warehouse on Monday morning Tan Wei Ming said the roof would hold.';
    expect(speakers(text).map((s) => s.text)).not.toContain('inspected the flooded depot and the warehouse on Monday morning Tan Wei Ming');
  });
});
