import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Invented sentences: subjects the English parser read wrongly or not at all.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('English speakers: bodies named by capitalized words joined by of / for', () => {
  it('reads "Transport for Wessex" and "the Controller of Budget" as bodies that speak', () => {
    expect(credited('Transport for Wessex says the coast road is closed in both directions.')).toEqual([
      ['the coast road is closed in both directions', 'Transport for Wessex'],
    ]);
    expect(credited('The Controller of Budget has warned that several ministries are close to the limit.')).toEqual([
      ['several ministries are close to the limit', 'Controller of Budget'],
    ]);
  });

  it('still reads a title of / for a portfolio before a name as the role', () => {
    expect(speakers('Minister for Roads Ada Obi said the bridge would reopen in May.').map((s) => s.text)).toEqual(['Ada Obi']);
  });
});

describe('English speakers: what is never a name', () => {
  it('takes a pronoun with a contracted verb for a pronoun (He’d say, We’ve heard), not a speaker', () => {
    const text = '“He’d say, ‘The town always finds money for the stadium.’ Well, he was right,” she said.';
    expect(speakers(text).map((s) => s.text)).toEqual([]);
    const we = '“We’ve heard ‘nobody will lose their job’ before,” Ruth Keane told reporters.';
    expect(speakers(we).map((s) => s.text)).toEqual(['Ruth Keane']);
  });

  it('skips a participle opening the sentence before the person it introduces', () => {
    const text = 'Presiding over the sitting, Omar Delane asked members to return to their seats. “Please sit down,” he said.';
    expect(credited(text)).toEqual([['Please sit down', 'Omar Delane']]);
  });
});

describe('English speakers: an occupation opening the sentence before a name', () => {
  it('leaves an agent noun (-er, -or, -ist, -ian) before a given name and surname out of the name', () => {
    expect(speakers('Radiographer Ruth Ade said the new scanner had halved the waiting list.').map((s) => s.text)).toEqual(['Ruth Ade']);
    expect(speakers('Machinist Tom Okeke said the line had stopped twice.').map((s) => s.text)).toEqual(['Tom Okeke']);
  });

  it('keeps a given name that ends like an agent noun (Brian, Walter) in the name', () => {
    expect(speakers('Brian Ray Smith said the pitch was slow all day.').map((s) => s.text)).toEqual(['Brian Ray Smith']);
  });
});

describe('English speakers: an office named for a post, and a place made an adjective', () => {
  it('reads "the Prime Minister’s Office" as one body', () => {
    expect(speakers('Flood relief will be paid within a week, the Prime Minister’s Office said.').map((s) => s.text)).toEqual([
      'Prime Minister’s Office',
    ]);
  });

  it('keeps "one Nairobi-based currency trader" whole after an inverted verb', () => {
    expect(speakers('“The shilling will slip again,” said one Nairobi-based currency trader.').map((s) => s.text)).toEqual([
      'one Nairobi-based currency trader',
    ]);
  });
});

describe('English speakers: an unnamed source described by what they know', () => {
  it('keeps "familiar with", "briefed on", "close to", "with knowledge of" and their object in the mention', () => {
    const said = (text: string) => speakers(text).map((s) => s.text);
    expect(said('The merger is off, people familiar with the matter said.')).toEqual(['people familiar with the matter']);
    expect(said('The truce talks stalled on Sunday, two diplomats briefed on the negotiations said.')).toEqual([
      'two diplomats briefed on the negotiations',
    ]);
    expect(said('A source close to the family said the funeral would be private.')).toEqual(['A source close to the family']);
    expect(said('The bid was withdrawn, a person with knowledge of the plans said.')).toEqual(['a person with knowledge of the plans']);
  });

  it('leaves "close to" about a place alone', () => {
    expect(speakers('The clinic is close to the station, residents said.').map((s) => s.text)).toEqual(['residents']);
  });
});
