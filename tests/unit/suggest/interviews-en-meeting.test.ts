import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Invented English Q&A interviews whose introduction says who met whom ("sat down with the
// Herald", "the Gazette's reporter spoke to …"): the answers are the interviewee's.
const interview = (intro: string) =>
  [
    'Q&A: the harbour master on a difficult winter',
    '',
    intro,
    '',
    'Q: How bad was the storm season?',
    '',
    'A: The worst in a decade. We lost two piers and most of the fuel dock.',
    '',
    'Q: When will the ferries run again?',
    '',
    'A: By April, if the steel arrives on time.',
  ].join('\n');

const answerSpeakers = (text: string) =>
  quotes(text)
    .filter((q) => q.attributes.cue === 'A:')
    .map((q) => q.attributes.speakerName);

describe('English interviews: the introduction’s meeting sentence', () => {
  it('credits the answers to the subject who sat down with the outlet, past a relative clause', () => {
    const text = interview('Port director Greta Lindqvist, who took the post in 2023, sat down with the Coastal Herald last week.');
    expect(answerSpeakers(text)).toEqual(['Greta Lindqvist', 'Greta Lindqvist']);
    expect(speakers(text).map((s) => s.text)).toContain('Greta Lindqvist');
  });

  it('credits the answers to the person the outlet’s reporter spoke to, not to the reporter', () => {
    const text = interview("The Coastal Herald's Tomas Brenner spoke to Greta Lindqvist, harbour master of Port Elling, about the winter.");
    expect(answerSpeakers(text)).toEqual(['Greta Lindqvist', 'Greta Lindqvist']);
  });

  it('reads the outlet as the subject, an interview "with" the outlet, and a passive "was interviewed by"', () => {
    for (const intro of [
      'The Coastal Herald spoke with Greta Lindqvist, the port director, about the winter.',
      'The Coastal Herald interviewed port director Greta Lindqvist about the winter.',
      'In an interview with the Coastal Herald, port director Greta Lindqvist looked back on the winter.',
      'Port director Greta Lindqvist was interviewed by Tomas Brenner.',
    ])
      expect(answerSpeakers(interview(intro))).toEqual(['Greta Lindqvist', 'Greta Lindqvist']);
  });

  it('leaves the answers without a speaker when one named person spoke to another', () => {
    expect(answerSpeakers(interview('Tomas Brenner spoke to Greta Lindqvist.'))).toEqual(['', '']);
  });

  it('does not take a reporter who sat down with a named person as the one who answers', () => {
    // The subject is the outlet's reporter and the object is a person: the object answers.
    const text = interview('Our correspondent Tomas Brenner sat down with Greta Lindqvist, the harbour master, in her office.');
    expect(answerSpeakers(text)).not.toContain('Tomas Brenner');
  });
});

describe('English interviews: the headline quote', () => {
  it('credits a headline quote of a Q&A to the one who answers, and leaves it out of Accept all', () => {
    const text = [
      '‘We cannot wait for the steel’: the harbour master on a difficult winter',
      '',
      'Port director Greta Lindqvist, who took the post in 2023, sat down with the Coastal Herald last week.',
      '',
      'Q: When will the ferries run again?',
      '',
      'A: By April, if the steel arrives on time.',
    ].join('\n');
    const headline = quotes(text).find((q) => q.text === 'We cannot wait for the steel');
    expect(headline?.attributes.speakerName).toBe('Greta Lindqvist');
    expect(headline?.confidence).toBeLessThan(0.9);
  });

  it('does not give a headline quote a speaker when the article is no Q&A', () => {
    const text = [
      '‘We cannot wait for the steel’: ferries stay in port',
      '',
      'Port director Greta Lindqvist said repairs would take months.',
    ].join('\n');
    const headline = quotes(text).find((q) => q.text === 'We cannot wait for the steel');
    expect(headline?.attributes.speakerName ?? '').toBe('');
  });
});
