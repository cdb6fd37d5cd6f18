import { describe, expect, it } from 'vitest';
import { figures } from './helpers';

// Our own sentences, one group per general category of the third round on unseen writers (issue 12):
// rates per a unit written with a slash, scorelines with a side behind or ahead, team totals.
const shown = (text: string) => figures(text).map((f) => [f.text, f.attributes.value]);

describe('An amount per a unit written with a slash', () => {
  it('reads the amount before "/kg", "/l", "/tonne" as it reads it before "per kg"', () => {
    expect(shown('Onions sold at Rs 45/kg, and garlic at Rs 120 per kg.')).toEqual([
      ['Rs 45', 45],
      ['Rs 120', 120],
    ]);
    expect(shown('Milk costs €1.10/l while barley fetched $250/tonne.')).toEqual([
      ['€1.10', 1.1],
      ['$250', 250],
    ]);
    expect(shown('Fares start at ₹12/km.')).toEqual([['₹12', 12]]);
  });

  it('still leaves out paths and addresses that hold digits', () => {
    expect(shown('The form is at www.example.org/forms/2024 and in docs/v2/guide.')).toEqual([]);
  });
});

describe('Scorelines', () => {
  it('leaves out a scoreline with a side behind or ahead', () => {
    expect(shown('The hosts came back from 2-0 down and were 3-2 up at the whistle.')).toEqual([]);
  });
});

describe('Tallies and scores written with "to"', () => {
  it('leaves out a tally or a score after its verb', () => {
    expect(shown('The board voted 6 to 3 to close the depot.')).toEqual([]);
    expect(shown('The Kestrels lost 28 to 21 on Sunday, and the motion passed 140 to 96.')).toEqual([]);
  });

  it('still reads a range of a unit or of a counted noun after such a verb', () => {
    expect(shown('The mill cut 20 to 30 jobs, and she lost 2 to 4 kilograms.')).toEqual([
      ['20 to 30 jobs', [20, 30]],
      ['2 to 4 kilograms', [2, 4]],
    ]);
  });
});

describe('Shares written "nine in 10"', () => {
  it('reads a number word before a bound of ten or more in digits', () => {
    expect(shown('Eight in 10 tenants rent privately.')).toEqual([['Eight in 10', 80]]);
  });

  it('reads no share before a unit of play or a period', () => {
    expect(shown('Owls were 150 for 3 in 30 overs.').map(([t]) => t)).not.toContain('3 in 30');
    expect(shown('Three in 20 years is a lot.')).toEqual([
      ['Three', 3],
      ['20 years', 20],
    ]);
  });
});

describe("A side's total in a scorecard", () => {
  it('reads the total after the side before its batters, "all out" or its wickets', () => {
    expect(shown('Brief scores: Kestrels 214 (Ana Lowe 77, Ben Hart 41) beat Owls 190 (Cal Ray 66).')).toEqual([
      ['214', 214],
      ['77', 77],
      ['41', 41],
      ['190', 190],
      ['66', 66],
    ]);
    expect(shown('Kestrels 176 all out.')).toEqual([['176', 176]]);
    expect(shown('Owls 120 (31 overs).')).toEqual([
      ['120', 120],
      ['31 overs', 31],
    ]);
  });

  it('still leaves out a model or a form named by its number', () => {
    expect(shown('The Airbus 320 (a narrow-body jet) and Form 990 (a tax return) were cited.')).toEqual([]);
  });
});

describe('Nouns counted with irregular plurals', () => {
  it('keeps a compound of children or men with its number', () => {
    expect(shown('She left four grandchildren, and 12 gunmen were seen.')).toEqual([
      ['four grandchildren', 4],
      ['12 gunmen', 12],
    ]);
    expect(shown('They stored 3 specimen jars.')).toEqual([['3', 3]]);
  });
});

describe('A glued "m" before what it counts', () => {
  it('reads millions before a counted noun or a unit counted in millions', () => {
    expect(shown('Some 2.5m households and 3m tonnes of maize were hit.')).toEqual([
      ['2.5m households', 2500000],
      ['3m tonnes', 3000000],
    ]);
  });

  it('leaves a length alone', () => {
    expect(shown('The wall is 3m high, and the 100m races were run.').map(([, v]) => v)).toEqual([3, 100]);
  });
});

describe('Two shares in words after "between"', () => {
  it('reads one range, "between" outside it, with the unit after the second share', () => {
    expect(shown('Bills rose by between a fifth and a quarter.')).toEqual([['a fifth and a quarter', [20, 25]]]);
    expect(shown('Between a quarter and half an inch of sleet fell.')).toEqual([['a quarter and half an inch', [0.25, 0.5]]]);
    expect(figures('Between half and two-thirds of clinics agreed.').map((f) => f.text)).toEqual(['half and two-thirds']);
  });

  it('leaves two shares that do not rise alone', () => {
    expect(shown('It lies between a half and a third of a mile away.').map(([t]) => t)).not.toContain('a half and a third');
  });
});

