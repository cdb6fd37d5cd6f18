import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented interview (issue 12, round 16): "In this interview with <REPORTER>, she speaks on …".
describe('English Q&A: "In this interview with X, she …"', () => {
  it('credits the answers to the person introduced before, not the reporter named after "with"', () => {
    const text = [
      "Economist: 'Wages have been eaten by prices'",
      'Professor Ada Obi teaches development economics at the University of Lagos. In this interview with TUNDE BELLO, she speaks on food inflation and the minimum wage.',
      'Q: Food inflation has eased. Why do households not feel it?',
      'A: Because a slowdown in inflation is not a fall in prices.',
      'Q: Will it get better?',
      'A: Cautiously, yes. The harvest looks better.',
    ].join('\n\n');
    const answers = quotes(text).filter((q) => q.attributes.cue === 'A:');
    expect(answers.map((q) => q.attributes.speakerName)).toEqual(['Ada Obi', 'Ada Obi']);
  });
});
