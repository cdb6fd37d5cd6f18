import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests: someone unnamed (a neighbour, a pharmacist) brought in by
// the sentence right before a quotation that has no verb of its own.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('English speakers: an unnamed person introduced just before a quotation', () => {
  it('"A neighbour, leaning on the gate, was less patient. “…”" is the neighbour’s, not the last speaker’s', () => {
    const speakers = speakerOf(
      '"We will rebuild," said the mayor, Joan Obi.\nA neighbour, leaning on the gate, was less patient. "They promised us a road in 2019."',
    );
    expect(speakers[1]).toMatch(/^(A )?neighbour$/);
  });

  it('after a colon, the introduction in the same sentence speaks', () => {
    const [speaker] = speakerOf(
      'Stocks ran low in March. A pharmacist, who did not want to be named, was more cautious: "The shelves are empty and the trucks are late."',
    );
    expect(speaker).toMatch(/^(A )?pharmacist$/);
  });

  it('an unnamed person two sentences back does not take the quotation', () => {
    const speakers = speakerOf(
      '"We will rebuild," said the mayor, Joan Obi.\nA neighbour watched from the gate. The road was still closed at noon. "They promised us a road in 2019."',
    );
    expect(speakers[1] ?? '').not.toContain('neighbour');
  });
});
