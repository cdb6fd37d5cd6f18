import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences (issue 12, round 16): a postposed cue followed by adverbials only.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('English quotes: "…, X said" with adverbials after the verb', () => {
  it('reads the clause before when the cue ends in a time or a meeting', () => {
    expect(credited('Rates will stay at 8 per cent, the board said after its meeting on July 22.')).toEqual([
      ['Rates will stay at 8 per cent', 'the board'],
    ]);
    expect(credited('Schools will stay closed on Tuesday, officials said late on Monday night.')).toEqual([
      ['Schools will stay closed on Tuesday', 'officials'],
    ]);
  });

  it('reads the clause before past "in a statement" and a day', () => {
    expect(credited('The officer has been placed on leave, the department said in a statement Tuesday morning.')).toEqual([
      ['The officer has been placed on leave', 'the department'],
    ]);
  });

  it('does not take a bulletin after the verb for the quote', () => {
    expect(credited('The storm has weakened to 175 km/h, the weather bureau said in its 5 p.m. bulletin.')).toEqual([
      ['The storm has weakened to 175 km/h', 'the weather bureau'],
    ]);
  });

  it('keeps a clause that follows the verb as the quote', () => {
    expect(credited('After the vote, the union said on Monday its members would strike.').map((q) => q[0])).toEqual([
      'its members would strike',
    ]);
  });
});

describe('English speakers: consultancies and brokerages speak as bodies', () => {
  it('credits "the consultancy" and "the brokerage"', () => {
    expect(credited('Villa prices rose 14 per cent in the first quarter, the consultancy said.')).toEqual([
      ['Villa prices rose 14 per cent in the first quarter', 'the consultancy'],
    ]);
    expect(credited('Margins remain under pressure, according to the brokerage.')).toEqual([
      ['Margins remain under pressure', 'the brokerage'],
    ]);
  });
});

describe('English quotes: a quoted time since a year is words quoted, not a name', () => {
  it('keeps "since 2023" in marks as a partial quote of the speaker', () => {
    const found = quotes('Ada Rao said residents had been hearing about a second pipeline "since 2023".');
    expect(found.map((q) => [q.text, q.attributes.speakerText])).toContainEqual(['since 2023', 'Ada Rao']);
  });

  it('still reads a plan named by its year as a name', () => {
    const found = quotes('The minister said the reforms were part of "Vision 2030" and would continue.');
    expect(found.map((q) => q.text)).not.toContain('Vision 2030');
  });
});

describe('English quotes: "termed it “…”" carries a quoted fragment', () => {
  it('credits the fragment to the subject', () => {
    const found = quotes('Opposition leader Ada Roe termed the package "an insult to farmers" and said losses were higher.');
    expect(found.map((q) => [q.text, q.attributes.speakerText])).toContainEqual(['an insult to farmers', 'Ada Roe']);
  });
});

describe('English quotes: "who asked not to be named" is no cue', () => {
  it('leaves the clause and its fragment to "said"', () => {
    const found = quotes(
      'A top shareholder, who asked not to be named because the talks were private, said the board had "run out of road" on pricing.',
    );
    expect(found.map((q) => [q.text, q.attributes.cue])).toEqual([
      ['the board had "run out of road" on pricing', 'said'],
      ['run out of road', 'said'],
    ]);
  });

  it('still reads a question asked in marks', () => {
    expect(quotes('The judge asked, "Why was the money moved?"').map((q) => q.attributes.cue)).toEqual(['asked']);
  });
});
