import { describe, expect, it } from 'vitest';
import { figure, figures } from './helpers';

const texts = (text: string) => figures(text).map((f) => f.text);

describe('numbers used as names are not figures', () => {
  it('leaves the year in a plan’s or event’s name', () => {
    expect(texts('أطلقت الحكومة «رؤية الأردن 2033» وتستضيف إكسبو 2030.')).toEqual([]);
    expect(texts('The plan is part of Vision 2030.')).toEqual([]);
  });

  it('leaves a number closing a short quoted title', () => {
    expect(texts('أقر المجلس خطة «الطاقة النظيفة 2040» بالإجماع.')).toEqual([]);
  });

  it('leaves the year of a law or case number', () => {
    expect(texts('صدر القانون رقم 12 لسنة 2021.')).toEqual([]);
  });

  it('leaves a route named by its number, not a count', () => {
    expect(texts('The 42 line will close, but the 12 buses on other routes stay.')).toEqual(['12 buses']);
  });

  it('leaves short groups dialled near a phone word', () => {
    expect(texts('Readers who need help can call a helpline free on 116 123.')).toEqual([]);
    expect(texts('ويمكن التبليغ عبر الخط الساخن ١١١ على مدار الساعة.')).toEqual([]);
  });
});

describe('years, shares and temperatures', () => {
  it('reads a year without a cue word as a year unless it counts something', () => {
    expect(figure('2023 was a record year for exports.', '2023')?.attributes).toMatchObject({ kind: 'date', value: '2023' });
    expect(figure('About 2000 people marched.', '2000 people')?.attributes).toMatchObject({ kind: 'count', value: 2000 });
  });

  it('does not read the semi- or quarter-final as a share', () => {
    expect(texts('بلغ الفريق نصف النهائي وخرج من ربع نهائي الكأس.')).toEqual([]);
  });

  it('reads a share inside quotation marks before "of"', () => {
    expect(texts('He lost "almost half" of his savings.')).toEqual(['half']);
  });

  it('reads Fahrenheit and Celsius', () => {
    expect(figure('It reached 104 Fahrenheit.', '104 Fahrenheit')?.attributes.unit).toBe('°F');
    expect(figure('It reached 40 degrees Fahrenheit.', '40 degrees Fahrenheit')?.attributes.unit).toBe('°F');
  });
});

describe('more figure forms', () => {
  it('adds "and a half" and a trailing ونصف to the number', () => {
    expect(figure('The talks lasted three and a half hours.', 'three and a half hours')?.attributes.value).toBe(3.5);
    expect(figure('استمر الاجتماع ساعتين، ثم ثلاث ساعات ونصف.', 'ثلاث ساعات ونصف')?.attributes.value).toBe(3.5);
  });

  it('reads a minus sign glued to a number, but not a hyphen inside words or ranges', () => {
    expect(figure('Lows of -12C are forecast.', '-12C')?.attributes.value).toBe(-12);
    expect(figure('Output shrank by −0.4% last year.', '−0.4%')?.attributes.value).toBe(-0.4);
    expect(figure('Delays of 30-36 months are likely.', '30-36 months')?.attributes.value).toEqual([30, 36]);
  });

  it('leaves street and floor numbers alone', () => {
    expect(texts('وقع الانفجار في شارع 9 قرب الطابق 4 من المبنى.')).toEqual([]);
  });
});

describe('clock times and shares after "by"', () => {
  it('leaves clock times with a.m./p.m. alone', () => {
    expect(texts('The curfew starts at 10 p.m. and ends at 6am.')).toEqual([]);
  });

  it('reads "fell by a quarter" and "by half" as shares', () => {
    expect(texts('Sales fell by a quarter, and costs rose by half.')).toEqual(['a quarter', 'half']);
  });
});
