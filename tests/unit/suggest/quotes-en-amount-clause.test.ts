import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// "said about a dozen families had left": a reported clause without "that" may open with an
// approximate amount written with "a" (a dozen, a third, a hundred); "said about the plan" is a topic.
// Invented sentences.
const texts = (text: string) => quotes(text).map((q) => [q.text, q.attributes.kind]);

describe('English reported clause opening with an approximate amount', () => {
  it('takes "about a dozen …" and "about a third of …" after said as the reported clause', () => {
    expect(texts('A shopkeeper said about a dozen families had already moved away.')).toEqual([
      ['about a dozen families had already moved away', 'indirect'],
    ]);
    expect(texts('The union organiser said about a third of the depots were short of drivers.')).toEqual([
      ['about a third of the depots were short of drivers', 'indirect'],
    ]);
  });

  it('does not take "said about the plan" as a reported clause', () => {
    expect(texts('The minister said about the plan that it was overdue.').map(([text]) => text)).not.toContain(
      'about the plan that it was overdue',
    );
    expect(texts('She said about a week ago that nothing would change.')).not.toContainEqual([
      'about a week ago that nothing would change',
      'indirect',
    ]);
  });
});
