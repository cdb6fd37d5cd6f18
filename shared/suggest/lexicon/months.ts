// Month names: the three Arabic families (Egyptian/Gulf يناير…, Levantine/Iraqi كانون الثاني…,
// Maghreb جانفي… and Moroccan يوليوز…) and English names with their abbreviations.
import { foldedMap } from './util';

const ARABIC: Array<[string, number]> = [
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['إبريل', 4], ['ابريل', 4], ['مايو', 5], ['يونيو', 6],
  ['يونيه', 6], ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['اغسطس', 8], ['سبتمبر', 9], ['أكتوبر', 10], ['اكتوبر', 10],
  ['نوفمبر', 11], ['ديسمبر', 12],
  ['شباط', 2], ['آذار', 3], ['نيسان', 4], ['أيار', 5], ['حزيران', 6], ['تموز', 7], ['آب', 8], ['أيلول', 9],
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['جويليه', 7], ['أوت', 8],
  ['يوليوز', 7], ['غشت', 8], ['شتنبر', 9], ['نونبر', 11], ['دجنبر', 12],
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
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9],
  ['oct', 10], ['nov', 11], ['dec', 12],
];

/** Lower-cased English month names and abbreviations → month number. */
export const EN_MONTHS = new Map(ENGLISH);
