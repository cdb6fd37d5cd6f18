import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Invented sentences (issue 12): verbs of saying that were not known, and what may follow
// the speaker after a quotation.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('English: fragment verbs and what follows the speaker', () => {
  it('credits "As one trader put it: “…”" to the trader, but "put" alone is no verb of saying', () => {
    expect(speakerOf('Prices rose again. As one trader put it afterwards: "It is a record, all right – a broken one."')).toEqual([
      'one trader',
    ]);
    const text = 'The council put the plan on hold, and Mayor Ann Roe called it "a disgrace".';
    expect(speakerOf(text)).toEqual(['Ann Roe']);
  });

  it('reads "…," the Speaker ruled as an attribution', () => {
    const text = 'Tempers flared in the chamber.\n\n"This House will not be turned into a market," Speaker Grace Achola ruled.';
    expect(speakerOf(text)).toEqual(['Grace Achola']);
  });

  it('ends the attribution of an asked question at a participle phrase (…, drawing cheers)', () => {
    const text = 'The debate ran late.\n\n"Where will the money come from?" Otieno Barasa asked, drawing cheers from the benches.';
    expect(speakerOf(text)).toEqual(['Otieno Barasa']);
  });

  it('does not read "neither confirmed nor denied" as a report', () => {
    const text = 'The minister neither confirmed nor denied it.';
    expect(quotes(text)).toEqual([]);
    expect(speakers(text)).toEqual([]);
  });

  it('finds the subject after a fronted "Asked about …," for the quotation that follows', () => {
    const text = 'Asked about the young winger, Kilby smiled. "He is 20 years old and he plays like a veteran."';
    expect(speakerOf(text)).toEqual(['Kilby']);
  });
});
