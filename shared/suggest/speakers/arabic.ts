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
import type { Analysis } from '../types';
import type { Token } from '../tokens';
import { gluedHyphen, isAliName, isStatementEvent, NOUNS_AFTER_ALA, latinNameEnd, titleAbbreviationAt } from './arabic-names';
import {
  AGE_OPENERS,
  AMOUNT_PREPOSITIONS,
  KIN,
  TIME_SPAN_NOUNS,
  EVENT_ORDINALS,
  ANONYMITY_VERBS,
  NAME_HONORIFICS,
  gluedPrepositionPhrase,
  unknownNameAfterHonorific,
  APPOSITIVE_OPENERS,
  STATEMENT_EVENTS,
  isTitle,
  isInstitution,
  isDefinite,
  isStop,
  isVerb,
  isRecipient,
  WELCOMED_MATTERS,
  mannerAfterName,
  placeKind,
} from './arabic-words';

import { ANONYMOUS_HEADS, ENVOYS, PEOPLE_PLURAL, VERBAL_NOUN, describingVerb, notAName, opensNoPhrase } from './arabic-shapes';
import { bodyBeforeQuote, kinOfKin, nameAheadOf, residentsPlace, roleTurnAt, seatFor, withBa, womanBeforeFather } from './arabic-roles';

export type KnownNames = Set<string>;
export { gluedPrepositionPhrase } from './arabic-words';

/** Periods that take an adjective of time (الأسبوع الماضي، الشهر المقبل). */
export const TIME_NOUNS = new Set(['الاسبوع', 'الأسبوع', 'الشهر', 'العام', 'السنة', 'الموسم', 'الأسابيع', 'الاسابيع', 'الأيام', 'الايام']);

export interface Parsed {
  name: [number, number] | null;
  role: [number, number] | null;
}

/**
 * Reads an Arabic noun phrase naming a speaker from token `from` up to `to` (inclusive):
 * roles (المتحدث باسم الخارجية الأمريكية، مسؤول في حماس، مصدر أمني لبناني), names
 * (سامويل وربيرج، أبو زيد), or a role followed by a name (وزير المالية محمد الجدعان).
 * A definite word after a role starts the name only if it is a known given name or the
 * surname of an earlier speaker; otherwise it continues the role (وزير الخارجية الأمريكي).
 */
