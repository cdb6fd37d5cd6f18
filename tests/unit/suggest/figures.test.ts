import { describe, expect, it } from 'vitest';
import { figure, figures } from './helpers';

describe('figures: digits, percentages, money', () => {
  it.each([
    ['ارتفع عدد المصابين إلى 120 شخصاً.', '120 شخصاً', 120, 'count', ''],
    ['بلغت النسبة ٦٠٪ من السكان.', '٦٠٪', 60, 'percent', '%'],
    ['وصلت إلى ۶۰٪ هذا العام.', '۶۰٪', 60, 'percent', '%'],
    ['تراجع إلى 2,3 في المائة.', '2,3 في المائة', 2.3, 'percent', '%'],
    ['بنسبة 7.6 بالمئة فقط.', '7.6 بالمئة', 7.6, 'percent', '%'],
    ['The rate rose 4.3 per cent.', '4.3 per cent', 4.3, 'percent', '%'],
    ['It fell 15 percent.', '15 percent', 15, 'percent', '%'],
    ['بقيمة ٨٫٥ مليار دولار.', '٨٫٥ مليار دولار', 8.5e9, 'money', 'USD'],
    ['ضخ ١٬٢٠٠ مليون دولار.', '١٬٢٠٠ مليون دولار', 1.2e9, 'money', 'USD'],
    ['خصصت 16 مليار درهم مغربي.', '16 مليار درهم مغربي', 16e9, 'money', 'MAD'],
    ['بلغت 4,5 تريليون جنيه.', '4,5 تريليون جنيه', 4.5e12, 'money', 'EGP'],
    ['a budget of $4.5 million', '$4.5 million', 4.5e6, 'money', 'USD'],
    ['promised €25m in aid', '€25m', 25e6, 'money', 'EUR'],
    ['found £1.2bn for schools', '£1.2bn', 1.2e9, 'money', 'GBP'],
    ['shares hit $61.20 today', '$61.20', 61.2, 'money', 'USD'],
    ['30 ألف طن من اللحوم', '30 ألف طن', 30000, 'measure', 't'],
    ['45 درجة مئوية في أسوان', '45 درجة مئوية', 45, 'measure', '°C'],
    ['could reach 44C by Wednesday', '44C', 44, 'measure', '°C'],
    ['by 200 basis points', '200 basis points', 200, 'measure', 'bp'],
  ])('%s', (text, raw, value, kind, unit) => {
    const f = figure(text, raw);
    expect(f, `no figure "${raw}" in ${JSON.stringify(figures(text).map((x) => x.text))}`).toBeDefined();
    expect(f?.attributes).toMatchObject({ raw, value, kind, unit });
  });

  it('records what a count counts, and keeps a one-word counted noun in the span (guidelines)', () => {
    expect(figure('أجرى 14 اتصالاً هاتفياً', '14 اتصالاً')?.attributes.counts).toBe('اتصالاً');
    expect(figure('carrying 45 passengers', '45 passengers')?.attributes.counts).toBe('passengers');
    // With an adjective before the noun, or a compound noun, the number stands alone.
    expect(figure('3,400 striking workers and 5 police officers', '3,400')).toBeDefined();
    expect(figure('3,400 striking workers and 5 police officers', '5')).toBeDefined();
  });
});

describe('figures: ranges', () => {
  it.each([
    ['هدنة تستمر ما بين 40 و50 يوماً.', '40 و50 يوماً', [40, 50], 'duration'],
    ['بين 3 و4 بالمئة', '3 و4 بالمئة', [3, 4], 'percent'],
    ['بين ٧٥ و٨٥ دولاراً للبرميل', '٧٥ و٨٥ دولاراً', [75, 85], 'money'],
    ['ستنجز خلال 30-36 شهراً', '30-36 شهراً', [30, 36], 'duration'],
    ['wage growth of 4-5% remained', '4-5%', [4, 5], 'percent'],
    ['between 40 and 45 passengers', '40 and 45 passengers', [40, 45], 'count'],
    ['outages lasted from 4 to 6 hours', '4 to 6 hours', [4, 6], 'duration'],
    ['another two to three inches of rain', 'two to three inches', [2, 3], 'measure'],
    ['between 2019 and 2023', '2019 and 2023', [2019, 2023], 'date'],
    ['بين 3 و5 ملايين دولار', '3 و5 ملايين دولار', [3e6, 5e6], 'money'],
  ])('%s', (text, raw, value, kind) => {
    expect(figure(text, raw)?.attributes).toMatchObject({ value, kind });
  });

  it('reads a change from one amount to another as two figures (the blind writers split every one)', () => {
    const shown = (text: string) => figures(text).map((f) => [f.text, f.attributes.value]);
    expect(shown('ارتفع من 200 ألف إلى 250 ألف راكب')).toEqual([
      ['200 ألف', 200000],
      ['250 ألف راكب', 250000],
    ]);
    expect(shown('ridership fell from 48,000 to 31,500 trips')).toEqual([
      ['48,000', 48000],
      ['31,500 trips', 31500],
    ]);
  });

  it('does not read a phone number, a season or a score as a range', () => {
    expect(figures('Call 555-0142 today.')).toEqual([]);
    // A season's label is one date (figures-labels.test.ts), never a range from 2023 to 24.
    expect(figure('the 2023-24 season', '2023-24')?.attributes).toMatchObject({ kind: 'date', value: '2023/2024' });
  });
});

