import { describe, expect, it } from 'vitest';
import { figures } from './helpers';

// Our own sentences: English months that open a sentence or stand before their noun, the
// part of a month or year left outside the span, financial-year labels, cents of a dollar,
// and long Arabic amounts before their currency.
const shown = (text: string) => figures(text).map((f) => [f.text, f.attributes.value]);

describe('English bare months', () => {
  it('reads an ambiguous month after a capitalized cue that opens the sentence', () => {
    expect(shown('In March, the depot closed.')).toEqual([['March', '--03']]);
    expect(shown('Since May she has run the depot.')).toEqual([['May', '--05']]);
    expect(shown('Every June we open the pool.')).toEqual([['June', '--06']]);
  });

  it('reads a month before its noun (the August recess, the March quarter)', () => {
    expect(shown('Talks stalled before the August recess.')).toEqual([['August', '--08']]);
  });

  it('does not read a modal or a surname as a month', () => {
    expect(shown('You may march on Sunday.')).toEqual([]);
    expect(shown('In May Jones resigned.')).toEqual([]);
  });

  it('leaves mid- outside the span of a month or a year', () => {
    expect(shown('Work began in mid-April and ends by mid-2029.')).toEqual([
      ['April', '--04'],
      ['2029', '2029'],
    ]);
    expect(shown('COVID-19 wards reopened.')).toEqual([]);
  });
});

describe('Financial years', () => {
  it('reads FY labels as dates, leaving a two-digit one without a value', () => {
    expect(shown('Growth slowed in FY24 and the FY2026-27 plan is larger.')).toEqual([
      ['FY24', null],
      ['FY2026-27', '2026/2027'],
    ]);
  });

  it('keeps "fiscal" in the span of a fiscal year', () => {
    expect(shown('The firm raised its fiscal 2028 outlook.')).toEqual([['fiscal 2028', '2028']]);
  });
});

describe('Money', () => {
  it('reads "US cents" as a dollar amount', () => {
    const [rate] = figures('The rand traded at 5.4 US cents on Friday.');
    expect([rate?.text, rate?.attributes.value, rate?.attributes.unit, rate?.attributes.kind]).toEqual([
      '5.4 US cents',
      0.054,
      'USD',
      'money',
    ]);
  });

  it('reads a six-digit amount before its currency, but no bare six-digit id', () => {
    expect(shown('بلغ سعر البيع ۱۵۲۰۰۰ دیناراً لكل مئة دولار.')[0]).toEqual(['۱۵۲۰۰۰ دیناراً', 152000]);
    expect(shown('رقم الطلب 4411872 لدى المحكمة.')).toEqual([]);
  });

  it('reads "a quarter of a percentage point" as one figure, and no rugby five-eighth', () => {
    expect(shown('The bank cut rates by a quarter of a percentage point.')).toEqual([['a quarter of a percentage point', 0.25]]);
    expect(shown('Their five-eighth kicked the winner, and five-eighths of the crowd stayed.')).toEqual([['five-eighths', 62.5]]);
    expect(shown('Sales fell in the fourth quarter.')).toEqual([]);
  });
});
