import { describe, expect, it } from 'vitest';
import { figure, figures } from './helpers';

describe('dates in all three Arabic month families and English', () => {
  it.each([
    ['منذ 7 أكتوبر الماضي', '7 أكتوبر', '--10-07'],
    ['الموقع في 19 يناير 2024', '19 يناير 2024', '2024-01-19'],
    ['في ١٥ أبريل ٢٠٢٣', '١٥ أبريل ٢٠٢٣', '2023-04-15'],
    ['منذ 8 تشرين الأول/أكتوبر 2023', '8 تشرين الأول/أكتوبر 2023', '2023-10-08'],
    ['في 10 تشرين الثاني', '10 تشرين الثاني', '--11-10'],
    ['منذ ١٥ شباط', '١٥ شباط', '--02-15'],
    ['في 2 أيار/مايو', '2 أيار/مايو', '--05-02'],
    ['في 21 كانون الثاني 2024', '21 كانون الثاني 2024', '2024-01-21'],
    ['إلى غاية 5 جويلية 2024', '5 جويلية 2024', '2024-07-05'],
    ['في 15 شتنبر المقبل', '15 شتنبر', '--09-15'],
    ['في 3 يوليوز', '3 يوليوز', '--07-03'],
    ['يوم السابع من أكتوبر', 'السابع من أكتوبر', '--10-07'],
    ['في الحادي والعشرين من مارس', 'الحادي والعشرين من مارس', '--03-21'],
    ['في مارس 2024', 'مارس 2024', '2024-03'],
    ['نهاية كانون الأول/ديسمبر ٢٠٢٣', 'كانون الأول/ديسمبر ٢٠٢٣', '2023-12'],
    ['expired on January 12, 2024.', 'January 12, 2024', '2024-01-12'],
    ['since October 7.', 'October 7', '--10-07'],
    ['on 3 October', '3 October', '--10-03'],
    ['since Nov. 27, when', 'Nov. 27', '--11-27'],
    ['on October 7th', 'October 7th', '--10-07'],
    ['since March 2022.', 'March 2022', '2022-03'],
    ['في 12/03/2024 بالقاهرة', '12/03/2024', '2024-03-12'],
    ['on 12/03/2024 in Boston', '12/03/2024', '2024-12-03'],
    ['on 25/03/2024 in London', '25/03/2024', '2024-03-25'],
    ['on 2024-03-12.', '2024-03-12', '2024-03-12'],
    ['عام 2025 كله', '2025', '2025'],
    ['since 2004.', '2004', '2004'],
  ])('%s', (text, raw, iso) => {
    const f = figure(text, raw);
    expect(f, JSON.stringify(figures(text).map((x) => x.text))).toBeDefined();
    expect(f?.attributes).toMatchObject({ kind: 'date', value: iso });
  });

  it('refuses impossible dates; a month name that is also a word is a date only after a time word', () => {
    expect(figures('في 31 فبراير').map((f) => f.text)).not.toContain('31 فبراير');
    expect(figures('قال آب إن الطفل بخير، وفي أيار الماضي').map((f) => [f.text, f.attributes.value])).toEqual([['أيار', '--05']]);
  });

  it('reads a four-digit number as a year only after a year word', () => {
    expect(figure('بلغ عددهم 2000 شخص', '2000 شخص')?.attributes.kind).toBe('count');
    expect(figure('منذ عام 2011', '2011')?.attributes.kind).toBe('date');
  });
});