describe('Currencies and units of regional papers', () => {
  it('reads currency words after the amount', () => {
    expect(shown('Porters earn 250 birr, 90 baht or 4,000 CFA francs a day.')).toEqual([
      ['250 birr', 250],
      ['90 baht', 90],
      ['4,000 CFA francs', 4000],
    ]);
  });

  it('reads a Gulf prefix spaced from an amount written as money, but not from a bare number', () => {
    expect(shown('The contract is worth SR 45 million, and the fine BD 1.5.')).toEqual([
      ['SR 45 million', 45000000],
      ['BD 1.5', 1.5],
    ]);
    expect(shown('Drive north on SR 12 to the lake.')).toEqual([]);
  });

  it('reads square feet, water volumes and abbreviated percentage points', () => {
    expect(figures('A 1,450 sq ft flat.').map((f) => [f.text, f.attributes.unit])).toEqual([['1,450 sq ft', 'ft²']]);
    expect(figures('Supply fell to 310 MLD.').map((f) => [f.text, f.attributes.unit])).toEqual([['310 MLD', 'MLD']]);
    expect(figures('Margins slipped 0.6pp, a 1.5-percentage-point fall.').map((f) => [f.text, f.attributes.unit])).toEqual([
      ['0.6pp', 'percentage points'],
      ['1.5-percentage-point', 'percentage points'],
    ]);
  });
});

describe('Race times and scores of three digits', () => {
  it('reads minutes and seconds with hundredths as a race time in seconds, but no clock time', () => {
    expect(shown('He won the 5,000m in 13:05.21, outside the 13:00.00 mark.')).toEqual([
      ['5,000m', 5000],
      ['13:05.21', 785.21],
      ['13:00.00', 780],
    ]);
    expect(shown('Doors open at 18:30 and the log shows 09:15:42.')).toEqual([]);
  });

  it('leaves out a basketball score, falling or after its verb, but not a range that counts something', () => {
    expect(shown('The Rams won 108-99, and the Owls lost 97-103 on Friday.')).toEqual([]);
    expect(shown('The alliance won 120-140 seats.')).toEqual([['120-140 seats', [120, 140]]]);
  });
});

describe('A glued m that is no million', () => {
  it('reads metres with the number', () => {
    expect(figures('The fence is 3m high, and she led with 400m left.').map((f) => [f.text, f.attributes.unit])).toEqual([
      ['3m', 'm'],
      ['400m', 'm'],
    ]);
  });
});

describe('Wire-style scales', () => {
  it('reads bln and mln after an amount of money, spaced or glued', () => {
    expect(shown('The fund holds $4.5 bln, after a $300mln top-up.')).toEqual([
      ['$4.5 bln', 4500000000],
      ['$300mln', 300000000],
    ]);
  });
});

describe('Idioms and versions that hold numbers', () => {
  it('leaves out "one day" opening a sentence or a quote before its clause, but not a day taken', () => {
    expect(shown('“One day we will win it,” she said. One day, the bridge fell.')).toEqual([]);
    expect(shown('The repair took one day. One day later it broke.')).toEqual([
      ['one day', 1],
      ['One day', 1],
    ]);
  });

  it('leaves out a version after a product name, but not a level or a share', () => {
    expect(shown('The speaker supports Bluetooth 5.3 and Wireless 6.1 devices.').map(([t]) => t)).not.toContain('5.3');
    expect(shown('Labour led 48.2% to 40.1%.')).toEqual([
      ['48.2%', 48.2],
      ['40.1%', 40.1],
    ]);
  });
});

describe('A range after a capitalized word', () => {
  it('reads a range opening a sentence when its unit follows the second end', () => {
    expect(shown('Expect 20 to 30 millimetres of rain. Allow 2-3 hours.')).toEqual([
      ['20 to 30 millimetres', [20, 30]],
      ['2-3 hours', [2, 3]],
    ]);
  });
});

describe('A preposition opening a sentence before a number', () => {
  it('is no name holding the number', () => {
    expect(shown('Excluding 25 from the count, 300 signed.')).toEqual([
      ['25', 25],
      ['300', 300],
    ]);
  });
});

describe('Approximated "one", and shares of a scale', () => {
  it('reads "exactly one" and "nearly one" as counts, the number alone', () => {
    expect(shown('Exactly one ferry sailed, and nearly one in four stayed.')).toEqual([
      ['one', 1],
      ['one in four', 25],
    ]);
  });

  it('reads a share of a scale as one amount', () => {
    expect(shown('A quarter of a million tenants were affected.')).toEqual([['A quarter of a million tenants', 250000]]);
    expect(figures('Half of a billion dollars? No: a third of a billion dollars.').map((f) => f.attributes.unit)).toContain('USD');
  });
});

describe('Vague lakhs and crores', () => {
  it('reads "lakhs of" as a vague amount without a value', () => {
    expect(shown('Lakhs of pilgrims came.')).toEqual([['Lakhs', null]]);
  });
});
