import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented text (issue 12): a live-blog entry's quoted heading repeats words quoted in the entry below.
const creditOf = (text: string, words: string) => quotes(text).find((q) => q.text === words)?.attributes.speakerText;

describe('English quotes: a quoted heading repeated below', () => {
  it('credits the heading to the speaker of the quotation that repeats it', () => {
    const text = [
      'Live: storm batters the coast',
      '6.10pm',
      '"The roof just lifted off like a lid"',
      'Gareth Pugh, who runs a cafe on the seafront, was clearing glass from the pavement.',
      '"The roof just lifted off like a lid. We were lucky nobody was inside," he said.',
      '5.40pm',
      'The coastguard said two walkers had been rescued from the cliffs.',
    ].join('\n\n');
    expect(creditOf(text, 'The roof just lifted off like a lid')).toBe('Gareth Pugh');
  });

  it('leaves a heading whose words are not repeated below as it was', () => {
    const text = [
      'Live: storm batters the coast',
      '6.10pm',
      '"A night nobody here will forget"',
      'Gareth Pugh, who runs a cafe on the seafront, was clearing glass from the pavement.',
      '"We were lucky nobody was inside," he said.',
    ].join('\n\n');
    expect(creditOf(text, 'A night nobody here will forget')).not.toBe('Gareth Pugh');
  });
});
