// Number words. Arabic entries are folded before matching.
import { foldedMap } from './util';
import { AR_NOUN_DUALS } from './ar-duals';

export type NumberWordRole = 'unit' | 'ten' | 'hundred' | 'scale' | 'fraction' | 'dozen';

export interface NumberWord {
  value: number;
  role: NumberWordRole;
}

const u = (value: number): NumberWord => ({ value, role: 'unit' });
const t = (value: number): NumberWord => ({ value, role: 'ten' });
const h = (value: number): NumberWord => ({ value, role: 'hundred' });
const s = (value: number): NumberWord => ({ value, role: 'scale' });
const f = (value: number): NumberWord => ({ value, role: 'fraction' });

const ARABIC: Array<[string, NumberWord]> = [
  ['واحد', u(1)],
  ['واحدة', u(1)],
  ['اثنان', u(2)],
  ['اثنين', u(2)],
  ['اثنتان', u(2)],
  ['اثنتين', u(2)],
  ['اثنا', u(2)],
  ['اثني', u(2)],
  ['اثنتا', u(2)],
  ['اثنتي', u(2)],
  ['ثلاث', u(3)],
  ['ثلاثة', u(3)],
  ['أربع', u(4)],
  ['أربعة', u(4)],
  ['خمس', u(5)],
  ['خمسة', u(5)],
  ['ست', u(6)],
  ['ستة', u(6)],
  ['سبع', u(7)],
  ['سبعة', u(7)],
  ['ثمان', u(8)],
  ['ثماني', u(8)],
  ['ثمانية', u(8)],
  ['تسع', u(9)],
  ['تسعة', u(9)],
  ['عشر', u(10)],
  ['عشرة', u(10)],
  ['أحد', u(1)],
  ['إحدى', u(1)],
  ['عشرون', t(20)],
  ['عشرين', t(20)],
  ['ثلاثون', t(30)],
  ['ثلاثين', t(30)],
  ['أربعون', t(40)],
  ['أربعين', t(40)],
  ['خمسون', t(50)],
  ['خمسين', t(50)],
  ['ستون', t(60)],
  ['ستين', t(60)],
  ['سبعون', t(70)],
  ['سبعين', t(70)],
  ['ثمانون', t(80)],
  ['ثمانين', t(80)],
  ['تسعون', t(90)],
  ['تسعين', t(90)],
  ['مئة', h(100)],
  ['مائة', h(100)],
  ['مئتان', h(200)],
  ['مئتين', h(200)],
  ['مئتي', h(200)],
  ['مائتان', h(200)],
  ['مائتين', h(200)],
  ['مائتي', h(200)],
  // The construct dual before a scale: مائتا مليون.
  ['مائتا', h(200)],
  ['مئتا', h(200)],
  ...[3, 4, 5, 6, 7, 8, 9].flatMap((n): Array<[string, NumberWord]> => {
    const stem = ['', '', '', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'][n] as string;
    return [
      [`${stem}مئة`, h(n * 100)],
      [`${stem}مائة`, h(n * 100)],
    ];
  }),
  ['ألف', s(1e3)],
  ['ألفا', s(1e3)],
  ['آلاف', s(1e3)],
  ['مليون', s(1e6)],
  ['مليونا', s(1e6)],
  ['ملايين', s(1e6)],
  ['مليار', s(1e9)],
  ['مليارا', s(1e9)],
  ['مليارات', s(1e9)],
  ['بليون', s(1e9)],
  ['تريليون', s(1e12)],
  ['تريليونا', s(1e12)],
  ['تريليونات', s(1e12)],
  ['ترليون', s(1e12)],
  ['ترليونات', s(1e12)],
  // Scraped pages keep the Persian yeh (ی) in the word: ۳ تریلیونات دینار.
  ['تریلیون', s(1e12)],
  ['تریلیونات', s(1e12)],
  ['نصف', f(1 / 2)],
  ['ثلث', f(1 / 3)],
  ['ربع', f(1 / 4)],
  ['ثلثي', f(2 / 3)],
  ['ثلثا', f(2 / 3)],
];

/** Arabic number words (folded) → value and role. */
export const AR_NUMBER_WORDS = foldedMap(ARABIC);

/** Dual forms of scale words: a whole number on their own (ألفين = 2000). */
export const AR_DUAL_SCALES = foldedMap([
  ['ألفان', 2e3],
  ['ألفين', 2e3],
  ['ألفي', 2e3],
  ['مليونان', 2e6],
  ['مليونين', 2e6],
  ['مليوني', 2e6],
  ['ملياران', 2e9],
  ['مليارين', 2e9],
  ['ملياري', 2e9],
]);

/** Vague plurals (آلاف المتظاهرين): not a figure unless a number precedes them. */
export const AR_PLURAL_SCALES = foldedMap([
  ['آلاف', 1e3],
  ['ملايين', 1e6],
  ['مليارات', 1e9],
]);

/** Dual nouns of counted things, each meaning "two …". */
export const AR_COUNTED_DUALS = foldedMap([
  ['شخصين', 'شخص'],
  ['شخصان', 'شخص'],
  ['طفلين', 'طفل'],
  ['طفلان', 'طفل'],
  ['رجلين', 'رجل'],
  ['امرأتين', 'امرأة'],
  ['قتيلين', 'قتيل'],
  ['قتيلان', 'قتيل'],
  ['جريحين', 'جريح'],
  ['جريحان', 'جريح'],
  ['جنديين', 'جندي'],
  ['صاروخين', 'صاروخ'],
  ['منزلين', 'منزل'],
  ['مبنيين', 'مبنى'],
  ['دولتين', 'دولة'],
  ['مرتين', 'مرة'],
  ...AR_NOUN_DUALS,
]);

const ENGLISH: Array<[string, NumberWord]> = [
  ['one', u(1)],
  ['two', u(2)],
  ['three', u(3)],
  ['four', u(4)],
  ['five', u(5)],
  ['six', u(6)],
  ['seven', u(7)],
  ['eight', u(8)],
  ['nine', u(9)],
  ['ten', u(10)],
  ['eleven', u(11)],
  ['twelve', u(12)],
  ['thirteen', u(13)],
  ['fourteen', u(14)],
  ['fifteen', u(15)],
  ['sixteen', u(16)],
  ['seventeen', u(17)],
  ['eighteen', u(18)],
  ['nineteen', u(19)],
  ['twenty', t(20)],
  ['thirty', t(30)],
  ['forty', t(40)],
  ['fifty', t(50)],
  ['sixty', t(60)],
  ['seventy', t(70)],
  ['eighty', t(80)],
  ['ninety', t(90)],
  ['hundred', h(100)],
  ['thousand', s(1e3)],
  ['million', s(1e6)],
  ['billion', s(1e9)],
  ['trillion', s(1e12)],
  ['dozen', { value: 12, role: 'dozen' }],
  ['half', f(1 / 2)],
  ['quarter', f(1 / 4)],
  // South Asian scales: Rs 50 lakh, Rs 9.52 lakh crore.
  ['lakh', s(1e5)],
  ['lakhs', s(1e5)],
  ['crore', s(1e7)],
  ['crores', s(1e7)],
];

/** Lower-case English number words → value and role. */
export const EN_NUMBER_WORDS = new Map(ENGLISH);
