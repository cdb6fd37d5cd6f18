import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests: English speakers whose mention runs through a body's name,
// stands in apposition after "with", or is named before a role and a relative clause.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('English speakers: "with X saying" when X has a role in apposition', () => {
  it('the name between commas after "with" and a role speaks, not the sentence subject', () => {
    const speakers = speakerOf('Critics were scathing, with the Deputy Mayor, Hon. Grace Obi, saying the plan "makes no sense at all."');
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(['Grace Obi']));
  });

  it('a plain "with X saying" still speaks', () => {
    expect(speakerOf('Markets fell, with Chair Tom Ellery saying the bank needed more time.')).toEqual(['Tom Ellery']);
  });

  it('without "with", the participle continues the main subject', () => {
    expect(speakerOf('The union, which represents nurses, rejected the offer, saying it was "an insult".')[0]).toBe('The union');
  });
});

describe('English speakers: a name before a role and "who said"', () => {
  it('the name, not the role between commas, speaks', () => {
    const speakers = speakerOf(
      'Then came Sir Tobias Brent, the Liberal member for a seaside town, who said the roads were "a national disgrace".',
    );
    expect(new Set(speakers)).toEqual(new Set(['Tobias Brent']));
  });

  it('an indefinite role between commas after a name', () => {
    expect(speakerOf('The bill was backed by Ann Lee, a nurse, who said wards were "at breaking point".')[0]).toBe('Ann Lee');
  });

  it('a role alone before "who said" still speaks', () => {
    expect(speakerOf('The plan was attacked by the mayor, who said it was "reckless".')[0]).toBe('the mayor');
  });
});

describe('English speakers: bodies whose names hold role words or participles', () => {
  it('a capitalized -ing word after "and" inside a body’s name', () => {
    expect(speakerOf('Rain fell all night, the Coastal Survey and Warning Centre said.')).toEqual(['Coastal Survey and Warning Centre']);
  });

  it('a role word with a plural possessive inside a body’s name', () => {
    expect(speakerOf('The Kelso Residents’ Forum said it would appeal the ruling.')).toEqual(['Kelso Residents’ Forum']);
  });

  it('a plural possessive before an adjective and a body', () => {
    expect(speakerOf('The secretary of one tenants’ welfare association said the lifts had been broken for weeks.')).toEqual([
      'The secretary of one tenants’ welfare association',
    ]);
  });

  it('a company suffix after a role word is not a name: the post speaks', () => {
    expect(speakerOf('The chief executive of Harbour Office Ltd said sales had held up well.')).toEqual([
      'The chief executive of Harbour Office Ltd',
    ]);
  });

  it('a company named with its suffix speaks as one body', () => {
    expect(speakerOf('Lakeview Breweries Plc said sales had held up well.')).toEqual(['Lakeview Breweries Plc']);
  });
});

describe('English cues: where an attribution ends', () => {
  it('a party-and-state tag with dots does not keep a quote before it from its speaker', () => {
    expect(speakerOf('"We will not stop," Sen. Ana Ruiz, D-N.M., said as she opened the hearing.')).toEqual(['Ana Ruiz']);
  });

  it('a semicolon after "he said" ends the attribution of the clause before it', () => {
    const found = quotes(
      'Pastor Tim Hale has opened a food bank. About 40 families came last week, he said; the week before there were 12.',
    );
    expect(found.map((q) => [q.text, q.attributes.speakerText])).toEqual([['About 40 families came last week', 'Tim Hale']]);
  });

  it('a quotation closed in the sentence before does not take the next sentence’s clause', () => {
    const found = quotes('"We loved it here," she said. Her husband said the family would now leave.');
    expect(found.map((q) => q.text)).toContain('the family would now leave');
    expect(found.find((q) => q.text === 'the family would now leave')?.attributes.speakerText).toBe('Her husband');
  });

  it('a quotation right before the subject still takes the cue after it', () => {
    expect(speakerOf('“Why should we pay?” Orban asked. “It is over.” Smith said.')).toEqual(['Orban', 'Smith']);
  });
});

describe('English speakers: a name ending in a dotted suffix', () => {
  it('a person’s suffix (Jr.) stays in the name, before and after the verb', () => {
    expect(speakerOf('Robert Hale Jr. said the plan would fail.')).toEqual(['Robert Hale Jr.']);
    expect(speakerOf('"It will fail," said Robert Hale Jr., the firm’s founder.')).toEqual(['Robert Hale Jr.']);
  });

  it('a company’s suffix (Inc., Corp.) stays in the body’s name, with an acronym in brackets after it', () => {
    expect(speakerOf('Profits doubled last year, Harbour Foods Inc. said.')).toEqual(['Harbour Foods Inc.']);
    expect(speakerOf('The National Seed Insurance Corp. (NSIC) said it had raised its payouts for flood damage.')).toEqual([
      'National Seed Insurance Corp.',
    ]);
  });

  it('a title’s dot still leaves the title out of the name', () => {
    expect(speakerOf('Sen. Ana Ruiz said the bill would pass.')).toEqual(['Ana Ruiz']);
  });
});

describe('English cues: a reported clause without "that"', () => {
  it('a present tense after "it" makes the words after a verb of warning a clause', () => {
    expect(quotes('The council warned it faces a budget gap of £6m.').map((q) => [q.text, q.attributes.speakerText])).toEqual([
      ['it faces a budget gap of £6m', 'The council'],
    ]);
  });

  it('a possessive "its" before a noun is no clause', () => {
    expect(quotes('The firm reported its results on Monday.')).toEqual([]);
  });
});

describe('English speakers after an inverted verb: someone described, then named or kept unnamed', () => {
  it('the name in apposition after a role speaks', () => {
    expect(speakerOf('"We have nothing left," said the woman’s brother, Sam.')).toEqual(['Sam']);
    expect(speakerOf('"We have nothing left," said the woman’s brother, Sam, who lives nearby.')).toEqual(['Sam']);
  });

  it('the name a relative clause gives speaks', () => {
    expect(speakerOf('"We have nothing left," said a woman who gave her name only as Mary.')).toEqual(['Mary']);
  });

  it('a short clause keeping the source unnamed stays in the mention', () => {
    expect(speakerOf('"I saw the smoke and ran," said a pupil who asked not to be named.')).toEqual(['a pupil who asked not to be named']);
  });

  it('a body followed by a participle or a relative clause of its own keeps its mention', () => {
    expect(speakerOf('"We will appeal," said the company, adding that it had done nothing wrong.')).toEqual(['the company', 'the company']);
    expect(speakerOf('"We will appeal," said the ministry, which oversees the programme.')).toEqual(['the ministry']);
  });
});

describe('English speakers after an inverted verb: an age', () => {
  it('an age after the article stays in an unnamed speaker’s mention', () => {
    expect(speakerOf('"I saw the smoke and ran," said a 12-year-old pupil.')).toEqual(['a 12-year-old pupil']);
  });

  it('an age before a name leaves the name alone', () => {
    expect(speakerOf('"I saw the smoke and ran," said 12-year-old Peter Obi.')).toEqual(['Peter Obi']);
  });
});
