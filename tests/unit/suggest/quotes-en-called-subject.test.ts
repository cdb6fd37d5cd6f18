import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences (issue 12): a term in quotation marks after "what they called" / "what it called".
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('English quotes: "what they called"', () => {
  it('credits the plural subject of the clause that holds "what they called"', () => {
    const text =
      'The council approved the plan on Friday, as tenant groups staged a protest over what they called the "evictions" of older residents.';
    expect(credited(text)).toEqual([['evictions', 'tenant groups']]);
  });

  it('credits a group named by lower-case words for "what it called"', () => {
    const text =
      'The senate passed the measure late on Monday, with the main opposition walking out in protest at what it called a "reckless" timetable.';
    expect(credited(text)).toEqual([['reckless', 'the main opposition']]);
  });

  it('offers the term without a speaker when the clause subject does not agree with the pronoun', () => {
    const text = 'The senate passed the measure late on Monday, after the minister defended what they called a "reckless" timetable.';
    expect(credited(text).map(([, s]) => s)).not.toContain('the minister');
  });
});
