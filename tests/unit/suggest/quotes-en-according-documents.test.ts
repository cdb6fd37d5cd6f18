import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences (issue 12): "according to" a document described after its noun, or a body's capitalized name.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);
const LEAD = 'The board met on Monday to discuss the plan for the county and its budget for next year.\n\n';

describe('English quotes: according to a document or a body', () => {
  it('credits the document, without the participle that describes it', () => {
    expect(credited(`${LEAD}The toll will raise about $2.4 million a year, according to a staff memo released last month.`)).toEqual([
      ['The toll will raise about $2.4 million a year', 'a staff memo'],
    ]);
  });

  it('credits the body after "by" when the participle names it', () => {
    expect(credited(`${LEAD}Taps ran on only six days in April, according to a log kept by the residents association.`)).toEqual([
      ['Taps ran on only six days in April', 'the residents association'],
    ]);
  });

  it('credits a capitalized body the name readers do not take for a person', () => {
    expect(
      credited(`${LEAD}The county spent only 21 per cent of its budget, according to the latest report by the Auditor of Accounts.`),
    ).toEqual([['The county spent only 21 per cent of its budget', 'Auditor of Accounts']]);
  });

  it('reads a notice as a document', () => {
    expect(credited(`${LEAD}The depot will close in August, according to a notice issued by the operator.`)).toEqual([
      ['The depot will close in August', 'the operator'],
    ]);
  });
});
