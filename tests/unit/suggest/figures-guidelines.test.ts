import { describe, expect, it } from 'vitest';
import { figure, figures } from './helpers';

// Figures as the annotation guidelines span and normalize them. Sentences are invented.
const texts = (text: string) => figures(text).map((f) => f.text);
const valueOf = (text: string, raw: string) => {
  const f = figure(text, raw);
  expect(f, `no figure "${raw}" in ${JSON.stringify(texts(text))}`).toBeDefined();
  return f?.attributes;
};

describe('units and counted nouns inside the span', () => {
  it.each([
    ['بلغ الاستهلاك 95 كيلوواط ساعة في الأسبوع', '95 كيلوواط ساعة', 95, 'kWh'],
    ['خط بجهد 33 كيلوفولت', '33 كيلوفولت', 33, 'kV'],
    ['مولد بقوة 25 أمبير', '25 أمبير', 25, 'A'],
    ['ينتج 3 مليون قدم مكعب من الغاز', '3 مليون قدم مكعب', 3e6, 'ft³'],
    ['a tank of 40 cubic metres', '40 cubic metres', 40, 'm³'],
    ['a 2.5 megawatt-hour battery', '2.5 megawatt-hour', 2.5, 'MWh'],
  ])('%s', (text, raw, value, unit) => {
    expect(valueOf(text, raw)).toMatchObject({ value, unit, kind: 'measure' });
  });

  it('keeps the one counted word after a number, not an adjective before a noun', () => {
    expect(texts('افتتحت الوزارة ٧ مستوصفات جديدة')).toEqual(['٧ مستوصفات']);
    expect(texts('The charity fed 2,300 families and 40 local volunteers helped.')).toEqual(['2,300 families', '40']);
    expect(texts('Some 12 fire engines came.')).toEqual(['12']);
  });

  it('reads "N-noun" compounds, ranges with their noun, and "X or Y"', () => {
    expect(valueOf('a 120-seat theatre', '120-seat')).toMatchObject({ value: 120, kind: 'count' });
    expect(valueOf('يعمل فيه بين 15 و20 ممرضاً', '15 و20 ممرضاً')).toMatchObject({ value: [15, 20] });
    expect(valueOf('it took three or four weeks', 'three or four weeks')).toMatchObject({ value: [3, 4], kind: 'duration' });
  });

  it('a unit followed by "one" (سنة واحدة) and "at least one"', () => {
    expect(valueOf('تأخر المشروع شهراً واحداً فقط', 'شهراً واحداً')).toMatchObject({ value: 1, unit: 'month' });
    expect(valueOf('at least one bridge collapsed', 'one')).toMatchObject({ value: 1 });
    expect(texts('one of them left')).toEqual([]);
  });

  it('vague amounts are figures without a value', () => {
    expect(valueOf('خرج عشرات المحتجين إلى الشارع', 'عشرات المحتجين')).toMatchObject({ value: null, kind: 'count' });
    expect(valueOf('They lost millions of pounds.', 'millions of pounds')).toMatchObject({ value: null, kind: 'money', unit: 'GBP' });
  });

  it('fractions, definite or with a lead word, are shares', () => {
    expect(valueOf('تراجع الإنتاج إلى الربع تقريباً', 'الربع')).toMatchObject({ value: 25, kind: 'percent' });
    expect(texts('في النصف الأول من العام')).toEqual([]);
    expect(valueOf('sales fell by a third over the year', 'a third')?.value as number).toBeCloseTo(100 / 3, 6);
  });
});

