import { AR_INSTITUTIONS } from '../lexicon/ar';
import type { Token } from '../tokens';
import { stripWa } from '../tokens';
import type { Analysis, Gender, SpeakerPhrase } from '../types';

/**
 * The gender a continuing participle agrees with: مؤكدةً a woman or a feminine body (الوزارة),
 * مؤكداً a man or a masculine body (المجلس); a plural (مؤكدين) or a form it cannot tell, null.
 */
export function participleGender(word: string): Exclude<Gender, 'unknown'> | null {
  const w = stripWa(word).replace(/[\u064B-\u0652]/gu, '');
  if (/(ين|ون)$/u.test(w)) return null;
  if (/ة$/u.test(w)) return 'female';
  if (/ا$/u.test(w) || /[^اةه]$/u.test(w)) return 'male';
  return null;
}

/**
 * "ونعت وزارة الثقافة الكاتبة الراحلة، مؤكدة في بيان أن …"، "وأشاد المكتب بالمشروع، معتبراً أن …":
 * a body that is the verb-first subject of the participle's own sentence speaks through the
 * participle, when the participle agrees with it in gender. (A body's phrase can run on into the
 * verb's object, so agreement is what lets it be taken: وناشدت اللجان المنظماتِ …، مؤكدة is not
 * read as the committees.)
 */
export function bodySpeakingThroughParticiple(a: Analysis, own: SpeakerPhrase | null, cueToken: Token | undefined): SpeakerPhrase | null {
  return cueToken ? agreeingBody(a, own, participleGender(cueToken.text)) : null;
}

/** The body that is `own` without the verb's object it ran on into, when it has the gender `want`. */
export function agreeingBody(a: Analysis, own: SpeakerPhrase | null, want: Gender | null): SpeakerPhrase | null {
  if (!own?.role || own.name || own.plural || !want || want === 'unknown') return null;
  const body = withoutObject(a, own.role);
  const words = a.text.slice(body.start, body.end).split(' ');
  if (!AR_INSTITUTIONS.has(words[0] ?? '') || words.length > 7) return null;
  return own.gender === want ? { ...own, role: body, mention: body } : null;
}

/** Adjectives a body's name takes after its definite noun (الاتحاد العام، أمانة عمّان الكبرى). */
const BODY_ADJECTIVES = new Set(
  'العام العامة الاعلي العليا الكبري الكبير المتحدة المستقلة المختصة المشتركة الدائمة المكلفة الخاصة الاتحادية'.split(' '),
);
/** A nisba adjective (الجزائرية، الوطني، الفلسطينيين) describes the body; any other definite word is the verb's object. */
const NISBA = /^ال.{2,}(ي|ية|يين|يون|يان)$/u;

/**
 * The body's own name without the verb's object that the phrase reader ran on into: "وزارة الثقافة
 * الجزائرية «الكاتبة الراحلة»"، "الوزارة «الصيادين»". Once a definite word has closed the construct,
 * a further definite word belongs to the name only as an adjective, or joined by و (الثقافة والفنون).
 */
function withoutObject(a: Analysis, role: { start: number; end: number }): { start: number; end: number } {
  let end = role.end;
  let closed = false;
  let offset = role.start;
  for (const w of a.text.slice(role.start, role.end).split(' ')) {
    const definite = w.startsWith('ال');
    // "حذرت الوزارة «من ارتفاع …»": من opens what the verb is about, never more of a body's name.
    const people = (/^(بال|لل)/u.test(w) && /(ين|ون)$/u.test(w)) || w === 'من';
    if (offset > role.start && ((closed && definite && !BODY_ADJECTIVES.has(w) && !NISBA.test(w)) || people)) {
      end = offset - 1;
      break;
    }
    closed ||= definite || (w.startsWith('و') && w.slice(1).startsWith('ال'));
    offset += w.length + 1;
  }
  return { start: role.start, end };
}
