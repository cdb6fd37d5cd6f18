import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences (issue 12): a counted group of unnamed people, and bare plural verbs of saying.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);
const LEAD = 'The depot closed in March and the drivers have not been paid since then.\n\n';

describe('English speakers: counted groups and plural verbs', () => {
  it('keeps the number word of a counted group of people', () => {
    expect(credited(`${LEAD}Three former shift supervisors said the rosters had been padded for months.`)).toEqual([
      ['the rosters had been padded for months', 'Three former shift supervisors'],
    ]);
  });

  it('reads an agent noun after a count as people', () => {
    expect(credited(`${LEAD}In the minutes, the two dissenters said they saw a risk to jobs.`)).toEqual([
      ['they saw a risk to jobs', 'the two dissenters'],
    ]);
  });

  it('reads "insist" and "countered" as verbs of saying', () => {
    expect(credited(`${LEAD}Managers insist the depot will reopen. Drivers countered that no date had been given.`)).toEqual([
      ['the depot will reopen', 'Managers'],
      ['no date had been given', 'Drivers'],
    ]);
  });
});

describe('English quotes: complaints reported in a question', () => {
  it('reads "complain that" as a verb of saying, in an interview question too', () => {
    const text = [
      'Interview: the new ferry chief',
      'Q: What changes on Monday?',
      'A: Boats leave every twenty minutes, so the queues should get shorter.',
      'Q: Residents of the north shore complain that the pier is still a long walk from the bus. What will you do?',
      'A: We are adding a shuttle from next month.',
    ].join('\n\n');
    expect(credited(text)).toContainEqual(['the pier is still a long walk from the bus', 'Residents of the north shore']);
  });
});
