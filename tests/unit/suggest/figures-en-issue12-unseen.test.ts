import { describe, expect, it } from 'vitest';
import { figures } from './helpers';

// Our own sentences, one group per general category that the blind writers of several batches
// mark the same way: changes "from X to Y", "half" alone, hours written as words, short quoted
// phrases, metric units spelled out, scale words standing alone, vague amounts and currencies.
const shown = (text: string) => figures(text).map((f) => [f.text, f.attributes.value]);
const units = (text: string) => figures(text).map((f) => [f.text, f.attributes.unit]);

describe('A change "from X to Y" is two figures', () => {
  it('reads where a change started and where it ended', () => {
    expect(shown('The parking fee will rise from £12 to £18 per day.')).toEqual([
      ['£12', 12],
      ['£18', 18],
    ]);
    expect(shown('The council cut the grant from Sh400 to Sh250.')).toEqual([
      ['Sh400', 400],
      ['Sh250', 250],
    ]);
    expect(shown('ارتفع سعر الكيس من 30 ألفاً إلى 42 ألف ريال.')).toEqual([
      ['30 ألفاً', 30000],
      ['42 ألف ريال', 42000],
    ]);
  });

  it('keeps one range after a spread word, with "from" outside the span', () => {
    expect(shown('Prices ranging from 5 to 9 dollars were posted.')).toEqual([['5 to 9 dollars', [5, 9]]]);
    expect(shown('Repairs could take anywhere from three to five weeks.')).toEqual([['three to five weeks', [3, 5]]]);
    expect(shown('The snow may be between 10 and 20 centimetres deep.')).toEqual([['10 and 20 centimetres', [10, 20]]]);
  });
});

describe('"half" on its own is a share', () => {
  it('reads half after a preposition, before a noun or a verb', () => {
    expect(shown('Queues fell by nearly half. Fewer than half stayed.')).toEqual([
      ['half', 50],
      ['half', 50],
    ]);
    expect(shown('Half my neighbours left, and the bridge is half finished.')).toEqual([
      ['Half', 50],
      ['half', 50],
    ]);
  });

  it('leaves the halves of a match, half past, compounds and names', () => {
    expect(shown('They scored twice in the second half and led at half-time.')).toEqual([]);
    expect(shown('The ferry leaves at half past eight from Half Moon Quay.')).toEqual([]);
  });
});

describe('An hour written as a word is a clock time', () => {
  it('leaves hours after at, since or after at the end of a clause', () => {
    expect(shown('The bus is due at seven. Some days it comes at ten.')).toEqual([]);
    expect(shown('He has queued since four, and the van arrived just after eight.')).toEqual([]);
    expect(shown('"We got the papers at nine last night," she said.')).toEqual([]);
    expect(shown('The van finally pulls in at 6.40. Nobody cheers.')).toEqual([]);
  });

  it('keeps counts and levels', () => {
    expect(shown('Crews worked at six sites after nine days.')).toEqual([
      ['six sites', 6],
      ['nine days', 9],
    ]);
    expect(shown('The number of injured stood at seven.')).toEqual([['seven', 7]]);
    expect(shown('The index closed at 11.45.')).toEqual([['11.45', 11.45]]);
  });
});

describe('A short quoted phrase is no title', () => {
  it('reads the year in a quoted time phrase, and leaves a quoted title', () => {
    expect(shown('Tenants have waited "since 2021" for repairs.')).toEqual([['2021', '2021']]);
    expect(shown('The scheme, "Clean Rivers 2030", was launched.')).toEqual([]);
  });
});

describe('Units, scale words and vague amounts', () => {
  it('reads millimetres and centimetres spelled out', () => {
    expect(units('We measured 40 to 60 millimetres and 12 centimetres of hail.')).toEqual([
      ['40 to 60 millimetres', 'mm'],
      ['12 centimetres', 'cm'],
    ]);
  });

  it('leaves a scale word that is a unit of account', () => {
    expect(shown('Injuries fell to 1.4 per million hours. Sales (₹ crore): 410.5')).toEqual([
      ['1.4', 1.4],
      ['410.5', 410.5],
    ]);
  });

  it('reads vague amounts with a people or a quoted word before "of"', () => {
    expect(shown('Millions of Kenyans and “hundreds” of traders were hit.')).toEqual([
      ['Millions', null],
      ['hundreds', null],
    ]);
  });
});

describe('Currencies written the local way', () => {
  it.each([
    ['The fund holds GH¢3.2 billion.', 'GH¢3.2 billion', 'GHS'],
    ['A bag costs ZiG45.', 'ZiG45', 'ZWG'],
    ['The loan is ZMW 12 million.', 'ZMW 12 million', 'ZMW'],
    ['Rent is J$85,000 a month.', 'J$85,000', 'JMD'],
    ['Fares rose to Ksh.150.', 'Ksh.150', 'KES'],
    ['A meal costs ₱250.', '₱250', 'PHP'],
    ['The fine is MK50,000.', 'MK50,000', 'MWK'],
  ])('%s', (text, raw, unit) => {
    expect(units(text)).toEqual([[raw, unit]]);
  });

  it('reads an amount after a currency code as money, not a phone number', () => {
    expect(shown('Dividend per share: USD 0.125 (2024: USD 0.098)')).toEqual([
      ['USD 0.125', 0.125],
      ['2024', '2024'],
      ['USD 0.098', 0.098],
    ]);
  });
});

describe('Counts written the common way', () => {
  it('reads a count range with its counted noun, also before a rate', () => {
    expect(shown('The estate buys 12 to 15 loads a week.')).toEqual([['12 to 15 loads', [12, 15]]]);
  });

  it('reads half of one unit', () => {
    expect(shown('They farm half an acre, and the pound fell half a cent.')).toEqual([
      ['half an acre', 0.5],
      ['half a cent', 0.005],
    ]);
  });

  it('reads "one" counting a noun after "and" when "of" follows', () => {
    expect(shown('She admitted two counts of theft and one count of fraud.')).toEqual([
      ['two counts', 2],
      ['one count', 1],
    ]);
    expect(shown('We planned it and one mistake cost us.')).toEqual([]);
  });

  it('leaves vehicle classes named by their wheels', () => {
    expect(shown('Three-wheeler drivers and a two-wheeler maker protested.')).toEqual([]);
  });
});

describe('Speeds', () => {
  it('keeps "an hour" in a speed, but not the period of a rate', () => {
    expect(shown('Winds reached 90 kilometres an hour; the plant uses 300 litres a day.')).toEqual([
      ['90 kilometres an hour', 90],
      ['300 litres', 300],
    ]);
  });
});
