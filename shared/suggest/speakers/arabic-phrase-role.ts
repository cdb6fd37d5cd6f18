/**
 * Reading on inside a role in an Arabic speaker's phrase (المتحدث باسم الخارجية الأمريكية، مصدر أمني في
 * البنك المركزي): which words are more of the role (its complements, adjectives, the body it belongs to),
 * which one turns to the holder's name (وزير المالية محمد …), and which ends the phrase (a verb, the time
 * or place of the statement, a clause describing someone unnamed).
 */
import {
  AR_COMPLEMENTIZERS,
  AR_GIVEN_NAMES,
  AR_PP_HEADS,
  AR_NAME_PARTICLES,
  AR_PROPER_PLACES,
  AR_RELATIVES,
  AR_SAME_AS_BEFORE,
  AR_TIME_WORDS,
} from '../lexicon/ar';
import type { Token } from '../tokens';
import { isStatementEvent } from './arabic-names';
import {
  AGE_OPENERS,
  TIME_SPAN_NOUNS,
  EVENT_ORDINALS,
  ANONYMITY_VERBS,
  NAME_HONORIFICS,
  gluedPrepositionPhrase,
  STATEMENT_EVENTS,
  isTitle,
  isInstitution,
  isDefinite,
  isStop,
  isVerb,
  isRecipient,
  WELCOMED_MATTERS,
  placeKind,
  OFFICE_ADJECTIVES,
} from './arabic-words';
import { ANONYMOUS_HEADS, ENVOYS, VERBAL_NOUN, describingVerb, notAName } from './arabic-shapes';
import { nameAheadOf, residentsPlace, roleTurnAt, seatFor, withBa } from './arabic-roles';
import type { PhraseReading, PhraseSpan, PhraseStep } from './arabic-phrase-state';

/**
 * Reads word `s.k` (`w`, Arabic) after the role `role` (which is `s.role`, extended in place).
 * `stop` says whether `w` is a stop word here (علي before a name is none).
 */
