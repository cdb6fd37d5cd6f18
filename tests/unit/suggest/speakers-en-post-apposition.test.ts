import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences (issue 12): a post with its complement, then the name between commas, then "…, saying".
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('English speakers: a post with a complement before the name in apposition', () => {
  it('credits the name after "The press secretary to the Governor,"', () => {
    const text =
      'The state will compensate owners. The Chief Press Secretary to the Governor, Mr Femi Bello, disclosed this on Sunday, saying payments would begin in May.';
    expect(credited(text)).toEqual([['payments would begin in May', 'Femi Bello']]);
  });

  it('credits a titled name after a capitalized post read as a name ("Guest of honour,")', () => {
    const text =
      'The boreholes were handed over on Friday. Guest of honour, Regional Commissioner Hon. Neema Juma, praised the project, saying water was the first medicine.';
    expect(credited(text)).toEqual([['water was the first medicine', 'Neema Juma']]);
  });

  it('reads "contending that" as a participle of saying', () => {
    const text =
      'The hearing resumed on Monday. Deputy Attorney General Imran Qadir opposed the bail, contending that the accused could flee.';
    expect(credited(text)).toEqual([['the accused could flee', 'Imran Qadir']]);
  });
});
