// Month names: the three Arabic families (Egyptian/Gulf يناير…, Levantine/Iraqi كانون الثاني…,
// Maghreb جانفي… and Moroccan يوليوز…) and English names with their abbreviations.
import { foldedMap, foldedSet, words } from './util';

const ARABIC: Array<[string, number]> = [
  ['يناير', 1],
  ['فبراير', 2],
  ['مارس', 3],
  ['أبريل', 4],
  ['إبريل', 4],
  ['ابريل', 4],
  ['مايو', 5],
  ['يونيو', 6],
  ['يونيه', 6],
  ['يوليو', 7],
  ['يوليه', 7],
  ['أغسطس', 8],
  ['اغسطس', 8],
  ['سبتمبر', 9],
  ['أكتوبر', 10],
  ['اكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
  ['شباط', 2],
  ['آذار', 3],
  ['نيسان', 4],
  ['أيار', 5],
  ['حزيران', 6],
  ['تموز', 7],
  ['آب', 8],
  ['أيلول', 9],
  ['جانفي', 1],
  ['فيفري', 2],
  ['أفريل', 4],
  ['ماي', 5],
  ['جوان', 6],
  ['جويلية', 7],
  ['جويليه', 7],
  ['أوت', 8],
  ['يوليوز', 7],
  ['غشت', 8],
  ['شتنبر', 9],
  ['نونبر', 11],
  ['دجنبر', 12],
];

/** Single-word Arabic month names (folded) → month number. */
export const AR_MONTHS = foldedMap(ARABIC);

/** Levantine two-word names: first word → (second word → month). */
export const AR_MONTH_PAIRS = new Map<string, Map<string, number>>([
  [
    'كانون',
    foldedMap([
      ['الثاني', 1],
      ['الأول', 12],
    ]),
  ],
  [
    'تشرين',
    foldedMap([
      ['الأول', 10],
      ['الثاني', 11],
    ]),
  ],
]);

const ENGLISH: Array<[string, number]> = [
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
];

/** Lower-cased English month names and abbreviations → month number. */
export const EN_MONTHS = new Map(ENGLISH);

/**
 * Month names that are also ordinary words (مارس "practised", آب "father" once folded,
 * ماي, جوان, أوت, نيسان the car maker, تموز): alone, a date only after a time word.
 */
export const AR_AMBIGUOUS_MONTHS = foldedSet(['مارس', 'آب', 'ماي', 'جوان', 'أوت', 'نيسان', 'تموز']);
/** English months that are also names or verbs (May, March, June, April, August) and the abbreviations. */
export const EN_AMBIGUOUS_MONTHS = new Set([
  'may',
  'march',
  'june',
  'april',
  'august',
  ...ENGLISH.filter(([w]) => w.length <= 4).map(([w]) => w),
]);

/** Words before a bare month name that make it a date: في، منذ، مطلع، in, since, early… */
export const AR_MONTH_CUES = foldedSet(
  words(
    'في وفي منذ ومنذ خلال حتى مطلع أواخر أوائل منتصف نهاية بداية شهر شهري لشهر الشهر قبل بعد من إلى غاية بحلول مستهل ابتداء اعتبارا موفى ذروة',
  ),
);
export const EN_MONTH_CUES = new Set(
  'in since by until till before after of during early late mid from through last next this between and to on for every'.split(' '),
);

/** The first day written as a word before the month: غرة محرم، فاتح يونيو، أول يوليو. */
export const AR_FIRST_DAY = foldedSet(['غرة', 'فاتح', 'أول']);

/** Hijri months (one or two words), for dates such as «غرة محرم 1447هـ». */
export const HIJRI_MONTHS = foldedMap([
  ['محرم', 1],
  ['صفر', 2],
  ['رجب', 7],
  ['شعبان', 8],
  ['رمضان', 9],
  ['شوال', 10],
]);
export const HIJRI_MONTH_PAIRS = new Map<string, Map<string, number>>([
  [
    'ربيع',
    foldedMap([
      ['الأول', 3],
      ['الآخر', 4],
      ['الثاني', 4],
    ]),
  ],
  [
    'جمادي',
    foldedMap([
      ['الأولى', 5],
      ['الأول', 5],
      ['الآخرة', 6],
      ['الثانية', 6],
      ['الآخر', 6],
    ]),
  ],
  [
    'ذو',
    foldedMap([
      ['القعدة', 11],
      ['الحجة', 12],
    ]),
  ],
  [
    'ذي',
    foldedMap([
      ['القعدة', 11],
      ['الحجة', 12],
    ]),
  ],
]);
