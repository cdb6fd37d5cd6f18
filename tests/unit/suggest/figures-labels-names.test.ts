import { describe, expect, it } from 'vitest';
import { figures } from './helpers';

// Our own sentences: numbers that label or name something (a disease type, a storm category,
// a law's year, a house number, a neighbourhood, a league round, a free hotline) are no figures.
const shown = (text: string) => figures(text).map((f) => f.text);

describe('English labels and names holding digits', () => {
  it('leaves a number after a classifier word (type 1 diabetes, a category 3 storm)', () => {
    expect(shown('Children with type 1 diabetes need 4 checks a day.')).toEqual(['4 checks']);
    expect(shown('The category 3 storm cut power to 12,000 homes.')).toEqual(['12,000 homes']);
  });

  it("leaves a law's year and a house number, but keeps the year in a sentence", () => {
    expect(shown('The Data Protection Act, 2019 and the Reform Act of 2001 were cited.')).toEqual([]);
    expect(shown('The clinic at 227 Mill Road opened in 2019.')).toEqual(['2019']);
  });

  it('keeps a count before a capitalized place that is no street', () => {
    expect(shown('The firm hired 300 New York teachers.')).toEqual(['300']);
  });
});

describe('Arabic labels and names holding digits', () => {
  it('leaves the number of a neighbourhood, a school or a square, with the month in its name', () => {
    expect(shown('احتج سكان حي 800 مسكن أمام البلدية.')).toEqual([]);
    expect(shown('زار الوزير مدرسة 23 يوليو في المدينة.')).toEqual([]);
    expect(shown('تجمع المحتجون في ساحة أول مايو.')).toEqual([]);
  });

  it('leaves a league round, a free hotline and a standard, but keeps the figures beside them', () => {
    expect(shown('فاز الفريق في الجولة 17 أمام 12 ألف متفرج.')).toEqual(['12 ألف متفرج']);
    expect(shown('خسر الفريق في الجولة الـ19 بعد 48 ساعة من السفر.')).toEqual(['48 ساعة']);
    expect(shown('يمكن الإبلاغ عبر الرقم المجاني 177 على مدار الساعة.')).toEqual([]);
    expect(shown('حصل المصنع على شهادة الأيزو 9001 هذا العام.')).toEqual([]);
  });

  it('leaves a plan named by its year three words after its name, but not across من', () => {
    expect(shown('تنسجم الخطة مع أهداف رؤية عمان الوطنية 2040.')).toEqual([]);
    expect(shown('سجلت مئوية التأسيس لأكثر من 36 ساعة من البث.')).toEqual(['36 ساعة']);
  });

  it("keeps an Arabic law's year, which the writers mark", () => {
    expect(shown('أقر المجلس قانون الموازنة لعام 2027.')).toEqual(['2027']);
  });
});

describe('Scorelines', () => {
  it('leaves a result between two team names and runs for wickets', () => {
    expect(shown('Millford 3-1 Eastwick: late goals settle derby')).toEqual([]);
    expect(shown('The visitors posted 214-6 in their 50 overs.')).toEqual(['50 overs']);
  });

  it('leaves an Arabic result followed by a verb joined by و', () => {
    expect(shown('النادي يهزم ضيفه 4-2 ويتصدر الترتيب')).toEqual([]);
  });

  it('keeps rising ranges with a unit', () => {
    expect(shown('Prices rose 4-6 per cent last year.')).toEqual(['4-6 per cent']);
  });
});
