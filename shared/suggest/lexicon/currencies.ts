// Currencies written the local way: abbreviations before the amount (Rs, KSh, N), Arabic
// abbreviations after it (ج.م، ل.ل), and subunits (cents, kobo, قرش، هللة) that count a
// fraction of the main unit.
import { foldedMap } from './util';

/** Written before the amount, as a word of its own or glued to it (Rs 500, KSh640, N4.2bn). */
export const CURRENCY_PREFIXES = new Map<string, string>([
  ['Rs', 'INR'],
  ['Rs.', 'INR'],
  ['INR', 'INR'],
  ['KSh', 'KES'],
  ['Ksh', 'KES'],
  ['Kshs', 'KES'],
  ['KES', 'KES'],
  ['Sh', 'KES'],
  ['USh', 'UGX'],
  ['Shs', 'UGX'],
  ['UShs', 'UGX'],
  ['RM', 'MYR'],
  ['P', 'PHP'],
  ['Rp', 'IDR'],
  ['TSh', 'TZS'],
  ['N', 'NGN'],
  ['NGN', 'NGN'],
  ['R', 'ZAR'],
  ['ZAR', 'ZAR'],
  ['Tk', 'BDT'],
  ['GH', 'GHS'],
  ['GHS', 'GHS'],
  ['PKR', 'PKR'],
  ['LKR', 'LKR'],
  ['E£', 'EGP'],
  ['LE', 'EGP'],
  ['Dh', 'AED'],
  ['Dhs', 'AED'],
  ['SR', 'SAR'],
  ['QR', 'QAR'],
  ['KD', 'KWD'],
  ['BD', 'BHD'],
  ['RO', 'OMR'],
  ['JD', 'JOD'],
  ['ZiG', 'ZWG'],
  ['MK', 'MWK'],
  ['Tsh', 'TZS'],
  ['Le', 'SLE'],
  ['Br', 'ETB'],
  ['Frw', 'RWF'],
  ['FRw', 'RWF'],
  ['SLRs', 'LKR'],
  ['Nu', 'BTN'],
]);
/** Prefixes that are ordinary letters or words: only glued to the digits (N4.2bn, R50), never spaced. */
export const GLUED_ONLY_PREFIXES = new Set(['N', 'R', 'Sh', 'P', 'GH', 'LE', 'SR', 'RO', 'BD', 'JD', 'MK', 'Le', 'Br', 'Nu']);
/** Abbreviations written with a full stop before the amount: Rs.500, Ksh.2,000, Kshs. 40 million. */
export const DOTTED_PREFIXES = new Map<string, string>([
  ['Rs', 'INR'],
  ['Sh', 'KES'],
  ['KSh', 'KES'],
  ['Ksh', 'KES'],
  ['Kshs', 'KES'],
  ['Shs', 'UGX'],
  ['Tsh', 'TZS'],
]);
/** Letters glued before a currency sign: US$, A$, J$, N$, E£, GH₵ (the sign alone would be the dollar or the pound). */
export const LETTERS_BEFORE_SIGN = new Map<string, string>([
  ['US$', 'USD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['J$', 'JMD'],
  ['TT$', 'TTD'],
  ['N$', 'NAD'],
  ['EC$', 'XCD'],
  ['BZ$', 'BZD'],
  ['Z$', 'ZWL'],
  ['E£', 'EGP'],
  ['L£', 'LBP'],
  ['GH₵', 'GHS'],
  ['GH¢', 'GHS'],
]);
/**
 * ISO codes of currencies that news in English writes before or after an amount (ZMW 5 million,
 * 40,000 UGX), beyond the Arab and major ones. Codes that are also common words (ALL, CUP, TOP)
 * are left out.
 */
export const WORLD_CURRENCY_CODES = `ZMW MWK TZS UGX RWF BIF ETB SOS SSP NAD BWP SZL LSL MZN AOA XOF XAF CDF SLE SLL LRD GMD GNF GHS NGN
  KES ZAR ZWG ZWL PHP IDR VND THB MYR SGD HKD NZD TWD KRW BDT NPR LKR PKR MVR BTN AFN KZT UZS AZN UAH PLN SEK NOK DKK CZK
  HUF RON RUB BRL MXN ARS CLP COP JMD TTD BBD XCD BSD FJD PGK MUR SCR`;

/** Symbols before the amount not in the main table. */
export const MORE_CURRENCY_SYMBOLS = new Map<string, string>([
  ['₦', 'NGN'],
  ['₵', 'GHS'],
  ['₨', 'INR'],
  ['₺', 'TRY'],
  ['₽', 'RUB'],
  ['₩', 'KRW'],
  ['৳', 'BDT'],
  ['₱', 'PHP'],
  ['₫', 'VND'],
  ['฿', 'THB'],
  ['₴', 'UAH'],
]);

/** Currency words after the amount, English: code and how much of the main unit one is worth. */
export const EN_MONEY_WORDS = new Map<string, { unit: string; factor: number }>([
  ['cent', { unit: 'USD', factor: 0.01 }],
  ['cents', { unit: 'USD', factor: 0.01 }],
  ['pence', { unit: 'GBP', factor: 0.01 }],
  ['penny', { unit: 'GBP', factor: 0.01 }],
  ['kobo', { unit: 'NGN', factor: 0.01 }],
  ['paise', { unit: 'INR', factor: 0.01 }],
  ['piastre', { unit: 'EGP', factor: 0.01 }],
  ['piastres', { unit: 'EGP', factor: 0.01 }],
  ['naira', { unit: 'NGN', factor: 1 }],
  ['shilling', { unit: 'KES', factor: 1 }],
  ['shillings', { unit: 'KES', factor: 1 }],
  ['rand', { unit: 'ZAR', factor: 1 }],
  ['cedi', { unit: 'GHS', factor: 1 }],
  ['cedis', { unit: 'GHS', factor: 1 }],
  ['taka', { unit: 'BDT', factor: 1 }],
  ['ringgit', { unit: 'MYR', factor: 1 }],
  ['pesos', { unit: 'peso', factor: 1 }],
  ['peso', { unit: 'peso', factor: 1 }],
  ['rubles', { unit: 'RUB', factor: 1 }],
  ['roubles', { unit: 'RUB', factor: 1 }],
  ['won', { unit: 'KRW', factor: 1 }],
  ['francs', { unit: 'franc', factor: 1 }],
  ['franc', { unit: 'franc', factor: 1 }],
  // Currencies news in English names by word after the amount (300 birr, 35 baht).
  ['birr', { unit: 'ETB', factor: 1 }],
  ['kwacha', { unit: 'kwacha', factor: 1 }],
  ['baht', { unit: 'THB', factor: 1 }],
  ['rupiah', { unit: 'IDR', factor: 1 }],
  ['leones', { unit: 'SLE', factor: 1 }],
  ['rials', { unit: 'rial', factor: 1 }],
  ['rial', { unit: 'rial', factor: 1 }],
  ['kyat', { unit: 'MMK', factor: 1 }],
  ['hryvnias', { unit: 'UAH', factor: 1 }],
  ['zloty', { unit: 'PLN', factor: 1 }],
  ['tenge', { unit: 'KZT', factor: 1 }],
  ['manat', { unit: 'manat', factor: 1 }],
  ['lempiras', { unit: 'HNL', factor: 1 }],
  ['quetzales', { unit: 'GTQ', factor: 1 }],
  ['reais', { unit: 'BRL', factor: 1 }],
  ['dalasis', { unit: 'GMD', factor: 1 }],
  ['pula', { unit: 'BWP', factor: 1 }],
  ['emalangeni', { unit: 'SZL', factor: 1 }],
]);
/** Prefixes that are ordinary letters but, spaced from an amount written as money (SR 12 million, BD 2.5), name a currency. */
export const SPACED_WITH_AMOUNT_PREFIXES = new Set(['SR', 'BD', 'JD', 'RO', 'LE', 'GH', 'MK']);

/** Arabic currency and subunit words not in the main table, with their worth in the main unit. */
export const AR_MONEY_WORDS = foldedMap<{ unit: string; factor: number }>([
  ...['سنت', 'سنتا', 'سنتاً', 'سنتات'].map((w) => [w, { unit: 'USD', factor: 0.01 }] as const),
  ...['قرش', 'قرشا', 'قرشاً', 'قروش'].map((w) => [w, { unit: 'EGP', factor: 0.01 }] as const),
  ...['هللة', 'هللات'].map((w) => [w, { unit: 'SAR', factor: 0.01 }] as const),
  ...['فلس', 'فلسا', 'فلساً', 'فلوس'].map((w) => [w, { unit: 'dinar', factor: 0.001 }] as const),
  ...['مليم', 'مليما', 'مليمات'].map((w) => [w, { unit: 'TND', factor: 0.001 }] as const),
  ...['سنتيم', 'سنتيما', 'سنتيمات'].map((w) => [w, { unit: 'MAD', factor: 0.01 }] as const),
  ...['روبل', 'روبلات'].map((w) => [w, { unit: 'RUB', factor: 1 }] as const),
  ...['نايرا', 'نيرة'].map((w) => [w, { unit: 'NGN', factor: 1 }] as const),
  ...['شلن', 'شلنات'].map((w) => [w, { unit: 'KES', factor: 1 }] as const),
  ...['تومان'].map((w) => [w, { unit: 'IRR', factor: 10 }] as const),
]);

/** Arabic abbreviations written after the amount with a dot between letters: 113 مليون ج.م، 75 ألف ل.ل. */
export const AR_CURRENCY_ABBREVIATIONS = foldedMap([
  ['ج.م', 'EGP'],
  ['ل.ل', 'LBP'],
  ['ل.س', 'SYP'],
  ['د.ك', 'KWD'],
  ['ر.س', 'SAR'],
  ['ر.ق', 'QAR'],
  ['د.إ', 'AED'],
  ['د.أ', 'JOD'],
  ['د.ع', 'IQD'],
  ['د.ج', 'DZD'],
  ['د.ت', 'TND'],
  ['د.م', 'MAD'],
  ['د.ل', 'LYD'],
  ['ر.ع', 'OMR'],
  ['د.ب', 'BHD'],
  ['ج.س', 'SDG'],
  ['ل.ت', 'TRY'],
]);

/** Scale words of South Asia: lakh (100,000) and crore (10,000,000). */
export const SOUTH_ASIAN_SCALES = new Map<string, number>([
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['lac', 1e5],
  ['crore', 1e7],
  ['crores', 1e7],
  ['cr', 1e7],
]);
