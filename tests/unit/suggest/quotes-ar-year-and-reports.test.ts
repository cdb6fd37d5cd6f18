import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Invented sentences. A quoted fragment that ends with a year is still words said («لم يتغير منذ
// 2001»), unlike a plan named by its year («رؤية 2030»); what a report showed (أظهر التقرير أن …) is
// a reported clause, offered for review rather than to Accept all.
const texts = (text: string) => quotes(text).map((q) => q.text);

describe('Arabic fragments ending in a year, and reports that show', () => {
  it('keeps a quoted fragment that ends with a year as a direct quote inside the clause', () => {
    const found = texts('وقال رئيس النقابة سامي حداد إن أجور العمال «لم ترتفع منذ عام 2019»، مطالباً بمراجعتها.');
    expect(found).toContain('لم ترتفع منذ عام 2019');
  });

  it('does not take a plan named by its year for a quote', () => {
    expect(texts('وأطلقت الحكومة «رؤية 2030» قبل سنوات بهدف تنويع الاقتصاد.')).toEqual([]);
  });

  it('takes the clause after أظهر as an indirect quote below the Accept all threshold', () => {
    const found = quotes('وأظهر تقرير الهيئة السنوي أن عدد الزوار ارتفع بنسبة 12% خلال العام الماضي.');
    expect(found.map((q) => [q.text, q.attributes.kind])).toEqual([['عدد الزوار ارتفع بنسبة 12% خلال العام الماضي', 'indirect']]);
    expect(found[0]?.confidence).toBeLessThan(0.9);
  });

  it('does not make a quote of أظهر with a plain object and no clause', () => {
    expect(texts('وأظهر الفريق مستوى جيداً في الشوط الثاني من المباراة.')).toEqual([]);
  });
});
