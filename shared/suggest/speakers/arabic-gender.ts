import { AR_FEMALE_NAMES, AR_GIVEN_NAMES } from '../lexicon/ar';
import type { Gender } from '../types';
import type { Token } from '../tokens';
import { latinGender } from './arabic-names';
import { isInstitution, isTitle } from './arabic-words';

/** زوجته، شقيقتها، والدته، ابنتهم: a feminine relative (ة written ت before the pronoun); أم فلان is a woman too. */
const FEMININE_KIN = /^(?:زوجت|شقيقت|ابنت|والدت|جدت|عمت|خالت|حفيدت|جارت|صديقت|زميلت|نجلت|ارملت|اخت)(?:ه|ها|هم|هما)$/u;

/** Men's given names written with ة (أسامة، حمزة): the ending tells a woman's name from them only without these. */
const MEN_IN_TA_MARBUTA = new Set([
  'اسامة',
  'حمزة',
  'طلحة',
  'عبيدة',
  'معاوية',
  'عكرمة',
  'قتيبة',
  'ضمرة',
  'عطية',
  'جبلة',
  'خليفة',
  'حذيفة',
  'عروة',
  'شيبة',
  'ربيعة',
  'عتبة',
  'مسلمة',
  'ثعلبة',
  'عقبة',
]);

/** "شيخة الكعبي"، "عوضية الطيب": a given name no lexicon knows, ending in ة and no body or title, is a woman's. */
const femaleByEnding = (w: string) => w.length >= 3 && w.endsWith('ة') && !MEN_IN_TA_MARBUTA.has(w) && !isTitle(w) && !isInstitution(w);

/** The grammatical gender a later verb agrees with, from the phrase's head word and first name. */
export function phraseGender(head: string, named: boolean, firstToken: Token | undefined, plural: boolean): Gender {
  const firstName = firstToken?.text ?? '';
  const latin = firstToken && !firstToken.arabic ? latinGender(firstName) : 'unknown';
  return (
    // A body whose noun is feminine (الوزارة، الهيئة) is spoken of as "she": وقالت، أضافت.
    (head.endsWith('ة') && (isTitle(head) || (!named && isInstitution(head)))) ||
      AR_FEMALE_NAMES.has(firstName) ||
      femaleByEnding(firstName) ||
      latin === 'female' ||
      FEMININE_KIN.test(head) ||
      firstName === 'ام'
      ? 'female'
      : // A body whose noun is masculine (المركز، المجلس) is "he": never the subject of a later وقالت.
        AR_GIVEN_NAMES.has(firstName) ||
          latin === 'male' ||
          ((isTitle(head) || (!named && isInstitution(head))) && !head.endsWith('ة') && !plural)
        ? 'male'
        : 'unknown'
  );
}
