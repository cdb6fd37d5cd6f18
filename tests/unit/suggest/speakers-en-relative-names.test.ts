import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences (issue 12): the name a relative clause gives, and two relative clauses in a row.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('English speakers: names given in a relative clause', () => {
  it('credits the first name a source gave between commas', () => {
    const text =
      'Tenants spoke for two hours at the meeting on Tuesday night. One man, who gave only his first name, Tomasz, said the heating had been off since October.';
    expect(credited(text)).toEqual([['the heating had been off since October', 'Tomasz']]);
  });

  it('credits the name after "identified only as", leaving an honorific outside', () => {
    const text =
      'Queues stretched down the stairs by nine. One commuter, who asked to be identified only as Mrs Achieng, said she had waited 50 minutes for a bus.';
    expect(credited(text)).toEqual([['she had waited 50 minutes for a bus', 'Achieng']]);
  });

  it('keeps the unnamed source when the clause names a post, not a name it gave', () => {
    const text =
      'The club changed hands in June. Its new owner, who was named chairman in July, said the stadium would be rebuilt by 2030.';
    expect(credited(text).map(([, s]) => s)).not.toContain('chairman');
  });
});

describe('English speakers: two relative clauses before the verb', () => {
  it('credits the first clause\'s antecedent past ", and who …,"', () => {
    const text =
      'The board met on Monday to discuss the closure. A parent who has lived beside the school for twenty years, and who asked not to be named, said the building was sound.';
    expect(credited(text)).toEqual([['the building was sound', 'A parent']]);
  });
});
