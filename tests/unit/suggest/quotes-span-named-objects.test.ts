import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

const texts = (text: string) => quotes(text).map((q) => q.text);

// "told <a long name> that …": the clause starts after "that", with no tail of the name in it.
describe('the named object of told', () => {
  it('skips a committee’s name holding "and" up to "that"', () => {
    expect(texts('Ruiz told the House Science and Technology Committee that the agency had spent $2 billion on the probe.')).toEqual([
      'the agency had spent $2 billion on the probe',
    ]);
  });

  it('skips a channel’s name with its number', () => {
    expect(texts('Chief Ann Lowe told WKRN News 2 on Friday that officers believe one driver caused the crash.')).toEqual([
      'officers believe one driver caused the crash',
    ]);
    expect(texts('His mother told Radio702 the boy had been missing since Sunday night.')).toEqual([
      'the boy had been missing since Sunday night',
    ]);
  });

  it('does not take a "that" after a lower-case object that is no name', () => {
    expect(texts('She told reporters the plan was dead.')).toEqual(['the plan was dead']);
  });
});