export function readPhrase(a: Analysis, from: number, to: number, known: KnownNames, glued = false): Parsed | null {
  const tokens = a.tokens;
  let k = from;
  // A name in quotation marks: وأضاف «وربيرج» أن.
  const open = tokens[k];
  if (open && (open.text === '«' || open.text === '"' || open.text === '“')) {
    const span = a.markedByStart.get(open.start);
    if (span) {
      let last = k + 1;
      while (last <= to && (tokens[last] as Token).end < span.end - 1) last++;
      const inner: [number, number] = [k + 1, last];
      const count = last - k;
      if (count >= 1 && count <= 4 && tokens.slice(k + 1, last + 1).every((t) => t.kind === 'word')) {
        return isTitle((tokens[k + 1] as Token).text) || isInstitution((tokens[k + 1] as Token).text)
          ? { name: null, role: inner }
          : { name: inner, role: null };
      }
    }
    return null;
  }
  let mode: 'start' | 'role' | 'name' = 'start';
  let role: [number, number] | null = null;
  let name: [number, number] | null = null;
  let lastDefinite = false;
  let glue = false;
  let usedBism = false;
  let headIndefinite = false;
  const nameAhead = (k0: number) => nameAheadOf(tokens, k0, to);
  /** The given name after a word and one to three definite words that are no names (قارئ المقام الشاب علي), or -1. */
  const givenAfterConstruct = (k0: number) => {
    let m = k0 + 1;
    while (m <= to && m - k0 <= 3 && (tokens[m] as Token).kind === 'word') {
      const w = (tokens[m] as Token).text;
      if (isStop(w) && !isAliName(tokens, m, to)) return -1;
      if (AR_GIVEN_NAMES.has(w) || AR_NAME_PARTICLES.has(w)) return m > k0 + 1 && m < to ? m : -1;
      if (!isDefinite(w) || known.has(w) || isStop(w) || isVerb(w)) return -1;
      m++;
    }
    return -1;
  };
  /** A word in construct with a following title or institution (معاون «وزير»، مستشار «الرئيس»). */
  const headOfConstruct = (k0: number) => {
    const next = tokens[k0 + 1];
    return !!next && k0 + 1 <= to && next.kind === 'word' && (isTitle(next.text) || isInstitution(next.text));
  };
  for (; k <= to; k++) {
    const t = tokens[k] as Token;
    if (mode === 'name' && name && gluedHyphen(tokens, k, to)) {
      name[1] = ++k;
      continue;
    }
    // A foreign name left in Latin script: المدير الإقليمي للشركة Markus Feldmann.
    const latin = mode !== 'name' ? latinNameEnd(tokens, k, to) : -1;
    if (latin >= 0) {
      name = [k, latin];
      mode = 'name';
      k = latin + 1;
      break;
    }
    // "مدير المشروع د. كريم السيد", "م/ سامي": an abbreviated title; the name starts after it.
    // Met inside a "name", what came before was the role after all (أمين مجلس الصمغ «العربي» د. …).
    if (titleAbbreviationAt(a, k) && k + 2 <= to && (tokens[k + 2] as Token).kind === 'word') {
      if (mode === 'name' && name && role && role[1] === name[0] - 1) role[1] = k - 1;
      else if (mode === 'name') break;
      [mode, name, k] = ['name', [k + 2, k + 2], k + 2];
      continue;
    }
    if (t.kind !== 'word' || !t.arabic) break;
    const w = t.text;
    // "أحمد ذكر الله": a verb form before الله is part of a compound name.
    const beforeAllah = tokens[k + 1]?.text === 'الله' && k + 1 <= to;
    if (AR_COMPLEMENTIZERS.has(w) || (mode !== 'start' && isVerb(w) && !beforeAllah)) break;
    // "تقول أم نادر وهي تفتح الباب …": وهو / وهي open a circumstance about the speaker, never more of the phrase.
    if (mode !== 'start' && APPOSITIVE_OPENERS.has(w)) break;
    // علي folds like the preposition على: a name only when a name follows.
    const stop = isStop(w) && !isAliName(tokens, k, to);
    if (mode === 'start') {
      // After وفقاً the source may carry a glued ل: لتقرير الهيئة، لوزارة الصحة.
      const unglued = glued && k === from && w.startsWith('ل') ? (w.startsWith('لل') ? `ال${w.slice(2)}` : w.slice(1)) : null;
      if (unglued && (isTitle(unglued) || isInstitution(unglued))) {
        mode = 'role';
        role = [k, k];
        headIndefinite = !isDefinite(unglued);
        lastDefinite = !headIndefinite;
      } else if (
        NAME_HONORIFICS.has(w) &&
        k + 1 <= to &&
        !titleAbbreviationAt(a, k + 1) &&
        unknownNameAfterHonorific(tokens[k + 1], tokens[k + 2], known)
      ) {
        // "، المهندسة نوفة …،": an honorific before a word no lexicon knows opens a name, which the
        // role reading would otherwise swallow (a given name spelled in ة looks like a noun).
        [mode, role, name, k] = ['name', [k, k], [k + 1, k + 1], k + 1];
      } else if (womanBeforeFather(tokens, k, to)) {
        [mode, name] = ['name', [k, k]];
      } else if (isTitle(w) || isInstitution(w)) {
        mode = 'role';
        role = [k, k];
        headIndefinite = !isDefinite(w);
        lastDefinite = !headIndefinite;
      } else if (stop || isRecipient(w) || isVerb(w) || AR_RELATIVES.has(w) || opensNoPhrase(w, known) || AMOUNT_PREPOSITIONS.has(w)) {
        return null;
      } else if (!AR_GIVEN_NAMES.has(w) && !known.has(w) && !isDefinite(w) && headOfConstruct(k)) {
        // معاون وزير الكهرباء، مستشار رئيس الحكومة: a noun before a title heads a role.
        mode = 'role';
        role = [k, k];
        headIndefinite = true;
        lastDefinite = false;
      } else if (!AR_GIVEN_NAMES.has(w) && !AR_NAME_PARTICLES.has(w) && !known.has(w) && !isDefinite(w) && givenAfterConstruct(k) > 0) {
        // "قارئ المقام الشاب علي …"، "عازف العود سامي …": an unknown noun in construct with definite words, then
        // a given name: the noun heads a role (a trade), the given name starts the name.
        const given = givenAfterConstruct(k);
        [mode, role, name, k] = ['name', [k, given - 1], [given, given], given];
      } else if (PEOPLE_PLURAL.test(w) && !AR_GIVEN_NAMES.has(w) && !known.has(w) && /^(في|من)$/.test(tokens[k + 1]?.text ?? '')) {
        // "قال صيادون في كلباء": an indefinite plural of people, placed by في / من, is a role.
        mode = 'role';
        role = [k, k];
        headIndefinite = true;
        lastDefinite = false;
      } else if (AR_GIVEN_NAMES.has(w) || AR_NAME_PARTICLES.has(w) || (!isDefinite(w) && !notAName(w)) || known.has(w)) {
        mode = 'name';
        name = [k, k];
      } else {
        mode = 'role';
        role = [k, k];
        lastDefinite = true;
      }
      continue;
    }
    if (mode === 'role' && role) {
      const roleLength = k - role[0];
      if (roleLength >= 9) break;
      if (glue) {
        // The object of باسم / في / من belongs to the role: المتحدث باسم الخارجية.
        if (stop || isStatementEvent(w)) {
          role[1] = k - 2;
          break;
        }
        role[1] = k;
        glue = false;
        lastDefinite = isDefinite(w) || AR_PROPER_PLACES.has(w);
        continue;
      }
      // "بيان صادر عن البنك المركزي": the issuer belongs to the source; so does the party or
      // district a deputy sits for (النائب عن حزب العدالة والتنمية).
      const deputyFor = seatFor(tokens, k, role[0]);
      if (w === 'عن' && (deputyFor || /^(ال)?صادر(ة)?$/.test((tokens[k - 1] as Token).text))) {
        glue = true;
        continue;
      }
      // "المبعوث السعودي إلى السودان السفير …": where an envoy is sent belongs to his title.
      const envoyTo = w === 'الي' && ENVOYS.has((tokens[role[0]] as Token).text) && (tokens[k + 1] as Token | undefined)?.kind === 'word';
      if ((w === 'باسم' && !usedBism) || w === 'لشؤون' || w === 'لدي' || envoyTo) {
        usedBism ||= w === 'باسم';
        glue = true;
        continue;
      }
      if (w === 'في' || w === 'من') {
        const next = tokens[k + 1];
        // "مصدر من داخل النادي": where the source sits belongs to it.
        if (next && /^(داخل|قلب)$/.test(next.text) && (tokens[k + 2] as Token | undefined)?.kind === 'word' && k + 2 <= to) {
          [k, glue] = [k + 1, true];
          continue;
        }
        const personHead = !headIndefinite && !isInstitution((tokens[role[0]] as Token).text);
        // "الباحث في مركز الفينيق" belongs to the role; "الوزير في القاهرة" is where he spoke.
        const place = next && AR_PROPER_PLACES.has(next.text) && personHead;
        // "في وقت سابق"، "في أول تصريح له": when he spoke, not where he works.
        const event = EVENT_ORDINALS.has(next?.text ?? '') && isStatementEvent(tokens[k + 2]?.text ?? '');
        const when = next && (AR_TIME_WORDS.has(next.text) || TIME_SPAN_NOUNS.has(next.text) || event);
        if (next && next.kind === 'word' && !place && !isStatementEvent(next.text) && !isStop(next.text) && !when) {
          glue = true;
          continue;
        }
        break;
      }
      if (stop || isRecipient(w) || STATEMENT_EVENTS.has(w) || AR_RELATIVES.has(w)) break;
      // "الحارس البالغ من العمر ٣٠ عاماً": an age describes the speaker, it is no part of the role.
      if (AGE_OPENERS.has(w) && tokens[k + 1]?.text === 'من') break;
      // "عامل ثالث يشتغل في قسم الخياطة"، "عاملة فضّلت عدم ذكر اسمها": after someone unnamed, a verb opens
      // a clause describing them (an indefinite noun takes a relative clause without الذي).
      const head = (tokens[role[0]] as Token).text;
      const person = !isInstitution(head) && !AR_PROPER_PLACES.has(w) && !AR_GIVEN_NAMES.has(w) && !known.has(w);
      // (So does a verb keeping them unnamed: "شاب رفض ذكر اسمه".)
      if (headIndefinite && person && (describingVerb(w, head) || ANONYMITY_VERBS.has(w))) break;
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
        [mode, name, k] = ['name', [k + 1, k + 1], k + 1];
        continue;
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
        lastDefinite = false;
        continue;
      }
      // "المعلمة رويدة الخطيب": a woman's given name in ة after her title opens the name; "الفريق أول الركن"، "ضابط
      // برتبة عقيد": a rank's grade, or برتبة and its rank, are more of the role (arabic-roles.ts).
      const turn = roleTurnAt(tokens, k, role, to, lastDefinite);
      if (turn === 'name') [mode, name] = ['name', [k, k]];
      else if (turn) [role[1], lastDefinite, glue] = [k, true, turn === 'rank of'];
      if (turn) continue;
      // "أحد سكان كادقلي"، "أهالي القرية": where the residents live belongs to the role, it is no name.
      if (residentsPlace(tokens, k, role[0])) {
        [role[1], lastDefinite] = [k, isDefinite(w)];
        continue;
      }
      // An institution's own name may hold a given name (بلدية خان يونس، مستشفى الملك فهد): it stays one body.
      const body = isInstitution((tokens[role[0]] as Token).text) && !usedBism;
      if (!body && (AR_GIVEN_NAMES.has(w) || AR_NAME_PARTICLES.has(w) || (known.has(w) && roleLength >= 1) || (w === 'باسم' && usedBism))) {
        mode = 'name';
        name = [k, k];
        continue;
      }
      // "أشادت الهيئة بالتعديل": a verbal noun after بال is what the verb is about, not more of the role.
      if (w.startsWith('بال') && (VERBAL_NOUN.test(w.slice(3)) || WELCOMED_MATTERS.has(w.slice(3)))) break;
      if (AR_SAME_AS_BEFORE.has(w) || isDefinite(w) || AR_PROPER_PLACES.has(w) || isTitle(w) || isInstitution(w) || withBa(w)) {
        role[1] = k;
        lastDefinite = true;
        continue;
      }
      if (w.startsWith('و') && isDefinite(w.slice(1))) {
        role[1] = k;
        continue;
      }
      if (w.startsWith('ل') && w.length > 3 && !AR_PROPER_PLACES.has(w)) {
        // A glued genitive inside an institution's name: الجامعة الملكية المغربية لكرة القدم.
        role[1] = k;
        glue = true;
        continue;
      }
      // "رئيس بلدية طبرق"، "مدير شركة سامكو"، "بولاية نهر عطبرة": after a body's noun or a kind of place without
      // the article, a word no lexicon knows is the body's or place's own name (a construct), not its holder's.
      const previous = (tokens[k - 1] as Token).text;
      const bodyOrPlace = isInstitution(previous) || placeKind(previous);
      if (k - 1 > role[0] && bodyOrPlace && !isDefinite(previous) && !known.has(w) && !AR_NAME_PARTICLES.has(w)) {
        role[1] = k;
        continue;
      }
      // "مصدر مسؤول في البنك المركزي بعدن": an anonymous source is never followed by his name.
      if (!lastDefinite || notAName(w) || nameAhead(k) > k || (headIndefinite && ANONYMOUS_HEADS.has((tokens[role[0]] as Token).text))) {
        // Indefinite after indefinite: an adjective or construct (مصدر أمني، مدير عام).
        role[1] = k;
        continue;
      }
      // "قال ممثل الحكومة حرفياً": an adverb in ـياً ends the role.
      if (gluedPrepositionPhrase(w, known) || (/يا$/.test(w) && !AR_GIVEN_NAMES.has(w))) break;
      // "أعلنت وزارة الزراعة تأجيل …": a verbal noun after a body's name is the verb's object, not a person.
      // A body has no holder's name after its own (وزارة الصحة … رفع حالة الطوارئ): a word that starts no name
      // (no given name, particle or known surname) is the verb's object.
      if (body && !known.has(w) && !AR_GIVEN_NAMES.has(w) && !AR_NAME_PARTICLES.has(w)) break;
      mode = 'name';
      name = [k, k];
      continue;
    }
    if (mode === 'name' && name) {
      // The word after عبد / أبو / بن is always part of the name (عبد الأمير، أبو مازن).
      const afterParticle = AR_NAME_PARTICLES.has((tokens[k - 1] as Token).text) && k - 1 >= name[0];
      if (!afterParticle) {
        // Inside a name only ل and بال open a phrase: a family name may begin with ب (بركات، بابكر).
        // "توجه عبد الله بسؤال إلى …": ب before a common noun (سؤال، طلب) opens a phrase too.
        // A foreign family name may begin with ل (جان إيف لودريان، سيرغي لافروف): right before the reported clause, after
        // a name word, a ل-word is the name's end unless what it governs is a body, post or statement.
        const foreignEnd =
          k === to && !w.startsWith('لل') && !isInstitution(w.slice(1)) && !isTitle(w.slice(1)) && !isStatementEvent(w.slice(1));
        const lamPhrase = w.startsWith('ل') && !foreignEnd;
        const phrase =
          (gluedPrepositionPhrase(w, known) && (lamPhrase || w.startsWith('بال'))) ||
          (w.startsWith('ب') && (NOUNS_AFTER_ALA.has(w.slice(1)) || isStatementEvent(w.slice(1)))) ||
          // "طالب سعيد منصور بتعويض": ب before a verbal noun (no name of its own) is what the verb asks for.
          (w.startsWith('ب') && !w.startsWith('بال') && VERBAL_NOUN.test(w.slice(1)) && !known.has(w) && !AR_GIVEN_NAMES.has(w));
        if (stop || isRecipient(w) || STATEMENT_EVENTS.has(w) || AR_RELATIVES.has(w) || phrase || mannerAfterName(w, known)) break;
        // A title right after a name ends it (… وزير الاقتصاد), but a definite one is a family name
        // (يوسف الشاعر، محمد السيد).
        // أمين، باسم are titles and given names: inside a name, followed by more of it (محمد أمين الفلاني), a name.
        const nameAfter = tokens[k + 1]?.kind === 'word' && k + 1 <= to && !isStop((tokens[k + 1] as Token).text);
        const givenInside =
          AR_GIVEN_NAMES.has(w) && nameAfter && !isTitle((tokens[k + 1] as Token).text) && !isInstitution((tokens[k + 1] as Token).text);
        // (حاج، شيخ without the article, between a name word and a given name, are part of a family name: سمير حاج حسين.)
        const familyHonorific = NAME_HONORIFICS.has(`ال${w}`) && AR_GIVEN_NAMES.has(tokens[k + 1]?.text ?? '') && k + 1 <= to;
        if (isInstitution(w) || (isTitle(w) && !isDefinite(w) && !givenInside && !familyHonorific)) break;
        if (name[1] - name[0] >= 4) break;
        // "وطالب عباس المجتمعَ الدولي": an earlier speaker's surname on its own is the whole later mention.
        const lone = (tokens[name[0]] as Token).text;
        if (name[0] === name[1] && known.has(lone) && isDefinite(w)) break;
        // "وانتقد الجبالي قرار الحكم": after a known surname that is no given name, a word that is
        // no part of a name (no given name, particle or known surname) starts the verb's object.
        const namePart = AR_GIVEN_NAMES.has(w) || AR_NAME_PARTICLES.has(w) || known.has(w);
        if (name[0] === name[1] && known.has(lone) && !AR_GIVEN_NAMES.has(lone) && !namePart && tokens[k - 1] === tokens[name[0]]) break;
      }
      name[1] = k;
    }
  }
  // A name in quotation marks right after the role: وزير المالية «معيط».
  const after = tokens[k];
  if (mode === 'role' && !name && after && k <= to && (after.text === '«' || after.text === '"' || after.text === '“')) {
    const span = a.markedByStart.get(after.start);
    if (span) {
      let last = k + 1;
      while (last <= to && (tokens[last + 1] as Token | undefined) && (tokens[last + 1] as Token).end <= span.end - 1) last++;
      // (After a body, "… لتحالف «ساحل سولار»", the quoted words are the body's name: more of the role.)
      if (last - k <= 3 && tokens.slice(k + 1, last + 1).every((t) => t.kind === 'word')) {
        if (role && bodyBeforeQuote((tokens[role[1]] as Token).text)) role[1] = Math.min(last + 1, to);
        else name = [k + 1, last];
      }
    }
  }
  if (!role && !name) return null;
  // "والدة الطفلة سلمى", "شقيق الضحية أحمد": the name is the relative's, the kin speaks.
  // (Only with a word between: "ابن كيران" is a family name.)
  // ("ابن عمه محمد" excepted: a relative of the speaker's own, so the name is the speaker's.)
  if (role && name && role[1] > role[0] && KIN.has((tokens[role[0]] as Token).text) && role[1] === name[0] - 1 && !kinOfKin(tokens, role))
    return { name: null, role: [role[0], name[1]] };
  return { name, role };
}
