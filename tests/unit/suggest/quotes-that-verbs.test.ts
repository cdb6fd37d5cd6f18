import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

const summary = (text: string) => quotes(text).map((q) => [q.text, q.attributes.cue, q.attributes.speakerName]);

// "pointed out that …" and "ruled that …" report a clause; without "that" they do not.
describe('verbs that report only with "that"', () => {
  it('quotes the clause after "pointed out that"', () => {
    expect(summary('Councillor Maya Osei pointed out that the town would receive only £2m of the £40m fund.')).toEqual([
      ['the town would receive only £2m of the £40m fund', 'pointed out', 'Maya Osei'],
    ]);
  });

  it('quotes the clause after "ruled that"', () => {
    expect(summary('Judge Alan Price ruled that the evidence had been gathered lawfully.')).toEqual([
      ['the evidence had been gathered lawfully', 'ruled', 'Alan Price'],
    ]);
  });

  it('leaves "pointed out the house" and "ruled the club" alone', () => {
    expect(quotes('Maya Osei pointed out the house where she grew up.')).toEqual([]);
    expect(quotes('Alan Price ruled the club with an iron hand for a decade.')).toEqual([]);
  });
});
