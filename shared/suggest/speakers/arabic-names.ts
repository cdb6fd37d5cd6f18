import { AR_COMPLEMENTIZERS, AR_GIVEN_NAMES, AR_NAME_PARTICLES, AR_NP_STOP, AR_PROPER_PLACES, AR_TIME_WORDS } from '../lexicon/ar';
import { OFFICE_ADJECTIVES, isInstitution, isStop, isTitle } from './arabic-words';
import { ABBREVIATED_TITLES } from '../lexicon/ar-people';
import { VERBAL_NOUN } from './arabic-shapes';
import { EN_FEMALE_NAMES, EN_MALE_NAMES, EN_NAME_PARTICLES } from '../lexicon/en';
import { foldedSet, words } from '../lexicon/util';
import type { Analysis, Gender } from '../types';
import { stripWa, type Token } from '../tokens';

/**
 * Name pieces inside Arabic speaker phrases that the word-by-word reader cannot see on its
 * own: foreign names left in Latin script (المدير John Smith), hyphenated names (جان-لوك),
 * the given name علي (which folds to the preposition على), and statement events with a
 * possessive (في حيثيات حكمها) that end a role.
 */

/** Last token of a run of Latin name words from k (Markus Feldmann, Ursula von der Leyen, J. Smith), or -1. */
export function latinNameEnd(tokens: Token[], k: number, to: number): number {
  const first = tokens[k];
  if (!first || first.kind !== 'word' || first.arabic || !first.capitalized) return -1;
  let last = k;
  for (let m = k + 1; m <= to && m - k < 6; m++) {
    const t = tokens[m] as Token;
    if (t.text === '.' && (tokens[m - 1] as Token).text.length === 1) {
      last = m;
      continue;
    }
    if (t.kind !== 'word' || t.arabic) break;
    if (t.capitalized) last = m;
    else if (!EN_NAME_PARTICLES.has(t.lower)) break;
  }
  return last;
}

/** A hyphen glued to the words on both sides inside a name: جان-لوك، Jean-Luc. */
export function gluedHyphen(tokens: Token[], k: number, to: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    !!t && !!before && !!after && k + 1 <= to && t.text === '-' && before.end === t.start && after.start === t.end && after.kind === 'word'
  );
}

/** The given name علي, which folds like the preposition على: only when a name follows. */
/** Nouns على governs in news prose (على سؤال، على هامش، على لسان): after them علي is the preposition. */
export const NOUNS_AFTER_ALA = foldedSet(
  words(`سؤال أسئلة سوال اسئلة هامش لسان خلفية ضوء صعيد رأس حد مستوى طلب أساس إثر اثر غرار وقع مدى عاتق نحو قدم
  تساؤل تساؤلات استفسار انتقادات اتهامات تصريحات ادعاءات مطالب مطالبات شكوى سبيل الرغم رغم`),
);

export function isAliName(tokens: Token[], k: number, to: number): boolean {
  if ((tokens[k] as Token).text !== 'علي') return false;
  const next = tokens[k + 1];
  // "…، على أن …" (provided that): the preposition after a comma and before a complementizer, not a name
  // ("وقال علي إن …" is).
  const before = tokens[k - 1]?.text;
  if (next && AR_COMPLEMENTIZERS.has(next.text) && (before === '،' || before === ',')) return false;
  if (!next || k + 1 > to || next.kind !== 'word') return k + 1 > to;
  const w = next.text;
  if (AR_GIVEN_NAMES.has(w) || AR_NAME_PARTICLES.has(w)) return true;
  // (A verbal noun is what على governs too: "يعمل على ترميم …"، "حرص على تأمين …".)
  if (NOUNS_AFTER_ALA.has(w) || AR_NP_STOP.has(w) || w.endsWith('ة') || (w.endsWith('ات') && w.length >= 4) || VERBAL_NOUN.test(w))
    return false;
  // Surnames with the article are mostly nisbas (علي الحسيني); nouns after على rarely are.
  if (w.startsWith('ال')) return w.endsWith('ي') && w.length >= 5;
  return true;
}

/**
 * "أكد حسن علي أن …": before a complementizer, علي right after a lone given name (after the verb at `verb`) (no given name or particle
 * before it) is his father's name, not the preposition of أكد على / شدد على: news prose calls no one by a bare
 * first name in such a sentence, while "given name + father's name" is how names are written.
 */
export function aliIsFathersName(tokens: readonly Token[], k: number, verb: number): boolean {
  const before = tokens[k - 1];
  const earlier = tokens[k - 2];
  return (
    k - 1 > verb &&
    (tokens[k] as Token).text === 'علي' &&
    !!before &&
    before.kind === 'word' &&
    AR_GIVEN_NAMES.has(before.text) &&
    before.text !== 'علي' &&
    !!earlier &&
    !(earlier.kind === 'word' && (AR_GIVEN_NAMES.has(earlier.text) || AR_NAME_PARTICLES.has(earlier.text)))
  );
}

