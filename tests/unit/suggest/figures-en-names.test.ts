import { describe, expect, it } from 'vitest';
import { figures } from './helpers';

// Sentences written for these tests: English numbers that name things (roads, places,
// routes) and counted nouns that the guidelines leave outside the span.
const texts = (text: string) => figures(text).map((f) => f.text);

describe('English numbers inside names are not figures', () => {
  it('leaves a road named by a capital letter glued to its number (the A82, the M6)', () => {
    expect(texts('The cycle path runs 12km beside the A82 towards the coast.')).toEqual(['12km']);
    // A currency letter still reads as money when no "the" names a road.
    expect(texts('The permit costs N2,500 in Lagos.')).toEqual(['N2,500']);
  });

  it('leaves a capitalized number word inside a place name (Seven Sisters)', () => {
    expect(texts('Shops in Seven Sisters closed early, and seven people were hurt.')).toEqual(['seven people']);
  });

  it('leaves a bus route followed by a preposition (the 38 bus along the high street)', () => {
    expect(texts('She took the 38 bus along the high street.')).toEqual([]);
  });
});

describe('English counted nouns', () => {
  it('does not take a verb in -s after a year as the counted noun (2030 requires the …)', () => {
    // (A law's year, "the Water Act, 2019", is part of its name: figures-labels-names.test.ts.)
    expect(texts('The plan for 2030 requires the council to publish tests.')).toEqual(['2030']);
  });

  it('spans a vague amount alone when "of" comes between it and the noun, but keeps a currency', () => {
    expect(texts('Dozens of families queued, and the scheme cost billions of dollars.')).toEqual(['Dozens', 'billions of dollars']);
  });
});
