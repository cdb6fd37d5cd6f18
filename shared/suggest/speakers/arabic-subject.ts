import {
  AR_GIVEN_NAMES,
  AR_NAME_PARTICLES,
  AR_PARTICIPLES,
  AR_PP_HEADS,
  AR_RELATIVES,
  AR_SAME_AS_BEFORE,
  AR_TIME_WORDS,
} from '../lexicon/ar';
import { HONORIFICS } from '../lexicon/ar-people';
import type { Analysis, SpeakerPhrase } from '../types';
import { stripWa, type Token } from '../tokens';
import { foldedSet, words } from '../lexicon/util';
import { documentOfPrevious, titleAbbreviationAt } from './arabic-names';
import { phraseGender } from './arabic-gender';
import { notANounPhrase } from './arabic-implausible';
import {
  PLURAL_HEADS,
  APPOSITIVE_OPENERS,
  CIRCUMSTANTIAL,
  ANONYMITY_VERBS,
  isTitle,
  isInstitution,
  isVerb,
  isRecipient,
  isMannerPhrase,
  gluedPrepositionPhrase,
} from './arabic-words';

import { type KnownNames, type Parsed, readPhrase } from './arabic';
import { foreignNameChunk, nameOfThree } from './arabic-apposed';
import { skipLeading } from './arabic-leading';

/**
 * Where a speaker phrase starts and ends around a reporting verb: the subject after it, a
 * subject before it (with commas and asides between), and what a document or a relative
 * stands for. Phrases themselves are read by `readPhrase` (arabic.ts).
 */

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

/** Documents of figures (بيانات، أرقام): the body after them owns the figures; a report (تقرير الهيئة السنوي) stays whole. */
const FIGURE_DOCUMENTS = new Set(['بيانات', 'احصاءات', 'إحصاءات', 'ارقام', 'أرقام', 'معطيات', 'احصائية', 'إحصائية']);

/**
 * The issuer after "صادر(ة) عن" when the role names a document: the body is the speaker. So is the
 * body a document's figures belong to, in construct right after it: «وتشير بيانات الهيئة …»،
 * «وأظهرت أرقام وزارة الصحة …» (a definite word or a body's word follows the document's noun).
 */
function issuerOf(a: Analysis, role: [number, number]): [number, number] | null {
  if (!ISSUED_DOCUMENTS.has((a.tokens[role[0]] as Token).text)) return null;
  for (let k = role[0] + 1; k < role[1]; k++) {
    if ((a.tokens[k] as Token).text === 'عن' && /^(ال)?صادر(ة)?$/.test((a.tokens[k - 1] as Token).text)) return [k + 1, role[1]];
  }
  const owner = a.tokens[role[0] + 1];
  if (
    FIGURE_DOCUMENTS.has((a.tokens[role[0]] as Token).text) &&
    role[0] < role[1] &&
    owner &&
    owner.kind === 'word' &&
    (isInstitution(owner.text) || owner.text.startsWith('ال')) &&
    !ADJECTIVE_ENDING.test(owner.text)
  )
    return [role[0] + 1, role[1]];
  return null;
}

/**
 * "تنتظر ليلى حسن العبيدي دورها": a noun with a possessive pronoun (دورها، بيتهم) after a name of two or more
 * words is what the person has, the verb's object, never the last part of their name.
 */
function endsInPossessed(a: Analysis, name: [number, number]): boolean {
  if (name[1] <= name[0]) return false;
  const last = (a.tokens[name[1]] as Token).text;
  return last.length > 4 && /(?:ها|هم|هن)$/u.test(last) && !AR_GIVEN_NAMES.has(last);
}