describe('figures: number words', () => {
  it.each([
    ['أصيب ثلاثة آلاف ومئتي شخص', 'ثلاثة آلاف ومئتي شخص', 3200, 'count'],
    ['ارتفعت إلى 3 آلاف و200 قتيل', '3 آلاف و200 قتيل', 3200, 'count'],
    ['نزح نحو مليون و700 ألف شخص', 'مليون و700 ألف شخص', 1.7e6, 'count'],
    ['عشرة ملايين شخص', 'عشرة ملايين شخص', 1e7, 'count'],
    ['خمسة وعشرون طالباً', 'خمسة وعشرون طالباً', 25, 'count'],
    ['أحد عشر لاعباً', 'أحد عشر لاعباً', 11, 'count'],
    ['خلال يومين من القصف', 'يومين', 2, 'duration'],
    ['مقتل شخصين', 'شخصين', 2, 'count'],
    ['إدخال مليوني لتر من الوقود', 'مليوني لتر', 2e6, 'measure'],
    ['خلال العقدين الماضيين', 'العقدين', 2, 'duration'],
    ['نصف المستشفيات خرجت عن الخدمة', 'نصف', 50, 'percent'],
    ['نحو نصف مليون شخص', 'نصف مليون شخص', 500000, 'count'],
    ['rescued two dozen hikers', 'two dozen hikers', 24, 'count'],
    ['at three hundred sites', 'three hundred sites', 300, 'count'],
    ['over the next forty-eight hours', 'forty-eight hours', 48, 'duration'],
    ['after the two-hour meeting', 'two-hour', 2, 'duration'],
    ['walk half an hour', 'half an hour', 0.5, 'duration'],
    ['roughly half of the group', 'half', 50, 'percent'],
    ['more than a third of the staff', 'a third', 33.3333333333, 'percent'],
    ['Seven members voted', 'Seven members', 7, 'count'],
  ])('%s', (text, raw, value, kind) => {
    const f = figure(text, raw);
    expect(f, JSON.stringify(figures(text).map((x) => x.text))).toBeDefined();
    expect(f?.attributes.kind).toBe(kind);
    expect(f?.attributes.value as number).toBeCloseTo(value, 6);
  });
});

describe('figures: traps', () => {
  it.each([
    ['ordinal words', 'the second round was postponed, and the first half ended.'],
    ['Arabic ordinals', 'الجولة الثانية من المحادثات في بيانها الأول خلال الربع الأول.'],
    ['phone numbers', 'للتواصل: 0522 45 67 89 أو 01001234567'],
    ['hotline after a contact word', 'للتواصل مع خدمة العملاء: 19550'],
    ['UK phone', 'bookings on 020 7946 0958.'],
    ['article ids', 'رقم الخبر: 884512'],
    ['reference with dash', 'Ref: 20240611-4471'],
    ['digits glued to a word', 'وإسرائيل ترد بآخر مضاد6561'],
    ['model names', 'an F-16 and a G20 summit on COVID-19'],
    ['resolution numbers', 'القرار 2334 وArticle 12'],
    ['clock times', 'at 10:30 in the morning'],
    ['URLs', 'see www.example.org/news/2024/123456'],
    ['"one" as a pronoun', 'one of them said no one came'],
    ['a month name that is also a word, with no time word before it', 'he may go; مارس الرياضة'],
  ])('%s are not figures', (_label, text) => {
    expect(figures(text).map((f) => f.text)).toEqual([]);
  });

  it('keeps a real figure next to a trap', () => {
    const found = figures('رقم الهاتف 01001234567 وقتل 12 شخصاً').map((f) => f.text);
    expect(found).toEqual(['12 شخصاً']);
  });
});
