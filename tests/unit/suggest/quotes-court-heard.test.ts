import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

const summary = (text: string) => quotes(text).map((q) => [q.text, q.attributes.kind, q.attributes.speakerName]);

// What a court or a jury heard is reported evidence: an indirect quote whose source the court is not.
describe('what a court heard', () => {
  it('quotes the clause after "X Court heard that", with no speaker', () => {
    expect(summary('Leeds Crown Court heard that Hale, who managed the depot, had sold 40 tonnes of scrap on the side.')).toEqual([
      ['Hale, who managed the depot, had sold 40 tonnes of scrap on the side', 'indirect', ''],
    ]);
  });

  it('quotes the sentence before ", the jury heard on Tuesday."', () => {
    expect(
      summary('Tom Hale, 52, of Mill Lane, took £9,000 from four neighbours between 2022 and 2024, the jury heard on Tuesday.'),
    ).toEqual([['Tom Hale, 52, of Mill Lane, took £9,000 from four neighbours between 2022 and 2024', 'indirect', '']]);
  });

  it('leaves "the court heard evidence from …" alone: no clause was reported', () => {
    expect(quotes('The court heard evidence from six witnesses over two days.')).toEqual([]);
  });
});
