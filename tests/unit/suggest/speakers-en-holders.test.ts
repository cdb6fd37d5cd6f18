import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests: an English title with its portfolio before the holder's
// name, and relatives who speak with the possessive that says whose relative they are.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('English speakers: a portfolio before a name, a relative with a possessive', () => {
  it('splits "Minister of State for Energy Ahmed Khan Lodhi" into the role and the name', () => {
    expect(
      speakerOf('Presenting the bill, Minister of State for Energy Ahmed Khan Lodhi told the House that Rs300 crore would go to arrears.'),
    ).toEqual(['Ahmed Khan Lodhi']);
    expect(speakerOf('Secretary of State for Health Sarah Collins said the plan would work.')).toEqual(['Sarah Collins']);
  });

  it('keeps a body after "a spokesperson for the …" as the role', () => {
    expect(speakerOf('A spokesperson for the European Commission said the rules would change.')).toEqual([
      'A spokesperson for the European Commission',
    ]);
  });

  it('keeps the possessive of a relative or an ancestor who speaks (Her son, my grandfather)', () => {
    const text = 'A neighbour said the road was closed. Her son said the water was rising by noon. "It will pass," my grandfather told me.';
    expect(speakerOf(text)).toEqual(['A neighbour', 'Her son', 'my grandfather']);
  });

  it('reads past the speaker’s side after an inverted “said X of the …” to a participle that continues', () => {
    const text =
      'The opposition walked out. “We are told this every single year,” said Omar Latif Baig of the opposition, adding that members had been given “barely an hour” to read the bill.';
    expect(new Set(speakerOf(text))).toEqual(new Set(['Omar Latif Baig']));
    expect(speakerOf(text).length).toBeGreaterThanOrEqual(2);
  });

  it('ends what someone “told” at a preposition: the place follows (told a news conference in Regina)', () => {
    expect(
      speakerOf('Families are being given emergency payments, Housing Minister Carla Benton told a news conference in Regina.'),
    ).toEqual(['Carla Benton']);
  });

  it('finds the holder after a portfolio even when the given name is not one we know', () => {
    expect(speakerOf('Minister of State for Finance Tahir Raza Baig told the House that the grant was needed.')).toEqual([
      'Tahir Raza Baig',
    ]);
    expect(speakerOf('County Executive Committee Member for Education Zawadi Mwangome said the funds were delayed.')).toEqual([
      'Zawadi Mwangome',
    ]);
    expect(speakerOf('The Minister for Home Affairs said the border would reopen.')).toEqual(['Minister for Home Affairs']);
  });
});
