import { AR_FEMALE_NAMES, AR_GIVEN_NAMES } from '../lexicon/ar';
import type { Gender } from '../types';
import type { Token } from '../tokens';
import { latinGender } from './arabic-names';
import { isInstitution, isTitle } from './arabic-words';

/** زوجته، شقيقتها، والدته، ابنتهم: a feminine relative (ة written ت before the pronoun); أم فلان is a woman too. */
const FEMININE_KIN = /^(?:زوجت|شقيقت|ابنت|والدت|جدت|عمت|خالت|حفيدت|جارت|صديقت|زميلت|نجلت|ارملت|اخت)(?:ه|ها|هم|هما)$/u;

/** The grammatical gender a later verb agrees with, from the phrase's head word and first name. */
export function phraseGender(head: string, named: boolean, firstToken: Token | undefined, plural: boolean): Gender {
  const firstName = firstToken?.text ?? '';
  const latin = firstToken && !firstToken.arabic ? latinGender(firstName) : 'unknown';
  return (
    // A body whose noun is feminine (الوزارة، الهيئة) is spoken of as "she": وقالت، أضافت.
    (head.endsWith('ة') && (isTitle(head) || (!named && isInstitution(head)))) ||
      AR_FEMALE_NAMES.has(firstName) ||
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
