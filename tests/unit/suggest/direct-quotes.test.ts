import { describe, expect, it } from 'vitest';
import { findMarkedSpans } from '../../../shared/suggest/quotes/direct';

const spans = (text: string) =>
  findMarkedSpans(text)
    .filter((s) => !s.nested)
    .map((s) => text.slice(s.start, s.end));

describe('pairing quotation marks', () => {
  it.each([
    ['قال: «نحن هنا» ثم غادر', '«نحن هنا»'],
    ['He said “we are here” and left', '“we are here”'],
    ['He said "we are here" and left', '"we are here"'],
    ['Er sagte „wir sind hier“ und ging', '„wir sind hier“'],
    ['He said ‘we are here’ and left', '‘we are here’'],
    ["He said 'we are here' and left", "'we are here'"],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(spans('Britain’s union and the students’ leader don’t agree')).toEqual([]);
    expect(spans("Britain's union doesn't agree with O'Connell")).toEqual([]);
  });

  it('keeps a guillemet pair across paragraphs', () => {
    const text = 'وأوضح: «لقد تحملنا الكثير.\nومن حق شعبنا أن يعيش بسلام».';
    expect(spans(text)).toEqual(['«لقد تحملنا الكثير.\nومن حق شعبنا أن يعيش بسلام»']);
  });

  it('follows the English convention of reopening each paragraph of one quote, across a blank line', () => {
    const text = '“Patients are arriving.\n\n“We need more staff.”';
    expect(spans(text)).toEqual([text]);
  });

  it('reports nested quotations inside the outer one', () => {
    const all = findMarkedSpans('«قال لي “لا” ثم مضى»');
    expect(all.map((s) => s.nested)).toEqual([false, true]);
  });

  it('drops a quotation that is never closed', () => {
    expect(spans('He said "we are here and left.\n\nNext paragraph.\n\nAnother.')).toEqual([]);
  });
});
