import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// English Q&A interviews written for these tests: the introduction names who answers and who
// asks ("spoke to", "speaks to"); the answers are the interviewee's, never the interviewer's.
const interview = (headline: string, intro: string) =>
  [
    headline,
    intro,
    'Q: Why did the harvest fail?',
    'A: Two dry winters in a row. The wells in the valley dropped by a third.',
    'Q: What would help most?',
    'A: Cheaper loans for drip irrigation, and a fair price for what we grow.',
    'Q: Will you plant again next year?',
    'A: We have no choice. The land is all we have, and the bank will not wait for rain.',
  ].join('\n');

const answerSpeakers = (text: string) =>
  quotes(text)
    .filter((q) => q.attributes.cue === 'A:')
    .map((q) => q.attributes.speakerName);

describe('English interviews: who answers', () => {
  it('credits the answers to the person introduced, not to the reporter they spoke to', () => {
    const text = interview(
      'A farmer on the drought: ‘The land is all we have’',
      'Dr Helen Okafor, an agronomist at the Plateau Research Station, has farmed maize for 20 years, from Jos to Ghana’s Volta Basin. She spoke to Daniel Mensah about the failed harvest.',
    );
    const names = answerSpeakers(text);
    expect(names).toHaveLength(3);
    expect(new Set(names)).toEqual(new Set(['Helen Okafor']));
  });

  it('reads a name with a middle initial and an honorific (Shri Ravi K. Menon speaks to …)', () => {
    const text = interview(
      'Irrigation secretary: ‘We want drip lines on every farm’',
      'Additional Secretary (Water) Shri Ravi K. Menon speaks to Asha Pillai about the drought plan. Edited excerpts:',
    );
    const names = answerSpeakers(text);
    expect(names).toHaveLength(3);
    expect(new Set(names)).toEqual(new Set(['Ravi K. Menon']));
  });
});

describe('English interviews: the outlet’s "we spoke to" a blank line above the questions', () => {
  const text = [
    'Ports chief on the busy year',
    '',
    'Shipping is booming. We spoke to Dr Lena Moss, chief executive of the Harbour Authority (HA), about the new berths.',
    '',
    'Q: What are you seeing now?',
    '',
    'A: The pace has clearly picked up this spring.',
  ].join('\n');

  it('credits the answers to the person the outlet spoke to, left for review', () => {
    const answers = quotes(text).filter((q) => q.attributes.cue === 'A:');
    expect(answers.map((q) => q.attributes.speakerName)).toEqual(['Lena Moss']);
    expect(answers[0]?.confidence).toBeLessThan(0.9);
  });

  it('still credits no one when a reporter, not the outlet, spoke to the person', () => {
    const asked = text.replace('We spoke to Dr Lena Moss', 'Reporter Sam Hale spoke to Dr Lena Moss');
    expect(answerSpeakers(asked)).not.toContain('Lena Moss');
  });
});
