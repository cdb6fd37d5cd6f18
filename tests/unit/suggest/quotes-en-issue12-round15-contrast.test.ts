import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences: a reported clause followed by a contrast that brings a report of its own.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('English clauses: a contrast with its own report ends the clause before it', () => {
  it('ends the first clause before ", but X said" and ", though X cautioned Monday that"', () => {
    expect(credited('Officials said the tax could fund 900 homes, but Ada Roe said costs could rise.')).toEqual([
      ['the tax could fund 900 homes', 'Officials'],
      ['costs could rise', 'Ada Roe'],
    ]);
    expect(credited('Officials have said the tax could fund 900 homes, though Roe cautioned Monday that costs could rise.')).toEqual([
      ['the tax could fund 900 homes', 'Officials'],
      ['costs could rise', 'Roe'],
    ]);
  });

  it('keeps a contrast without a report of its own inside the clause', () => {
    expect(credited('Officials said the tax was fair, but not everyone agreed.')).toEqual([
      ['the tax was fair, but not everyone agreed', 'Officials'],
    ]);
  });
});

describe('English participles of courts and reports: ruling, holding, observing, remarking that', () => {
  it('credits what a court observes or a bench remarks to it', () => {
    expect(credited('The High Court granted bail to the trader, observing that he had spent 90 days in custody.')).toEqual([
      ['he had spent 90 days in custody', 'High Court'],
    ]);
    expect(credited('The judges heard the appeal, with the bench remarking that rights cannot be suspended by a letter.')).toEqual([
      ['rights cannot be suspended by a letter', 'the bench'],
    ]);
  });

  it('takes a participle after an article for an adjective inside the speaker (the ruling party)', () => {
    expect(credited('“We agreed,” said an MP from the ruling alliance.')).toEqual([['We agreed', 'an MP from the ruling alliance']]);
  });

  it('takes "a ruling that" for a noun, not a report', () => {
    expect(credited('The court issued a ruling that the plant must close.')).toEqual([]);
  });
});
