import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented interviews (issue 12): the introduction names the interviewee, then "She spoke to …" /
// "He sat down with us"; the answers are the interviewee's.
const answers = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerName]);

describe('English Q&A: a pronoun in the meeting sentence', () => {
  it('credits the answers to the name that opened the sentence before "She spoke to our correspondent"', () => {
    const text = [
      'Chef on the future of food halls',
      '',
      'Ana Lim, 46, runs Harbour Kitchens, which manages five food halls. She spoke to Senior Correspondent Tan Wei about rents.',
      '',
      'Q: Your fees are high. How do you respond?',
      '',
      'A: I understand the frustration. The fees pay for cleaning.',
    ].join('\n');
    expect(answers(text)).toEqual([['I understand the frustration. The fees pay for cleaning', 'Ana Lim']]);
  });

  it('reads past a title before the name ("Galway goalkeeper Sean Daly … He sat down with us")', () => {
    const text =
      'Keeper on the final\n\nGalway goalkeeper Sean Daly saved two penalties last Sunday. He sat down with us in Athenry.\nQ: Does this one feel different?\nA: It does, yeah. We lost four games.';
    expect(answers(text)).toEqual([['It does, yeah. We lost four games', 'Sean Daly']]);
  });

  it('leaves the answers without a speaker when no sentence before opens with a name', () => {
    const text =
      'Keeper on the final\n\nThe final is on Sunday. He sat down with us in Athenry.\nQ: Does this one feel different?\nA: It does, yeah. We lost four games.';
    expect(answers(text)).toEqual([['It does, yeah. We lost four games', '']]);
  });
});
