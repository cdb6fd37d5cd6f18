import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

describe('English quotes', () => {
  it.each([
    ['Lopez said that 30 percent of the money would go to schools.', '30 percent of the money would go to schools', 'said', 'Lopez'],
    ['Lopez said 30 percent of the money would go to schools.', '30 percent of the money would go to schools', 'said', 'Lopez'],
    ['Lopez added on Tuesday that the vote was final.', 'the vote was final', 'added', 'Lopez'],
    ['Mary Collins told reporters in Leeds that the strike would go ahead.', 'the strike would go ahead', 'told', 'Mary Collins'],
    ['Survivors claimed the driver had been working all night.', 'the driver had been working all night', 'claimed', 'Survivors'],
    ['The agency warned that another storm could arrive soon.', 'another storm could arrive soon', 'warned', 'The agency'],
    ['Talks will resume next week, officials said.', 'Talks will resume next week', 'said', 'officials'],
    [
      'Prices rose sharply in May, according to the statistics office.',
      'Prices rose sharply in May',
      'according to',
      'the statistics office',
    ],
    ['According to the national police, the road was closed.', 'the road was closed', 'According to', 'the national police'],
  ])('%s', (text, clause, cue, speaker) => {
    const q = quotes(text);
    expect(q.map((x) => x.text)).toEqual([clause]);
    expect(q[0]?.attributes).toMatchObject({ kind: 'indirect', cue, speakerText: speaker });
  });

  it('direct quotes with the speaker before or after, inverted or not', () => {
    const text = [
      '"We listened to every neighbourhood," said Maria Lopez, the council chair.',
      '"It is a good budget," Lopez said.',
      'Lopez said: "We will deliver."',
      '“This was a betrayal,” Judge Karen Ellis said as she passed sentence.',
    ].join('\n');
    expect(quotes(text).map((q) => [q.text, q.attributes.speakerName, q.attributes.kind])).toEqual([
      ['We listened to every neighbourhood', 'Maria Lopez', 'direct'],
      ['It is a good budget', 'Maria Lopez', 'direct'],
      ['We will deliver', 'Maria Lopez', 'direct'],
      ['This was a betrayal', 'Karen Ellis', 'direct'],
    ]);
  });

  it('a split quote keeps its speaker for both halves, and a stand-alone paragraph continues it', () => {
    const text = '"These are painful decisions," she said, "but they are necessary."\n"We will get through this together."';
    const q = quotes(`Chief executive Priya Nair spoke on Monday.\n${text}`);
    expect(q.map((x) => [x.text, x.attributes.speakerName])).toEqual([
      ['These are painful decisions', 'Priya Nair'],
      ['but they are necessary', 'Priya Nair'],
      ['We will get through this together', 'Priya Nair'],
    ]);
  });

  it('a partial quote is the clause (indirect) and its quoted fragment (direct), both by the same speaker', () => {
    expect(
      quotes('Tom Baker said the city was "borrowing from the future."').map((q) => [q.text, q.attributes.kind, q.attributes.speakerName]),
    ).toEqual([
      ['the city was "borrowing from the future."', 'indirect', 'Tom Baker'],
      ['borrowing from the future', 'direct', 'Tom Baker'],
    ]);
    expect(quotes('Council member Dana Whitfield called the decision “a betrayal of working families.”')[0]).toMatchObject({
      text: 'a betrayal of working families',
      attributes: { kind: 'direct', speakerName: 'Dana Whitfield' },
    });
    expect(quotes('The union described the offer as "insulting".').map((q) => [q.text, q.attributes.speakerName])).toEqual([
      ['insulting', 'The union'],
    ]);
  });

  it('an aside such as ", she says," attributes what follows', () => {
    const q = quotes('Amal Haddad runs a bakery. Since January, she says, flour prices have doubled.');
    expect(q.map((x) => [x.text, x.attributes.speakerName])).toEqual([['flour prices have doubled', 'Amal Haddad']]);
  });

  it('a postposed attribution governs its whole sentence', () => {
    const q = quotes('Uganda has confirmed 14 new cases of Ebola, health officials said on Monday.');
    expect(q.map((x) => [x.text, x.attributes.speakerText])).toEqual([['Uganda has confirmed 14 new cases of Ebola', 'health officials']]);
  });
});

describe('English quote traps', () => {
  it.each([
    ['a title', 'The report, titled "Moving Riverton Forward," is online.'],
    ['Title Case in quotes', 'The museum\'s new exhibition, "Voices of the Nile," opens in June.'],
    ['a scare quote', 'Curator Sarah Klein described the show as a "conversation" between eras.'],
    ['a single word with said nearby', 'He said the word "no" was never used.'],
    ['a passive "is said to"', 'The house is said to be haunted by its owner.'],
    ['a nickname', 'The striker, known as "The Rocket", scored twice.'],
  ])('%s', (_label, text) => {
    expect(quotes(text).filter((q) => q.attributes.kind !== 'indirect' || _label === 'a passive "is said to"')).toEqual([]);
  });

  it('a word mentioned in marks inside a reported clause is not a quote of its own', () => {
    const q = quotes('He said the word "no" was never used.');
    expect(q.map((x) => [x.text, x.attributes.kind])).toEqual([['the word "no" was never used', 'indirect']]);
  });
});
