import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences (issue 12): a quotation inside someone's words, opened by a verb of saying
// whose subject is written there, is credited to that subject (the guidelines: each nested quote
// has its own speaker).
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('English nested quotes: the subject of the verb that opens them', () => {
  it('credits a relative or an unnamed person who opens the inner quotation', () => {
    expect(credited('Lena Ward said: "It is hard. My father used to say, ‘Never borrow against the oven.’ I still do not."')).toEqual([
      ['It is hard. My father used to say, ‘Never borrow against the oven.’ I still do not', 'Lena Ward'],
      ['Never borrow against the oven', 'My father'],
    ]);
    expect(credited('"The lessons are long," Ana Diaz said. "A trainee told me, ‘I nearly gave up in May.’ She stayed."')[2]).toEqual([
      'I nearly gave up in May',
      'A trainee',
    ]);
  });

  it('reads past "kept telling" and "are asking" to a name that opens the clause', () => {
    const text = 'Coach Ann Bell said: "Tom kept telling me, ‘bat till the end and the target will come.’ He was right."';
    expect(credited(text)[1]).toEqual(['bat till the end and the target will come', 'Tom']);
  });

  it('leaves the inner quotation without a speaker when the subject is a pronoun or sits mid-clause', () => {
    const pronoun = 'Lena Ward said: "It is hard. She used to say, ‘Never borrow against the oven.’ I still do not."';
    expect(credited(pronoun)[1]).toEqual(['Never borrow against the oven', '']);
    const midClause = 'Lena Ward said: "We sold bread that the miller told us, ‘is the best in town.’ It was not."';
    expect(credited(midClause).find(([q]) => q === 'is the best in town')?.[1] ?? '').toBe('');
  });
});
