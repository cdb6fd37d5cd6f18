import { describe, expect, it } from 'vitest';
import { figures } from './helpers';

// Our own sentences, one group per general category from the second round on unseen writers:
// hyphen-joined units and approximations, vote tallies, case numbers and idioms of "one".
const shown = (text: string) => figures(text).map((f) => [f.text, f.attributes.value]);

describe('Units and approximations joined to the number by hyphens', () => {
  it('reads a unit of two words joined by hyphens, and the nautical mile', () => {
    expect(shown('The ferry was stopped inside the 6-nautical-mile zone.')).toEqual([['6-nautical-mile', 6]]);
    expect(shown('Boats must stay 3 nautical miles offshore.')).toEqual([['3 nautical miles', 3]]);
    expect(shown('They rented a 45,000-square-foot depot.')).toEqual([['45,000-square-foot', 45000]]);
    expect(shown('A 52-year-old driver was hurt.')).toEqual([['52-year-old', 52]]);
  });

  it('keeps "-odd" and "-plus" with the number and reads the noun after them', () => {
    expect(shown('He fished these waters for 40-odd years.')).toEqual([['40-odd years', 40]]);
    expect(shown('A 20-plus crowd gathered, and 15-odd boats left.')).toEqual([
      ['20-plus', 20],
      ['15-odd boats', 15],
    ]);
  });
});

describe('Changes and shares', () => {
  it('reads "by X to Y" as a change and where it ended when the end is far above it', () => {
    expect(shown('The levy fell by R2.5 billion to R18.4 billion.')).toEqual([
      ['R2.5 billion', 2500000000],
      ['R18.4 billion', 18400000000],
    ]);
    expect(shown('Bus fares rise by £2 to £3 a week.')).toEqual([['£2 to £3', [2, 3]]]);
  });

  it('reads "one in 40" with the bound in digits, but not a period', () => {
    expect(figures('Barely one in 40 shops stayed open.').map((f) => f.text)).toEqual(['one in 40']);
    expect(shown('It happened once in 20 years, or one in 20 years.')).toEqual([
      ['20 years', 20],
      ['20 years', 20],
    ]);
  });
});

describe('"a couple of" a unit', () => {
  it('reads a couple of a unit as a vague amount, but not a couple of people', () => {
    expect(shown('The depot is a couple of kilometres away, and it opened a couple of weeks ago.')).toEqual([
      ['a couple of kilometres', null],
      ['a couple of weeks', null],
    ]);
    expect(shown('A couple of neighbours helped.')).toEqual([]);
  });
});

describe('Sports scores after a name', () => {
  it("reads a score after a possessive name, but not a model's number", () => {
    expect(shown("Opener Ravi Menon's 87 set up the chase.")).toEqual([['87', 87]]);
    expect(shown("The carrier's 320 fleet and Airbus's 350 Neo were idle.")).toEqual([['320', 320]]);
  });

  it('reads a scorecard list of names, each with a score', () => {
    expect(shown('Lions made 201 (Ravi Menon 87, Dan Price 44) and won.')).toEqual([
      ['201', 201],
      ['87', 87],
      ['44', 44],
    ]);
    expect(shown('They took the M4 and then Route 66, past Gate 9.')).toEqual([]);
  });
});

describe('Numbers that are no figures', () => {
  it('leaves out a vote tally after its verb, whatever follows it', () => {
    expect(shown('The trustees voted 4-3 Tuesday evening to sell four buses.')).toEqual([['four buses', 4]]);
    expect(shown('The club lost 2-1 Saturday.')).toEqual([]);
  });

  it('leaves out a case number with its year after a capital code', () => {
    expect(shown('The file, HC 318/2022, was reopened.')).toEqual([]);
    expect(shown('Spending in 2024/25 rose.')).toEqual([['2024/25', '2024/2025']]);
  });

  it('reads "under one roof" as an idiom', () => {
    expect(shown('The clinics now sit under one roof.')).toEqual([]);
  });
});
