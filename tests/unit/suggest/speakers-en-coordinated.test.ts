import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Invented English sentences: who speaks after "and said", after an age, and after a lower-case body.
describe('English: the subject of a coordinated reporting verb', () => {
  it('credits "X welcomed … and confirmed that …" to X, not to the speaker before', () => {
    const text = [
      'Union official Morag Keane said the deal was fair.',
      '',
      'Site organiser Paul Devlin welcomed the opening and confirmed that the union had signed an agreement.',
    ].join('\n');
    const q = quotes(text).find((x) => x.text.startsWith('the union had signed'));
    expect(q?.attributes.speakerName).toBe('Paul Devlin');
  });

  it('takes the clause after "and said", not the quoted object of the first verb, as the quote', () => {
    const text =
      'Opposition leader Jane Roe accused the government of "handing the grid to friends" and said the bill had been amended 23 times.';
    const q = quotes(text).find((x) => x.text.startsWith('the bill had been amended'));
    expect(q?.attributes.speakerName).toBe('Jane Roe');
  });

  it('resolves "She is 71 and says …" like any "she said", to the person just introduced', () => {
    const text = 'Nora Quinlan has run the counter since 1989. She is 71 and says she would have stayed on if the numbers had added up.';
    expect(quotes(text)[0]?.attributes.speakerName).toBe('Nora Quinlan');
  });

  it('does not read "It … and said" as a speaker', () => {
    expect(quotes('It rained all week and said nothing about the harvest.')).toEqual([]);
  });

  it('keeps "and said" after a reporting verb with the first verb’s speaker', () => {
    const text = 'The minister said the plan was sound and said costs would fall by March.';
    const names = quotes(text).map((q) => q.attributes.speakerText);
    expect(names.every((n) => n === 'The minister')).toBe(true);
  });
});

describe('English: a name after an age between commas', () => {
  it('marks the name in "One of them, 22-year-old Tunde, said …"', () => {
    const text = 'Two students waited at the stop. One of them, 22-year-old Tunde, said the fares were too high.';
    expect(quotes(text)[0]?.attributes.speakerName).toBe('Tunde');
  });

  it('does not take an age followed by an adjective as a name', () => {
    const text = 'The school, 120-year-old and proud, said the fees were too high.';
    expect(speakers(text).map((s) => s.text)).toEqual(['The school']);
  });
});

describe('English: a role ending in a lower-case body before a name', () => {
  it('marks only the name after "Leader of the opposition", initials included', () => {
    const text = 'Leader of the opposition R.K. Menon said crop losses had been badly underestimated.';
    expect(speakers(text).map((s) => s.text)).toEqual(['R.K. Menon']);
  });

  it('keeps "an MP from the ruling NRM" one role: the capitals after the body are no person', () => {
    const text = 'An MP from the ruling NRM, who asked not to be named, said several backbenchers agreed.';
    expect(speakers(text).map((s) => s.text)).toEqual(['An MP from the ruling NRM']);
  });
});