describe('regional month names, bare months and the first of the month', () => {
  it.each([
    ['صدر القرار في نيسان الماضي', 'نيسان', '--04'],
    ['بدأت الأشغال في دجنبر', 'دجنبر', '--12'],
    ['حتى نونبر المقبل', 'نونبر', '--11'],
    ['منذ جانفي', 'جانفي', '--01'],
    ['خلال جويلية وأوت', 'جويلية', '--07'],
    ['أعلن في تشرين الثاني', 'تشرين الثاني', '--11'],
    ['المعرض يفتتح غرة رجب 1446هـ', 'غرة رجب 1446هـ', null],
    ['ابتداء من فاتح أكتوبر 2024', 'فاتح أكتوبر 2024', '2024-10-01'],
    ['The review ends in December.', 'December', '--12'],
  ])('%s', (text, raw, value) => {
    expect(valueOf(text, raw)).toMatchObject({ kind: 'date', value });
  });

  it('takes a month that is also a word only after a time word', () => {
    expect(texts('May Collins said the plan may change.')).toEqual([]);
    expect(texts('Voting closes in May.')).toEqual(['May']);
    expect(texts('مارس اللاعب الرياضة منذ صغره')).toEqual([]);
  });

  it('a Hijri date takes the Gregorian date written beside it', () => {
    const text = 'تبدأ العطلة يوم الأحد 1 شوال 1445هـ (الموافق 10 أبريل 2024م).';
    expect(valueOf(text, '1 شوال 1445هـ')).toMatchObject({ kind: 'date', value: '2024-04-10' });
    expect(valueOf(text, '10 أبريل 2024م')).toMatchObject({ kind: 'date', value: '2024-04-10' });
    expect(texts('يزداد الطلب في رمضان')).toEqual([]);
  });
});

describe('signed numbers', () => {
  it('keeps the sign when written', () => {
    expect(valueOf('inflation was -0.8% in June', '-0.8%')?.value).toBe(-0.8);
    expect(valueOf('سجل النمو −1.5% في الربع', '−1.5%')?.value).toBe(-1.5);
    expect(valueOf('exports rose +4.1% on the year', '+4.1%')?.value).toBe(4.1);
    expect(valueOf('a low of −7°C overnight', '−7°C')).toMatchObject({ value: -7, unit: '°C' });
  });

  it('does not take a hyphen inside a range or a word for a minus', () => {
    expect(valueOf('a 10-12% rise', '10-12%')?.value).toEqual([10, 12]);
  });
});

