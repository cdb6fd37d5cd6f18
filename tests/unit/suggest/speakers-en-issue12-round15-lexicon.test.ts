import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences: common nouns for bodies and people that speak, after "the".
const credited = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('English speakers: more bodies and people named by a common noun', () => {
  it('credits firms named by their trade (the consultancy, the brokerage, the carmaker)', () => {
    expect(credited('Villa prices rose 9 per cent in the year, the consultancy said.')).toEqual(['the consultancy']);
    expect(credited('Margins are likely to stay under pressure, the brokerage said in a note.')).toEqual(['the brokerage']);
    expect(credited('Output at the plant will fall by a third, the carmaker said on Monday.')).toEqual(['the carmaker']);
    expect(credited('Flights will resume at noon, the airport said.')).toEqual(['the airport']);
  });

  it('credits people named by age, family or part (the teenager, the widower, the spectators)', () => {
    expect(credited('My legs were gone by the end, the teenager said.')).toEqual(['the teenager']);
    expect(credited('The house has been empty since spring, the widower said.')).toEqual(['the widower']);
    expect(credited('The stand shook when the goal went in, spectators said.')).toEqual(['spectators']);
    expect(credited('The line went dead twice, one caller said.')).toEqual(['one caller']);
  });
});

describe('English cues: a verb form in -s that is a plural noun', () => {
  it('reads "coastal states", "annual reports" as nouns, so the speaker after "with … saying" keeps the quote', () => {
    const text =
      'The ministry announced a fund to help small fishers in six coastal states buy new boats, with Fisheries Minister Ada Obi saying the boats would last.';
    expect(credited(text)).toEqual(['Ada Obi']);
  });

  it('still reads "the minister states", "the council also notes" as reports', () => {
    expect(credited('The minister states that the plan is final.')).toEqual(['The minister']);
    expect(credited('The council also notes that rents rose by a third.')).toEqual(['The council']);
  });
});