/** Events a statement is made in, with or without a possessive: بيان، تقريرها، حيثيات حكمها. */
const EVENTS = foldedSet(
  words(`بيان تصريح تصريحات مؤتمر كلمة مقابلة حديث تغريدة منشور ندوة اجتماع لقاء جلسة رسالة اتصال مداخلة خطاب تدوينة
  حوار إفادة ختام افتتاح تقرير حيثيات رد إحاطة نشرة مذكرة شهادة مرافعة ردها معرض سياق قرار حكم بلاغ إفصاح مقال مقالة`),
);
const POSSESSIVE = /(هما|هم|هن|ها|ه)$/;

export function isStatementEvent(w: string): boolean {
  if (EVENTS.has(w)) return true;
  const bare = w.replace(POSSESSIVE, '');
  return bare.length >= 2 && bare !== w && (EVENTS.has(bare) || EVENTS.has(bare.replace(/ت$/, 'ة')));
}

/** Gender from a Latin first name inside Arabic text. */
export function latinGender(first: string): Gender {
  const w = first.toLowerCase();
  return EN_FEMALE_NAMES.has(w) ? 'female' : EN_MALE_NAMES.has(w) ? 'male' : 'unknown';
}

/** Documents that speak for whoever issued them: البيان، التقرير، الرسالة. */
const DOCUMENTS = foldedSet(words('البيان التقرير الرسالة التدوينة المنشور الوثيقة المذكرة'));

/**
 * "وأعلن الجيش في بيان أن … وأضاف البيان أن …": a definite document alone, mentioned just
 * before, speaks for the previous speaker.
 */
export function documentOfPrevious(a: Analysis, t: Token): boolean {
  const w = stripWa(t.text);
  if (!DOCUMENTS.has(w)) return false;
  const bare = w.slice(2);
  const before = a.text.slice(Math.max(0, t.start - 400), t.start);
  return new RegExp(`(^|[\\s«])[وفبل]?(ال)?${bare}(ه|ها|هم)?(?=$|[\\s،,.»])`, 'u').test(before);
}

/** د. هالة، م. سامر: a title abbreviation and its full stop at token k, written before a name and never part of it. */
export function titleAbbreviationAt(a: Analysis, k: number): boolean {
  const t = a.tokens[k];
  const dot = a.tokens[k + 1];
  return !!t && ABBREVIATED_TITLES.has(t.text) && (dot?.text === '.' || dot?.text === '/') && dot.start === t.end;
}

/** Folded last word of a name, to recognize a later surname-only mention (الحليمي، القدرة). */
export function surnameOf(a: Analysis, name: { start: number; end: number }): string {
  const text = a.text.slice(name.start, name.end).trim();
  const parts = text.split(/\s+/);
  return parts[parts.length - 1] ?? text;
}

/**
 * Family names the story gives before anyone is quoted by them: "قاد المهندس رامي الشهري الفريق" makes
 * a later "وقال الشهري" a name. A definite word right after a given name (or given name, father's name,
 * particle) with nothing between them, when no lexicon makes it a title, a body, a place or a time.
 */
export function narrativeSurnames(a: Analysis): string[] {
  const out: string[] = [];
  const tokens = a.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || !t.arabic || !AR_GIVEN_NAMES.has(stripWa(t.text)) || isTitle(t.text) || isStop(t.text)) continue;
    for (let m = k + 1; m <= k + 3 && m < tokens.length; m++) {
      const w = (tokens[m] as Token).text;
      if ((tokens[m] as Token).kind !== 'word' || (tokens[m - 1] as Token).end === (tokens[m] as Token).start) break;
      if (AR_GIVEN_NAMES.has(w) || AR_NAME_PARTICLES.has(w) || AR_NAME_PARTICLES.has((tokens[m - 1] as Token).text)) continue;
      // (Nor an adjective of office: "المتحدث باسم الأمين العام" holds no surname العام.)
      if (
        SURNAME.test(w) &&
        !isTitle(w) &&
        !isInstitution(w) &&
        !isStop(w) &&
        !AR_PROPER_PLACES.has(w) &&
        !AR_TIME_WORDS.has(w) &&
        !OFFICE_ADJECTIVES.has(w)
      )
        out.push(w);
      break;
    }
  }
  return out;
}
/** A family name with the article: الشهري، الكبيسي، الحمدان (five letters or more). */
const SURNAME = /^ال[\u0621-\u064A]{3,}$/u;
