import {
  AR_COMPLEMENTIZERS,
  AR_FEMALE_NAMES,
  AR_GIVEN_NAMES,
  AR_NAME_PARTICLES,
  AR_PARTICIPLES,
  AR_PP_HEADS,
  AR_PROPER_PLACES,
  AR_RELATIVES,
  AR_SAME_AS_BEFORE,
  AR_TIME_WORDS,
} from '../lexicon/ar';
import { words } from '../lexicon/util';
import { PRONOUN_PREPOSITIONS } from '../lexicon/ar-people';
import type { Analysis, Gender, SpeakerPhrase } from '../types';
import type { Token } from '../tokens';
import {
  documentOfPrevious,
  gluedHyphen,
  isAliName,
  isStatementEvent,
  NOUNS_AFTER_ALA,
  latinGender,
  latinNameEnd,
  titleAbbreviationAt,
} from './arabic-names';
import {
  RECIPIENTS,
  STATEMENT_EVENTS,
  PLURAL_HEADS,
  APPOSITIVE_OPENERS,
  CIRCUMSTANTIAL,
  ANONYMITY_VERBS,
  isEventAdjective,
  isTitle,
  isInstitution,
  isDefinite,
  isStop,
  isVerb,
  isRecipient,
} from './arabic-words';

export type KnownNames = Set<string>;

/** Indefinite heads of anonymous sources (مصدر، مسؤول): the words after them describe, never name. */
const ANONYMOUS_HEADS = new Set(['مصدر', 'مصادر', 'مسؤول', 'مسؤولة', 'مسؤولون', 'مسؤولين', 'مسوول', 'مسوولة', 'مسوولون', 'مسوولين']);
/** "في مؤتمر عقدته"، "بيان أصدرته": a verb with an object pronoun opening a relative clause, never a speaker. */
const RELATIVE_VERB = /^(?!ال)[\u0621-\u064A]{3,}(ته|تها|تهم|تهما)$/u;

/**
 * "بقرار الحظر"، "لأسباب": a noun with a glued ب or ل opens a prepositional phrase after the
 * subject. Given names and Maghreb family names in بو/بن/بل (بوعلام، بنعلي) are kept.
 */
function gluedPrepositionPhrase(w: string, known: KnownNames): boolean {
  return /^[بل]/.test(w) && w.length >= 4 && !/^(بو|بن|بل)/.test(w) && !AR_GIVEN_NAMES.has(w) && !known.has(w);
}

/** Verbal nouns (تفعيل، استفعال، إفعال، افتعال، انفعال), folded: تأجيل، استكمال، إطلاق، افتتاح، انطلاق. */
const VERBAL_NOUN =
  /^(?:ت[\u0621-\u064A]{2}ي[\u0621-\u064A]|است[\u0621-\u064A]{2}ا[\u0621-\u064A]|ا[\u0621-\u064A]{2}ا[\u0621-\u064A]|ا[\u0621-\u064A]ت[\u0621-\u064A]ا[\u0621-\u064A]|ان[\u0621-\u064A]{2}ا[\u0621-\u064A])$/u;

/** Titles sent somewhere (إلى ...): envoys, ambassadors, delegates. */
const ENVOYS = new Set(['مبعوث', 'المبعوث', 'سفير', 'السفير', 'سفيرة', 'السفيرة', 'مندوب', 'المندوب', 'ممثل', 'الممثل', 'وفد', 'الوفد']);

/** Periods that take an adjective of time (الأسبوع الماضي، الشهر المقبل). */
const TIME_NOUNS = new Set(['الاسبوع', 'الأسبوع', 'الشهر', 'العام', 'السنة', 'الموسم', 'الأسابيع', 'الاسابيع', 'الأيام', 'الايام']);