export function continueRole(p: PhraseSpan, s: PhraseReading, role: [number, number], w: string, stop: boolean): PhraseStep {
  const { tokens, to, known } = p;
  const k = s.k;
  const roleLength = k - role[0];
  if (roleLength >= 9) return 'stop';
  if (s.glue) {
    // The object of باسم / في / من belongs to the role: المتحدث باسم الخارجية.
    if (stop || isStatementEvent(w)) {
      role[1] = k - 2;
      return 'stop';
    }
    role[1] = k;
    s.glue = false;
    s.lastDefinite = isDefinite(w) || AR_PROPER_PLACES.has(w);
    return 'next';
  }
  // "بيان صادر عن البنك المركزي": the issuer belongs to the source; so does the party or
  // district a deputy sits for (النائب عن حزب العدالة والتنمية).
  const deputyFor = seatFor(tokens, k, role[0]);
  if (w === 'عن' && (deputyFor || /^(ال)?صادر(ة)?$/.test((tokens[k - 1] as Token).text))) {
    s.glue = true;
    return 'next';
  }
  // "المبعوث السعودي إلى السودان السفير …": where an envoy is sent belongs to his title.
  const envoyTo = w === 'الي' && ENVOYS.has((tokens[role[0]] as Token).text) && (tokens[k + 1] as Token | undefined)?.kind === 'word';
  if ((w === 'باسم' && !s.usedBism) || w === 'لشؤون' || w === 'لدي' || envoyTo) {
    s.usedBism ||= w === 'باسم';
    s.glue = true;
    return 'next';
  }
  if (w === 'في' || w === 'من') {
    const next = tokens[k + 1];
    // "مصدر من داخل النادي": where the source sits belongs to it.
    if (next && /^(داخل|قلب)$/.test(next.text) && (tokens[k + 2] as Token | undefined)?.kind === 'word' && k + 2 <= to) {
      [s.k, s.glue] = [k + 1, true];
      return 'next';
    }
    const personHead = !s.headIndefinite && !isInstitution((tokens[role[0]] as Token).text);
    // "الباحث في مركز الفينيق" belongs to the role; "الوزير في القاهرة" is where he spoke.
    // (So is "في مكتبه"، "في منزلها": a place of the speaker's own, its pronoun pointing back at them.)
    const ownPlace = !!next && next.text.length >= 4 && !isDefinite(next.text) && /(ه|ها|هم|هما)$/u.test(next.text);
    const place = next && ((AR_PROPER_PLACES.has(next.text) && personHead) || ownPlace);
    // "في وقت سابق"، "في أول تصريح له": when he spoke, not where he works.
    const event = EVENT_ORDINALS.has(next?.text ?? '') && isStatementEvent(tokens[k + 2]?.text ?? '');
    const when = next && (AR_TIME_WORDS.has(next.text) || TIME_SPAN_NOUNS.has(next.text) || event);
    if (next && next.kind === 'word' && !place && !isStatementEvent(next.text) && !isStop(next.text) && !when) {
      s.glue = true;
      return 'next';
    }
    return 'stop';
  }
  if (stop || isRecipient(w) || STATEMENT_EVENTS.has(w) || AR_RELATIVES.has(w)) return 'stop';
  // "الحارس البالغ من العمر ٣٠ عاماً": an age describes the speaker, it is no part of the role.
  if (AGE_OPENERS.has(w) && tokens[k + 1]?.text === 'من') return 'stop';
  // "عامل ثالث يشتغل في قسم الخياطة"، "عاملة فضّلت عدم ذكر اسمها": after someone unnamed, a verb opens
  // a clause describing them (an indefinite noun takes a relative clause without الذي).
  const head = (tokens[role[0]] as Token).text;
  const person = !isInstitution(head) && !AR_PROPER_PLACES.has(w) && !AR_GIVEN_NAMES.has(w) && !known.has(w);
  // (So does a verb keeping them unnamed: "شاب رفض ذكر اسمه".)
  if (s.headIndefinite && person && (describingVerb(w, head) || ANONYMITY_VERBS.has(w))) return 'stop';
  // "المزارع الحاج فلان"، "الوزير معالي فلان": an honorific after the role opens the name, and is part of neither.
  const nextWord = tokens[k + 1];
  // (A given name may look like a particle: الحاج خلف.)
  const nameAfter =
    !!nextWord &&
    k + 1 <= to &&
    nextWord.kind === 'word' &&
    nextWord.arabic &&
    !AR_PP_HEADS.has(nextWord.text) &&
    !AR_COMPLEMENTIZERS.has(nextWord.text) &&
    !isVerb(nextWord.text);
  if (
    NAME_HONORIFICS.has(w) &&
    !AR_NAME_PARTICLES.has((tokens[k - 1] as Token).text) &&
    nameAfter &&
    !gluedPrepositionPhrase(nextWord.text, known) &&
    k + 2 <= to &&
    (tokens[k + 2] as Token).kind === 'word'
  ) {
    [s.mode, s.name, s.k] = ['name', [k + 1, k + 1], k + 1];
    return 'next';
  }
  // "وزير المالية ووزير الدولة لشؤون …": a second title joined by و belongs to the same role.
  // "وزارة الزراعة والثروة السمكية وموارد المياه": a noun joined by و in construct with a definite one is more of the role.
  const construct =
    w.length >= 4 &&
    k - role[0] >= 2 &&
    !AR_GIVEN_NAMES.has(w) &&
    !AR_GIVEN_NAMES.has(w.slice(1)) &&
    !!nextWord &&
    k + 1 <= to &&
    isDefinite(nextWord.text) &&
    !isTitle(nextWord.text);
  if (w.startsWith('و') && ((isTitle(w.slice(1)) && !AR_GIVEN_NAMES.has(w)) || construct)) {
    role[1] = k;
    s.lastDefinite = false;
    return 'next';
  }
  // "المعلمة رويدة الخطيب": a woman's given name in ة after her title opens the name; "الفريق أول الركن"، "ضابط
  // برتبة عقيد": a rank's grade, or برتبة and its rank, are more of the role (arabic-roles.ts).
  const turn = roleTurnAt(tokens, k, role, to, s.lastDefinite);
  if (turn === 'name') [s.mode, s.name] = ['name', [k, k]];
  else if (turn) [role[1], s.lastDefinite, s.glue] = [k, true, turn === 'rank of'];
  if (turn) return 'next';
  // "أحد سكان كادقلي"، "أهالي القرية": where the residents live belongs to the role, it is no name.
  if (residentsPlace(tokens, k, role[0])) {
    [role[1], s.lastDefinite] = [k, isDefinite(w)];
    return 'next';
  }
  // An institution's own name may hold a given name (بلدية خان يونس، مستشفى الملك فهد): it stays one body.
  const body = isInstitution((tokens[role[0]] as Token).text) && !s.usedBism;
  // "نائب الأمين العام"، "المتحدث باسم الأمين العام": a title that is also a given name is the title
  // when an adjective of office follows it.
  const office = isTitle(w) && OFFICE_ADJECTIVES.has(tokens[k + 1]?.text ?? '');
  if (
    !body &&
    !office &&
    (AR_GIVEN_NAMES.has(w) || AR_NAME_PARTICLES.has(w) || (known.has(w) && roleLength >= 1) || (w === 'باسم' && s.usedBism))
  ) {
    s.mode = 'name';
    s.name = [k, k];
    return 'next';
  }
  // "أشادت الهيئة بالتعديل": a verbal noun after بال is what the verb is about, not more of the role.
  if (w.startsWith('بال') && (VERBAL_NOUN.test(w.slice(3)) || WELCOMED_MATTERS.has(w.slice(3)))) return 'stop';
  if (AR_SAME_AS_BEFORE.has(w) || isDefinite(w) || AR_PROPER_PLACES.has(w) || isTitle(w) || isInstitution(w) || withBa(w)) {
    role[1] = k;
    s.lastDefinite = true;
    return 'next';
  }
  if (w.startsWith('و') && isDefinite(w.slice(1))) {
    role[1] = k;
    return 'next';
  }
  if (w.startsWith('ل') && w.length > 3 && !AR_PROPER_PLACES.has(w)) {
    // A glued genitive inside an institution's name: الجامعة الملكية المغربية لكرة القدم.
    role[1] = k;
    s.glue = true;
    return 'next';
  }
  // "رئيس بلدية طبرق"، "مدير شركة سامكو"، "بولاية نهر عطبرة": after a body's noun or a kind of place without
  // the article, a word no lexicon knows is the body's or place's own name (a construct), not its holder's.
  const previous = (tokens[k - 1] as Token).text;
  const bodyOrPlace = isInstitution(previous) || placeKind(previous);
  if (k - 1 > role[0] && bodyOrPlace && !isDefinite(previous) && !known.has(w) && !AR_NAME_PARTICLES.has(w)) {
    role[1] = k;
    return 'next';
  }
  // "مصدر مسؤول في البنك المركزي بعدن": an anonymous source is never followed by his name.
  if (
    !s.lastDefinite ||
    notAName(w) ||
    nameAheadOf(tokens, k, to) > k ||
    (s.headIndefinite && ANONYMOUS_HEADS.has((tokens[role[0]] as Token).text))
  ) {
    // Indefinite after indefinite: an adjective or construct (مصدر أمني، مدير عام).
    role[1] = k;
    return 'next';
  }
  // "قال ممثل الحكومة حرفياً": an adverb in ـياً ends the role.
  if (gluedPrepositionPhrase(w, known) || (/يا$/.test(w) && !AR_GIVEN_NAMES.has(w))) return 'stop';
  // "أعلنت وزارة الزراعة تأجيل …": a verbal noun after a body's name is the verb's object, not a person.
  // A body has no holder's name after its own (وزارة الصحة … رفع حالة الطوارئ): a word that starts no name
  // (no given name, particle or known surname) is the verb's object.
  if (body && !known.has(w) && !AR_GIVEN_NAMES.has(w) && !AR_NAME_PARTICLES.has(w)) return 'stop';
  s.mode = 'name';
  s.name = [k, k];
  return 'next';
}
