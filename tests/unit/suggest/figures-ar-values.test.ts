import { describe, expect, it } from 'vitest';
import { figure } from './helpers';

// Invented Arabic sentences: figure values that depend on how the number is written.
describe('Arabic figure values', () => {
  it('reads a dot before three digits as a thousands separator for counted things and currencies of hundredths', () => {
    const text = 'بيع الكيلو بـ 7.000 دج، وحصل المرشح على 612.847 صوتاً، وبُنيت 14.500 وحدة، وبلغ الإيجار 4.500 جنيه.';
    expect(figure(text, '7.000 دج')?.attributes).toMatchObject({ value: 7000, kind: 'money', unit: 'DZD' });
    expect(figure(text, '612.847 صوتاً')?.attributes.value).toBe(612847);
    expect(figure(text, '14.500 وحدة')?.attributes.value).toBe(14500);
    expect(figure(text, '4.500 جنيه')?.attributes.value).toBe(4500);
  });

  it('keeps the dot as a decimal point for dinars of thousandths, scale words, percents and measures', () => {
    const text = 'بلغ السعر 1.250 دينار كويتي، والنسبة 12.500 بالمئة، والمسافة 2.500 كيلومتر، والقرض 1.500 مليار دولار.';
    expect(figure(text, '1.250 دينار كويتي')?.attributes.value).toBe(1.25);
    expect(figure(text, '12.500 بالمئة')?.attributes.value).toBe(12.5);
    expect(figure(text, '2.500 كيلومتر')?.attributes.value).toBe(2.5);
    expect(figure(text, '1.500 مليار دولار')?.attributes.value).toBe(1.5e9);
  });

  it('reads trillions in the plural and with a Persian yeh, and a construct dual before a scale', () => {
    const text = 'قدّرت الكلفة بـ ۳ تریلیونات دینار، ثم بـ 4 تريليونات دينار، وخصصت الحكومة أربعة مليارات ومائتا مليون جنيه.';
    expect(figure(text, '۳ تریلیونات دینار')?.attributes.value).toBe(3e12);
    expect(figure(text, '4 تريليونات دينار')?.attributes.value).toBe(4e12);
    expect(figure(text, 'أربعة مليارات ومائتا مليون جنيه')?.attributes.value).toBe(4.2e9);
  });
});