interface Parsed {
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
function readPhrase(a: Analysis, from: number, to: number, known: KnownNames, glued = false): Parsed | null {
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
  /** A given name or name particle a few words ahead: the name starts there, not here (الفريق أول … عبد الأمير). */
  // Nouns ending in ات or ة are rarely personal names unless known (فاطمة، أسامة).
  const notAName = (w: string) => (w.endsWith('ات') && w.length >= 4) || (w.endsWith('ة') && !AR_GIVEN_NAMES.has(w));
  const nameAhead = (k0: number) => {
    for (let m = k0 + 1; m <= Math.min(to, k0 + 4); m++) {
      const t = tokens[m] as Token;
      if (t.kind !== 'word' || isStop(t.text)) return -1;
      if (AR_GIVEN_NAMES.has(t.text) || AR_NAME_PARTICLES.has(t.text)) return m;
      // Only skip ahead over words that cannot belong to a name (الفريق أول قوات خاصة عبد …).
      if (!notAName(t.text)) return -1;
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
      } else if (isTitle(w) || isInstitution(w)) {
        mode = 'role';
        role = [k, k];
        headIndefinite = !isDefinite(w);
        lastDefinite = !headIndefinite;
      } else if (stop || isRecipient(w) || isVerb(w) || AR_RELATIVES.has(w) || RELATIVE_VERB.test(w)) {
        return null;
      } else if (!AR_GIVEN_NAMES.has(w) && !known.has(w) && !isDefinite(w) && headOfConstruct(k)) {
        // معاون وزير الكهرباء، مستشار رئيس الحكومة: a noun before a title heads a role.
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
      const deputyFor = k - 1 === role[0] && /^(ال)?(نائب|نائبة|ممثل|ممثلة|مندوب|مندوبة)$/.test((tokens[k - 1] as Token).text);
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
        if (next && next.kind === 'word' && !place && !isStatementEvent(next.text) && !isStop(next.text) && !AR_TIME_WORDS.has(next.text)) {
          glue = true;
          continue;
        }
        break;
      }
      if (stop || isRecipient(w) || STATEMENT_EVENTS.has(w) || AR_RELATIVES.has(w)) break;
      // An institution's own name may hold a given name (بلدية خان يونس، مستشفى الملك فهد): it stays one body.
      const body = isInstitution((tokens[role[0]] as Token).text) && !usedBism;
      if (!body && (AR_GIVEN_NAMES.has(w) || AR_NAME_PARTICLES.has(w) || (known.has(w) && roleLength >= 1) || (w === 'باسم' && usedBism))) {
        mode = 'name';
        name = [k, k];
        continue;
      }
      if (AR_SAME_AS_BEFORE.has(w) || isDefinite(w) || AR_PROPER_PLACES.has(w) || isTitle(w) || isInstitution(w) || w.startsWith('بال')) {
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
      // "مصدر مسؤول في البنك المركزي بعدن": an anonymous source is never followed by his name.
      if (!lastDefinite || notAName(w) || nameAhead(k) > k || (headIndefinite && ANONYMOUS_HEADS.has((tokens[role[0]] as Token).text))) {
        // Indefinite after indefinite: an adjective or construct (مصدر أمني، مدير عام).
        role[1] = k;
        continue;
      }
      // "قال ممثل الحكومة حرفياً": an adverb in ـياً ends the role.
      if (gluedPrepositionPhrase(w, known) || (/يا$/.test(w) && !AR_GIVEN_NAMES.has(w))) break;
      // "أعلنت وزارة الزراعة تأجيل …": a verbal noun after a body's name is the verb's object, not a person.
      if (body && !known.has(w) && !AR_GIVEN_NAMES.has(w) && VERBAL_NOUN.test(w)) break;
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
        const phrase =
          (gluedPrepositionPhrase(w, known) && (w.startsWith('ل') || w.startsWith('بال'))) ||
          (w.startsWith('ب') && (NOUNS_AFTER_ALA.has(w.slice(1)) || isStatementEvent(w.slice(1))));
        if (stop || isRecipient(w) || STATEMENT_EVENTS.has(w) || AR_RELATIVES.has(w) || phrase) break;
        // A title right after a name ends it (… وزير الاقتصاد), but a definite one is a family name
        // (يوسف الشاعر، محمد السيد).
        // أمين، باسم are titles and given names: inside a name, followed by more of it (محمد أمين الفلاني), a name.
        const nameAfter = tokens[k + 1]?.kind === 'word' && k + 1 <= to && !isStop((tokens[k + 1] as Token).text);
        const givenInside =
          AR_GIVEN_NAMES.has(w) && nameAfter && !isTitle((tokens[k + 1] as Token).text) && !isInstitution((tokens[k + 1] as Token).text);
        if (isInstitution(w) || (isTitle(w) && !isDefinite(w) && !givenInside)) break;
        if (name[1] - name[0] >= 4) break;
        // "وطالب عباس المجتمعَ الدولي": an earlier speaker's surname on its own is the whole later mention.
        const lone = (tokens[name[0]] as Token).text;
        if (name[0] === name[1] && known.has(lone) && isDefinite(w)) break;
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
      if (last - k <= 3 && tokens.slice(k + 1, last + 1).every((t) => t.kind === 'word')) name = [k + 1, last];
    }
  }
  if (!role && !name) return null;
  // "والدة الطفلة سلمى", "شقيق الضحية أحمد": the name is the relative's, the kin speaks.
  // (Only with a word between: "ابن كيران" is a family name.)
  if (role && name && role[1] > role[0] && KIN.has((tokens[role[0]] as Token).text) && role[1] === name[0] - 1)
    return { name: null, role: [role[0], name[1]] };
  return { name, role };
}

/** Kinship heads: whoever they are followed by, the speaker is the relative. */
const KIN = new Set(words('والد والدة شقيق شقيقة زوج زوجة ابن ابنة ام اب جد جدة عم عمة خال خالة اخ اخت ارملة نجل نجلة'));

/** Skips a prepositional phrase or time adverb at the start of a stretch (في بيان، لقناة «…»، أمس). */
function skipLeading(a: Analysis, from: number, to: number): number {
  let k = from;
  for (let guard = 0; guard < 4 && k <= to; guard++) {
    const t = a.tokens[k] as Token;
    if (t.kind !== 'word') return k;
    if (titleAbbreviationAt(a, k)) {
      k += 2;
      continue;
    }
    // "قال لي الطبيب"، "قال لنا ممثل الحكومة": who was spoken to comes before the speaker.
    if (AR_TIME_WORDS.has(t.text) || PRONOUN_PREPOSITIONS.has(t.text)) {
      k++;
      continue;
    }
    // "قال لي الأسبوع الماضي": a period with its adjective of time.
    if (TIME_NOUNS.has(t.text) && k + 1 <= to && AR_TIME_WORDS.has((a.tokens[k + 1] as Token).text)) {
      k += 2;
      continue;
    }
    if (AR_PP_HEADS.has(t.text) || isRecipient(t.text)) {
      k++;
      // The object: a quoted channel or paper name (لـ«هسبريس»، لقناة «النيل للأخبار») or one word.
      for (let step = 0; step < 2 && k <= to; step++) {
        const open = a.tokens[k] as Token;
        const span = a.markedByStart.get(open.start);
        if (span) {
          while (k <= to && (a.tokens[k] as Token).start < span.end) k++;
          break;
        }
        if (isRecipient(t.text) || step === 1 || open.kind !== 'word') break;
        k++;
        if (!RECIPIENTS.has((a.tokens[k - 1] as Token).text) && !STATEMENT_EVENTS.has((a.tokens[k - 1] as Token).text)) break;
        // "في تصريح صحفي"، "في بيان مشترك": the event's adjectives go with it.
        if (STATEMENT_EVENTS.has((a.tokens[k - 1] as Token).text)) {
          while (k <= to && isEventAdjective((a.tokens[k] as Token).text)) k++;
          break;
        }
      }
      continue;
    }
    return k;
  }
  return k;
}

/** Documents that speak for whoever issued them (إحصائية صادرة عن المديرية، نشرة الأسعار الصادرة عن الجمعية). */
const ISSUED_DOCUMENTS = new Set([
  'بيان',
  'تقرير',
  'احصائية',
  'إحصائية',
  'نشرة',
  'دراسة',
  'وثيقة',
  'مذكرة',
  'بيانات',
  'احصاءات',
  'إحصاءات',
  'ارقام',
  'أرقام',
  'معطيات',
]);

/** The issuer after "صادر(ة) عن" when the role names a document: the body is the speaker. */
function issuerOf(a: Analysis, role: [number, number]): [number, number] | null {
  if (!ISSUED_DOCUMENTS.has((a.tokens[role[0]] as Token).text)) return null;
  for (let k = role[0] + 1; k < role[1]; k++) {
    if ((a.tokens[k] as Token).text === 'عن' && /^(ال)?صادر(ة)?$/.test((a.tokens[k - 1] as Token).text)) return [k + 1, role[1]];
  }
  return null;
}

function describe(a: Analysis, parsed: Parsed): SpeakerPhrase {
  const tokens = a.tokens;
  const issuer = !parsed.name && parsed.role ? issuerOf(a, parsed.role) : null;
  if (issuer) parsed = { name: null, role: issuer };
  const range = (r: [number, number]) => ({ start: (tokens[r[0]] as Token).start, end: (tokens[r[1]] as Token).end });
  const name = parsed.name ? range(parsed.name) : null;
  const role = parsed.role ? range(parsed.role) : null;
  const head = parsed.role ? (tokens[parsed.role[0]] as Token).text : '';
  const lastRoleWord = parsed.role ? (tokens[parsed.role[1]] as Token).text : '';
  const plural = !name && (PLURAL_HEADS.has(head) || ((head.endsWith('ون') || head.endsWith('ين')) && head.length >= 5));
  const firstToken = parsed.name ? (tokens[parsed.name[0]] as Token) : undefined;
  const firstName = firstToken?.text ?? '';
  const latin = firstToken && !firstToken.arabic ? latinGender(firstName) : 'unknown';
  const gender: Gender =
    (head.endsWith('ة') && isTitle(head)) || AR_FEMALE_NAMES.has(firstName) || latin === 'female'
      ? 'female'
      : AR_GIVEN_NAMES.has(firstName) || latin === 'male' || (isTitle(head) && !head.endsWith('ة') && !plural)
        ? 'male'
        : 'unknown';
  return {
    mention: (name ?? role) as { start: number; end: number },
    name,
    role,
    kind: name ? 'name' : 'role',
    plural,
    gender,
    definite: name !== null || head.startsWith('ال'),
    sameAsBefore:
      !name &&
      (AR_SAME_AS_BEFORE.has(lastRoleWord) ||
        (!!parsed.role && parsed.role[0] === parsed.role[1] && documentOfPrevious(a, a.tokens[parsed.role[0]] as Token))),
  };
}

/** يرسل، تعمل: a present-tense verb opening a relative clause (عامل، يرسل لأهله …،). */
const IMPERFECT = /^[يت][\u0621-\u064A]{3,5}$/u;

/**
 * A name between commas after a role names its holder (وزير المالية، محمد …،) unless it is
 * a clause: a coordinated verb (، ونُشرت نتائجها،), a present-tense relative (، يرسل …،), or
 * the object of a body's or a document's statement (أعلنت الشركة، أمس، افتتاح …). A body
 * or a document has no person's name after it unless a given name says so.
 */
function appositiveName(a: Analysis, role: [number, number], name: [number, number], known: KnownNames): boolean {
  const first = (a.tokens[name[0]] as Token).text;
  if (AR_GIVEN_NAMES.has(first) || AR_NAME_PARTICLES.has(first) || known.has(first) || !(a.tokens[name[0]] as Token).arabic) return true;
  if (isInstitution((a.tokens[role[0]] as Token).text) || ISSUED_DOCUMENTS.has((a.tokens[role[0]] as Token).text)) return false;
  return !first.startsWith('و') && !IMPERFECT.test(first);
}

/**
 * The subject of an Arabic reporting verb, read from the words between the verb and its
 * complement (tokens from..to inclusive). Handles verb–subject order with prepositional
 * phrases before or after the subject, and appositives between commas: وأكد سامويل
 * وربيرج، المتحدث باسم الخارجية الأمريكية، أن … . Relative clauses and time adverbs
 * between commas (، الذين طلبوا …، / ، أمس،) are skipped.
 */
export function parseArabicSubject(a: Analysis, from: number, to: number, known: KnownNames, glued = false): SpeakerPhrase | null {
  if (to < from) return null;
  const chunks: Array<[number, number]> = [];
  let s = from;
  for (let k = from; k <= to + 1; k++) {
    const t = a.tokens[k];
    if (k > to || t?.text === '،' || t?.text === ',') {
      if (k - 1 >= s) chunks.push([s, k - 1]);
      s = k + 1;
    }
  }
  let result: Parsed | null = null;
  for (const [index, [chunkStart, ce]] of chunks.entries()) {
    let cs = chunkStart;
    // "، وهو صاحب محل خضار،": an appositive describing the speaker; right after the verb,
    // "فقال وهو يخرج …" is a circumstantial clause (while he …), not the subject.
    if (APPOSITIVE_OPENERS.has((a.tokens[cs] as Token).text)) {
      if (index === 0) continue;
      if (cs < ce) cs++;
    }
    const first = a.tokens[cs] as Token;
    if (AR_RELATIVES.has(first.text) || AR_PARTICIPLES.has(first.text)) continue;
    // "، طالباً عدم ذكر اسمه،": a circumstantial participle (فاعلاً، مُفعِلاً) describes, it does not name.
    if (index > 0 && CIRCUMSTANTIAL.test(first.text) && !AR_GIVEN_NAMES.has(first.text)) continue;
    // "مسؤول أمني، طلب عدم الكشف عن اسمه،": a relative clause after an indefinite speaker.
    if (index > 0 && ANONYMITY_VERBS.has(first.text)) continue;
    // An appositive never opens with a preposition: "، في تصريح لـ«هسبريس»،" is an aside.
    if (
      index > 0 &&
      result &&
      (AR_PP_HEADS.has(first.text) || isRecipient(first.text) || AR_TIME_WORDS.has(first.text) || gluedPrepositionPhrase(first.text, known))
    )
      continue;
    const start = skipLeading(a, cs, ce);
    if (start > ce) continue;
    let parsed = readPhrase(a, start, ce, known, glued && start === from);
    // "أحد سكان حي …" describes the speaker named before it.
    if (!parsed && /^(احد|احدي)$/.test((a.tokens[start] as Token).text) && start < ce)
      parsed = { name: null, role: [start, Math.min(ce, start + 7)] };
    if (!parsed) continue;
    if (!result) {
      result = parsed;
      continue;
    }
    if (result.name && !result.role && parsed.role && !parsed.name) result.role = parsed.role;
    else if (!result.name && result.role && parsed.name && appositiveName(a, result.role, parsed.name, known)) result.name = parsed.name;
  }
  return result ? describe(a, result) : null;
}

/**
 * Subject written before the verb (SVO, common in headlines and subordinate clauses):
 * "وزير الخارجية أكد أن …". Only a short phrase opening the sentence counts.
 */
export function parseArabicPreverbalSubject(a: Analysis, sentenceFirst: number, verb: number, known: KnownNames): SpeakerPhrase | null {
  let from = sentenceFirst;
  while (from < verb && (a.tokens[from] as Token).kind !== 'word') from++;
  if (verb - from > 6 || (verb - from >= 1 && a.tokens.slice(from, verb).some((t) => t.kind !== 'word')))
    return namedBeforeAppositive(a, from, verb, known);
  if (verb - from < 1) return null;
  const parsed = readPhrase(a, from, verb - 1, known);
  if (!parsed) return null;
  const end = (parsed.name ?? parsed.role) as [number, number];
  const other = parsed.name && parsed.role ? Math.max(parsed.name[1], parsed.role[1]) : end[1];
  return other === verb - 1 ? describe(a, parsed) : null;
}

/**
 * "أبو صالح (54 عاماً)، من سكان الحي، قال …", "سامي الخطيب، رئيس الجمعية، قال …": a name opening
 * the sentence, then an aside between commas (or brackets) that closes right before the verb.
 * Only a name that starts as names do (a given name, أبو / عبد, a surname met before) counts.
 */
function namedBeforeAppositive(a: Analysis, from: number, verb: number, known: KnownNames): SpeakerPhrase | null {
  const tokens = a.tokens;
  const before = tokens[verb - 1]?.text;
  if (verb - from > 30 || (before !== '،' && before !== ',')) return null;
  let end = from;
  while (end < verb && (tokens[end] as Token).kind === 'word') end++;
  const opener = tokens[end]?.text;
  if (end === from || end - from > 5 || (opener !== '،' && opener !== ',' && opener !== '(')) return null;
  const first = (tokens[from] as Token).text;
  if (!AR_GIVEN_NAMES.has(first) && !AR_NAME_PARTICLES.has(first) && !known.has(first)) return null;
  // Nothing between the name and the verb may itself be a sentence (a second verb of saying).
  for (let k = end; k < verb; k++) if (isVerb((tokens[k] as Token).text)) return null;
  const parsed = readPhrase(a, from, end - 1, known);
  if (!parsed?.name || parsed.name[1] !== end - 1) return null;
  return describe(a, parsed);
}