describe('digits inside names, clock times, scores and minutes are not figures', () => {
  it.each([
    ['names ending in a number', 'She flew an Airbus A330 on Highway 7 and filed Form 1040 before the Windows 11 update.'],
    ['a scoreline and a vote split', 'فاز الفريق 4-1 على ضيفه، وأقر المجلس القرار بأغلبية 9-3 أمام'],
    ['an English scoreline', 'City won 3-0 at home.'],
    ['match minutes', 'سجل الهدف في الدقيقة 64 وأضاف الثاني في الدقيقة 90+2'],
    ['an ordinal minute', 'a 77th-minute equaliser'],
    ['clock times with a full stop', 'between 8.15pm and 11.40 p.m. on Friday'],
    ['Arabic clock times', 'بدأ الاجتماع الساعة 9.30 صباحاً'],
    ['a bare hour after "at"', 'Polls open at 7, and close late.'],
    ['an ordinal teen', 'في دورته الحادية عشرة'],
    ['a reference with slashes', 'quote crime number 14/220/19 when calling'],
  ])('%s', (_label, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('still reads a real figure beside them', () => {
    expect(texts('Flight 404 carried 180 passengers.')).toEqual(['180 passengers']);
  });
});

describe('local currency abbreviations and Arabic currency words', () => {
  it.each([
    ['a Rs 2,400-crore plan', 'Rs 2,400-crore', 2.4e10, 'INR'],
    ['worth Rs 3.1 lakh crore', 'Rs 3.1 lakh crore', 3.1e12, 'INR'],
    ['paid Rs. 750 a day', 'Rs. 750', 750, 'INR'],
    ['a N12.5bn contract', 'N12.5bn', 12.5e9, 'NGN'],
    ['traded at ₦1,420', '₦1,420', 1420, 'NGN'],
    ['not a single kobo', 'kobo', null, ''],
    ['a KSh1.2 billion loan', 'KSh1.2 billion', 1.2e9, 'KES'],
    ['it costs 80 cents', '80 cents', 0.8, 'USD'],
    ['بتكلفة 45 مليون ج.م للمشروع', '45 مليون ج.م', 45e6, 'EGP'],
    ['ارتفع السعر إلى 90 ألف ل.ل للربطة', '90 ألف ل.ل', 9e4, 'LBP'],
    ['زاد السعر 50 قرشاً', '50 قرشاً', 0.5, 'EGP'],
    ['رسم قدره 75 هللة', '75 هللة', 0.75, 'SAR'],
  ])('%s', (text, raw, value, unit) => {
    if (value === null) {
      expect(texts(text)).toEqual([]);
      return;
    }
    expect(valueOf(text, raw)).toMatchObject({ kind: 'money', unit, value });
  });

  it('a one-letter currency counts only glued to the amount', () => {
    expect(texts('Section N 4 of the plan')).toEqual([]);
  });
});

describe('signed figures after a bracket (issue 12)', () => {
  it('keeps the minus of "(-3.2%)" and leaves a hyphen inside a name alone', () => {
    expect(figure('Transport: $12.5 million (-3.2%)', '-3.2%')?.attributes.value).toBe(-3.2);
    expect(figure('Spending on parks (+1.5%) held up.', '+1.5%')?.attributes.value).toBe(1.5);
  });
});

describe('cricket scores are not figures', () => {
  it('leaves out runs/wickets and bowling figures, keeps the runs and overs around them', () => {
    const found = figures('Delhi reached 287/6 in 88 overs, and Sharma finished with 3/41 after scoring 96 runs.').map((f) => f.text);
    for (const part of ['287', '6', '3', '41']) expect(found).not.toContain(part);
    expect(found).toEqual(expect.arrayContaining(['88 overs', '96 runs']));
  });
});

describe('ranges and units of South Asian and African papers', () => {
  const value = (text: string, raw: string) => figure(text, raw)?.attributes.value;

  it('reads a range with the same unit on both sides (cut by 40% to 45%)', () => {
    expect(value('The firm will cut its prices by 40% to 45% next year.', '40% to 45%')).toEqual([40, 45]);
  });

  it('keeps "from 10% to 12%" as two figures: a change, not a range', () => {
    expect(texts('Unemployment rose from 10% to 12% in a year.')).toEqual(['10%', '12%']);
  });

  it('reads a range with a currency in letters on both sides (R4.5m to R6.2m, Tk 300 to Tk 400)', () => {
    expect(value('Bribes of R4.5m to R6.2m were paid every quarter.', 'R4.5m to R6.2m')).toEqual([4_500_000, 6_200_000]);
    expect(value('Fares rose to between KSh50 million and KSh90 million a year.', 'KSh50 million and KSh90 million')).toEqual([
      50_000_000, 90_000_000,
    ]);
  });

  it('does not join a change and where it ended into one range (rose by $40 million to $9.8bn)', () => {
    expect(texts('Reserves rose by $40 million to $9.8bn last week.')).toEqual(['$40 million', '$9.8bn']);
  });

  it('reads Rs 5-6 as a money range, not a scoreline, and a bare Rs 9 as money', () => {
    expect(value('Farmers sell tomatoes at Rs 5-6 a kilo.', 'Rs 5-6')).toEqual([5, 6]);
    expect(figure('A cup of tea costs Rs 9 at the station.', 'Rs 9')?.attributes.unit).toBe('INR');
  });

  it('reads 9pc as a percent and a speed written with a slash (50-60km/h)', () => {
    expect(figure('Inflation eased to 9pc in May.', '9pc')?.attributes).toMatchObject({ value: 9, kind: 'percent' });
    expect(figure('Gusts of 50-60km/h are expected.', '50-60km/h')?.attributes).toMatchObject({ value: [50, 60], unit: 'km/h' });
  });
});
