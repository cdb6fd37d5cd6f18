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

  it('does not take a reporter who sat down with a named person as the one who answers', () => {
    // The subject is the outlet's reporter and the object is a person: the object answers.
    const text = interview('Our correspondent Tomas Brenner sat down with Greta Lindqvist, the harbour master, in her office.');
    expect(answerSpeakers(text)).not.toContain('Tomas Brenner');
  });
});