function describe(a: Analysis, parsed: Parsed): SpeakerPhrase {
  const tokens = a.tokens;
  const issuer = !parsed.name && parsed.role ? issuerOf(a, parsed.role) : null;
  if (issuer) parsed = { name: null, role: issuer };
  if (parsed.name && endsInPossessed(a, parsed.name)) parsed = { ...parsed, name: [parsed.name[0], parsed.name[1] - 1] };
  const range = (r: [number, number]) => ({ start: (tokens[r[0]] as Token).start, end: (tokens[r[1]] as Token).end });
  const name = parsed.name ? range(parsed.name) : null;
  const role = parsed.role ? range(parsed.role) : null;
  const head = parsed.role ? (tokens[parsed.role[0]] as Token).text : '';
  const lastRoleWord = parsed.role ? (tokens[parsed.role[1]] as Token).text : '';
  const plural = !name && (PLURAL_HEADS.has(head) || ((head.endsWith('ون') || head.endsWith('ين')) && head.length >= 5));
  const firstToken = parsed.name ? (tokens[parsed.name[0]] as Token) : undefined;
  const gender = phraseGender(head, name !== null, firstToken, plural);
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

/** ضاحكاً، باسماً: فاعلاً participles of manner (the مُفعِلاً ones are told by their form). */
const MANNER_PARTICIPLES = foldedSet(words('ضاحكا باسما ساخرا غاضبا حازما جازما واثقا آسفا صارخا هامسا باكيا'));

/** الأخيرة، السابق، الأول: adjectives of order and time, never a speaker. */
const ADJECTIVE_ENDING = /^ال(اخير|اخيرة|سابق|سابقة|اول|اولى|ثاني|ثانية|جديد|جديدة|حالي|حالية|مقبل|مقبلة|ماضي|ماضية)$/u;

/** يرسل، تعمل: a present-tense verb opening a relative clause (عامل، يرسل لأهله …،). */
const IMPERFECT = /^[يت][\u0621-\u064A]{3,5}$/u;

const startsAName = (w: string, known: KnownNames) => AR_GIVEN_NAMES.has(w) || AR_NAME_PARTICLES.has(w) || known.has(w);

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
export function parseArabicSubject(a: Analysis, from: number, until: number, known: KnownNames, glued = false): SpeakerPhrase | null {
  // A cue at the very end of the text («وفقاً لـ») has no words after it to read.
  const to = Math.min(until, a.tokens.length - 1);
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
  const hal = (k: number) => {
    const w = (a.tokens[k] as Token).text;
    if (!CIRCUMSTANTIAL.test(w) || AR_GIVEN_NAMES.has(w) || known.has(w)) return false;
    // The text is folded (its tanween gone): the مُفعِلاً form, or a فاعلاً manner word from a short list.
    // مراسلنا، مندوبنا: "our" glued to a noun looks like the مُفعِلاً form.
    return (w.startsWith('م') && !w.endsWith('نا')) || MANNER_PARTICIPLES.has(w);
  };
  for (const [index, [chunkStart, ce]] of chunks.entries()) {
    let cs = chunkStart;
    // "، وهو صاحب محل خضار،": an appositive describing the speaker; right after the verb,
    // "فقال وهو يخرج …" is a circumstantial clause (while he …), not the subject.
    const describes = APPOSITIVE_OPENERS.has((a.tokens[cs] as Token).text);
    if (describes) {
      if (index === 0) continue;
      if (cs < ce) cs++;
    }
    const first = a.tokens[cs] as Token;
    if (AR_RELATIVES.has(first.text) || AR_PARTICIPLES.has(first.text)) continue;
    // "، طالباً عدم ذكر اسمه،": a circumstantial participle (فاعلاً، مُفعِلاً) describes, it does not name.
    // (Not a name whose next word is a given name or particle: "، نورا سمير دياب،" after a role.)
    // (Nor a foreign name after a title that merely ends in ا: "، مارتا أوليفيرا،".)
    if (
      index > 0 &&
      CIRCUMSTANTIAL.test(first.text) &&
      !AR_GIVEN_NAMES.has(first.text) &&
      !nameOfThree(a, cs, ce) &&
      !(result && foreignNameChunk(a, cs, ce, result) && ce === cs + 1)
    )
      continue;
    // "وقال مبتسماً:"، "قال مخاطباً النواب:"، "قالت بحسرة:": right after the verb, a participle marked
    // indefinite accusative (its tanween written, or the مُفعِل form) or a manner phrase tells how it was
    // said; the subject is the one the verb carries.
    if (index === 0 && cs === from && (hal(cs) || isMannerPhrase(first.text))) continue;
    // "مسؤول أمني، طلب عدم الكشف عن اسمه،": a relative clause after an indefinite speaker.
    if (index > 0 && ANONYMITY_VERBS.has(first.text)) continue;
    // An appositive never opens with a preposition: "، في تصريح لـ«هسبريس»،" is an aside.
    if (
      index > 0 &&
      result &&
      (AR_PP_HEADS.has(first.text) ||
        isRecipient(first.text) ||
        AR_TIME_WORDS.has(first.text) ||
        (gluedPrepositionPhrase(first.text, known) && !foreignNameChunk(a, cs, ce, result)))
    )
      continue;
    // After وفقاً the glued ل belongs to the source (لوكالة الطاقة): nothing to skip there.
    let start = glued && cs === from ? cs : skipLeading(a, cs, ce, known);
    // "في مراجعته الأخيرة": a definite adjective after a possessed noun the preposition governs.
    if (
      start > cs &&
      start <= ce &&
      /(ه|ها|هم|هما)$/u.test((a.tokens[start - 1] as Token).text) &&
      /^ال/u.test((a.tokens[start] as Token).text)
    )
      start = ADJECTIVE_ENDING.test((a.tokens[start] as Token).text) && !known.has((a.tokens[start] as Token).text) ? start + 1 : start;
    if (start > ce) continue;
    let parsed = readPhrase(a, start, ce, known, glued && start === from);
    // "أحد سكان حي …" describes the speaker named before it.
    if (!parsed && /^(احد|احدي)$/.test((a.tokens[start] as Token).text) && start < ce)
      parsed = { name: null, role: [start, Math.min(ce, start + 7)] };
    // "جارته، وهي أم لخمسة أطفال،": what follows وهو / وهي describes the speaker, it never names one.
    if (parsed && describes) parsed = parsed.role && !parsed.name ? parsed : null;
    if (!parsed) continue;
    if (!result) {
      result = parsed;
      continue;
    }
    // "قال استشاري الأمراض المعدية، د. سامي العلي، إن …": a title abbreviation or honorific marks the
    // name; an unknown first phrase read as a name (استشاري …) was the role after all.
    const marked = titleAbbreviationAt(a, cs) || HONORIFICS.has((a.tokens[start] as Token).text);
    const firstWord = result.name ? (a.tokens[result.name[0]] as Token) : undefined;
    if (marked && parsed.name && !result.role && firstWord && firstWord.arabic && !startsAName(firstWord.text, known)) {
      result = { name: parsed.name, role: result.name };
      continue;
    }
    // "قال المهندس سامي علي، رئيس الشعبة، …": the post between commas says more than an honorific before the name.
    const honorificOnly = !!result.role && result.role[0] === result.role[1] && HONORIFICS.has((a.tokens[result.role[0]] as Token).text);
    if (result.name && (!result.role || honorificOnly) && parsed.role && !parsed.name) result.role = parsed.role;
    else if (!result.name && result.role && parsed.name && appositiveName(a, result.role, parsed.name, known)) result.name = parsed.name;
  }
  if (!result) return null;
  const phrase = describe(a, result);
  // "فأجاب دون تردد"، "مطّلع على سير المحادثات": what was read is an adverbial, not who spoke; with
  // no subject here the verb's own (the speaker before) is looked for by the caller.
  return notANounPhrase(a.text.slice(phrase.mention.start, phrase.mention.end).split(' ')) ? null : phrase;
}

/**
 * Subject written before the verb (SVO, common in headlines and subordinate clauses):
 * "وزير الخارجية أكد أن …". Only a short phrase opening the sentence counts.
 */
export function parseArabicPreverbalSubject(a: Analysis, sentenceFirst: number, verb: number, known: KnownNames): SpeakerPhrase | null {
  // "ثم ضحك وأضاف": a verb with و / ف joined is coordinated with what precedes; no subject stands there.
  if (/^[وف]/u.test((a.tokens[verb] as Token).text) && isVerb(stripWa((a.tokens[verb] as Token).text))) return null;
  let from = sentenceFirst;
  while (from < verb && (a.tokens[from] as Token).kind !== 'word') from++;
  // "غير أن مصدراً في الوزارة طلب عدم كشف اسمه قال …": the clause keeping the source unnamed, without commas.
  for (let m = from + 1; m < verb && m - from <= 5 && verb - m <= 6; m++) {
    if (!ANONYMITY_VERBS.has((a.tokens[m] as Token).text)) continue;
    if (a.tokens.slice(from, verb).some((t) => t.kind !== 'word')) break;
    const unnamed = readPhrase(a, from, m - 1, known);
    if (unnamed && !unnamed.name && unnamed.role?.[1] === m - 1) return describe(a, unnamed);
    break;
  }
  const allWords = !a.tokens.slice(from, verb).some((t) => t.kind !== 'word');
  // "أن أحد الباعة في السوق أخبره: «…»": one of a group, described, before the verb.
  if (/^(احد|احدي)$/u.test((a.tokens[from] as Token | undefined)?.text ?? '') && allWords && verb - from >= 2 && verb - from <= 8)
    return describe(a, { name: null, role: [from, verb - 1] });
  // "عضو لجنة التعليم النائب كمال عبد الحليم الدوري رأى أن": a longer subject counts when it is a
  // role and then a name that ends right before the verb.
  if (verb - from > 6 && verb - from <= 12 && allWords) {
    const long = readPhrase(a, from, verb - 1, known);
    if (long?.role && long.name && long.name[1] === verb - 1 && long.name[1] > long.name[0]) return describe(a, long);
  }
  if (verb - from > 6 || (verb - from >= 1 && !allWords)) return namedBeforeAppositive(a, from, verb, known);
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
  // (A title may run longer before its holder's name: النائب عن الدائرة الثالثة في المفرق، …)
  const longest = isTitle((tokens[from] as Token).text) ? 7 : 5;
  if (end === from || end - from > longest || (opener !== '،' && opener !== ',' && opener !== '(')) return null;
  // "أحد سكان الحي، فضّل عدم ذكر اسمه، قال …": an unnamed source and the clause that keeps it unnamed
  // (whose ذكر is no verb of saying).
  if (opener !== '(' && ANONYMITY_VERBS.has(tokens[end + 1]?.text ?? '')) {
    const first = (tokens[from] as Token).text;
    const unnamed =
      readPhrase(a, from, end - 1, known) ??
      (/^(احد|احدي)$/.test(first) ? { name: null, role: [from, end - 1] as [number, number] } : null);
    if (unnamed && !unnamed.name && unnamed.role?.[1] === end - 1) return describe(a, unnamed);
  }
  // Nothing between the name and the verb may itself be a sentence (a second verb of saying).
  for (let k = end; k < verb; k++) if (isVerb((tokens[k] as Token).text)) return null;
  const parsed = readPhrase(a, from, end - 1, known);
  const first = (tokens[from] as Token).text;

  // "الحبسي، الذي اختير أفضل لاعب، قال …": a relative clause after the opening words makes them the subject.
  const relative = opener !== '(' && AR_RELATIVES.has(tokens[end + 1]?.text ?? '') && end - from <= 3;
  if (!AR_GIVEN_NAMES.has(first) && !AR_NAME_PARTICLES.has(first) && !known.has(first)) {
    if (relative && parsed && ((parsed.name ?? parsed.role) as [number, number])[1] === end - 1) return describe(a, parsed);
    return opener === '(' || !parsed ? null : roleThenName(a, parsed, end, verb, known);
  }
  if (!parsed?.name || parsed.name[1] !== end - 1) return null;
  return describe(a, parsed);
}

/**
 * "رئيس اللجنة المالية، النائب سامي حسن العلي، قال …": a title opening the sentence, then its
 * holder's name between commas right before the verb. The name speaks; the title is his role.
 */
function roleThenName(a: Analysis, opening: Parsed, comma: number, verb: number, known: KnownNames): SpeakerPhrase | null {
  const tokens = a.tokens;
  if (!opening.role || opening.name || !isTitle((tokens[opening.role[0]] as Token).text)) return null;
  // "النائب عن الدائرة الثالثة في المفرق، …": where the post is held (في and a word or two) may close the title.
  const where = tokens[opening.role[1] + 1]?.text === 'في' && comma - opening.role[1] <= 4;
  if (opening.role[1] !== comma - 1 && !where) return null;
  let from = comma + 1;
  if (titleAbbreviationAt(a, from)) from += 2;
  const parsed = readPhrase(a, from, verb - 2, known);
  if (!parsed?.name || parsed.name[1] !== verb - 2) return null;
  return describe(a, { name: parsed.name, role: where ? [opening.role[0], comma - 1] : opening.role });
}
export type { KnownNames } from './arabic';
