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
