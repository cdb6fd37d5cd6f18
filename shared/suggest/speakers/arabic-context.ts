import {
  AR_GIVEN_NAMES,
  AR_INSTITUTIONS,
  AR_NAME_PARTICLES,
  AR_NP_STOP,
  AR_PP_HEADS,
  AR_RELATIVES,
  AR_TIME_WORDS,
  AR_TITLES,
} from '../lexicon/ar';
import { foldedSet, words } from '../lexicon/util';
import type { Analysis, Gender, SpeakerPhrase } from '../types';
import type { Token } from '../tokens';
import { afterDateline } from '../quotes/dateline';
import { tokenIndexAt } from '../ranges';
import type { KnownNames } from './arabic';
import { parseArabicSubject } from './arabic-subject';
import { openingSubject } from './arabic-svo';
import { writersInterlocutor } from './arabic-interlocutor';
import { titleAbbreviationAt } from './arabic-names';

/** Words opening a sentence that are not its verb: prepositions, particles, adverbs. */
const NOT_A_VERB = foldedSet(
  words(
    `وفي في ومن من وعلى على وبعد بعد وقبل قبل وخلال خلال ومع مع وبحسب وحسب ووفق ووفقا أما وأما لكن ولكن إلى والى كما وكما ثم هذا وهذا هذه وهذه
    عند وعند منذ ومنذ أمام وأمام داخل وداخل قرب وقرب`,
  ),
);
const KANA = foldedSet(words('كان وكان وكانت كانت فكان فكانت تكون يكون'));
const PARTICLES = foldedSet(words('قد وقد فقد لقد'));
// Room for a role, a title abbreviation (د.) and a three-part name.
const MAX_SUBJECT = 10;
const PLACE_WORDS = foldedSet(words('خلف وراء فوق تحت داخل خارج قرب بجانب جانب عند لدى'));

/**
 * The person introduced as the subject of a recent verb-first sentence, for a reporting
 * verb with no subject written (pro-drop): "وصلت المبعوثة الأممية هانا تيتيه إلى طرابلس.
 * وقالت إن …". Only sentences after the latest compatible speaker count; the subject must
 * be a name or a person's title and agree in gender with the verb.
 */
/**
 * A verb-first sentence puts the object right after the subject, where the phrase reader
 * cannot tell it from a name: "واستقبل رئيس الوزراء وفداً" (an accusative in ـاً), "وزار
 * اللواء خالد الفهد الجبهة" (a definite noun after a two-word name).
 */
function trimObject(a: Analysis, phrase: SpeakerPhrase | null, intransitive = false): SpeakerPhrase | null {
  if (!phrase?.name) return phrase;
  let s = phrase;
  const full = phrase.name;
  let words = a.text.slice(full.start, full.end).split(' ');
  // "يقف أبو محمد خلف بسطته": a place word or a noun with a possessive ends the name.
  // "… الخطيب تقريرَه": a noun with a possessive (ـه) is the object, not a family name.
  const possessive = (w: string) =>
    /(ته|تها|تهم)$/.test(w) || (w.length >= 5 && w.endsWith('ه') && !w.startsWith('ال') && !AR_GIVEN_NAMES.has(w));
  const cut = words.findIndex((w, i) => i > 0 && (PLACE_WORDS.has(w) || possessive(w)));
  if (cut > 0) {
    words = words.slice(0, cut);
    const name = { start: full.start, end: full.start + words.join(' ').length };
    s = { ...s, name, mention: name };
  }
  const firstWord = words[0] ?? '';
  if (s.role && firstWord.endsWith('ا') && !AR_GIVEN_NAMES.has(firstWord)) {
    return { ...s, name: null, kind: 'role', mention: s.role };
  }
  const lastWord = words[words.length - 1] ?? '';
  // "… سامر عبد الله العدوان تقريرَ اللجنة": an indefinite noun after the name opens the object, so
  // the definite word before it is the family name.
  const nextToken = a.tokens[tokenIndexAt(a.tokens, s.name!.end)];
  const objectAfter =
    !!nextToken && nextToken.kind === 'word' && nextToken.arabic && !/^(ال|ب|ل)/.test(nextToken.text) && !AR_NP_STOP.has(nextToken.text);
  // (After a verb that takes no object, رحل، تجلس، يعمل, the definite word is the family name: رحل نزار يوسف الخطيب عن …)
  if (
    !intransitive &&
    words.length >= 3 &&
    !objectAfter &&
    lastWord.startsWith('ال') &&
    !lastWord.endsWith('ي') &&
    !AR_NAME_PARTICLES.has(words[words.length - 2] ?? '')
  ) {
    const name = { start: full.start, end: full.start + words.slice(0, -1).join(' ').length };
    return { ...s, name, mention: name };
  }
  return s;
}

/**
 * Verbs that take no object, opening the narrative sentence that introduces someone later quoted (رحل، توفي، تجلس،
 * يقف، يعمل): nothing after the subject's name is an object, so no definite word is trimmed off as one.
 */
const NO_OBJECT_VERBS = foldedSet(
  words(`رحل ورحل رحلت ورحلت توفي وتوفي توفيت وتوفيت مات ومات ماتت وماتت عاد وعاد عادت وعادت يعود ويعود تعود وتعود
  ولد وولد ولدت وولدت جلس وجلس جلست وجلست يجلس ويجلس تجلس وتجلس وقف ووقف وقفت ووقفت يقف ويقف تقف وتقف
  عاش وعاش عاشت وعاشت يعيش ويعيش تعيش وتعيش نشأ ونشأ نشأت ونشأت يعمل ويعمل تعمل وتعمل سكن وسكن يسكن ويسكن تسكن وتسكن
  نزح ونزح نزحت ونزحت وصل ووصل وصلت ووصلت يصل ويصل تصل وتصل خرج وخرج خرجت وخرجت يخرج ويخرج تخرج وتخرج`),
);

/** Definite descriptions of a person rather than a role: الرجل الخمسيني، السيدة، الشاب. */
const PERSON_DESCRIPTIONS = foldedSet(
  words('الرجل المرأة السيدة الشاب الشابة الفتاة الفتى العجوز المسن المسنة الطفل الطفلة الأم الأب الأرملة السيد'),
);

export function describesSomeone(a: Analysis, s: SpeakerPhrase): boolean {
  if (s.name || !s.role) return false;
  const parts = a.text.slice(s.role.start, s.role.end).split(' ');
  return parts.length <= 2 && PERSON_DESCRIPTIONS.has(parts[0] ?? '');
}

/**
 * "طالب المحامي …": a word that is both a title and a verb (طالب، نائب) is the verb when a
 * title or a given name follows it (a student of something is followed by the subject studied).
 */
function verbBeforeSubject(next: Token | undefined): boolean {
  return !!next && next.kind === 'word' && (AR_TITLES.has(next.text) || AR_GIVEN_NAMES.has(next.text));
}

/** Words that are a title and a verb of demanding: طالب (a student; he demanded). */
const TITLE_VERBS = foldedSet(words('طالب وطالب'));

/** Past-tense verbs that fold to a word beginning with ال (التمس، ألقى، ألمح): a verb, not the article. */
const VERBS_IN_AL = foldedSet(words('التمس التقى التزم ألغى ألقى ألزم ألمح ألحق التمست التقت ألقت ألمحت'));

/** لكن، ولكن: a contrast opening a sentence before its subject. */
const CONTRAST_OPENERS = foldedSet(words('لكن ولكن'));

/** A feminine verb wants a woman (or a feminine body); a masculine one anyone but a woman. */
function fitsGender(s: SpeakerPhrase, want: { gender: Gender }): boolean {
  return want.gender === 'female' ? s.gender === 'female' : want.gender !== 'male' || s.gender !== 'female';
}

/** Particles negating the verb after them (لم يخف، لا يخفي، لن يقبل). */
const NEGATIONS = new Set(['لم', 'لن', 'ولم', 'ولن', 'فلم']);

export function recentArabicSubject(
  a: Analysis,
  before: number,
  notBefore: number,
  want: { plural: boolean; gender: Gender },
  known: KnownNames,
): SpeakerPhrase | null {
  if (want.plural) return null;
  const tokens = a.tokens;
  const s0 = a.sentenceOf[before] as number;
  // "ونشر النادي … بياناً قال فيه إن …": the sentence's own verb-first subject comes first.
  const own = (a.sentences[s0]?.first ?? before) < before - 2 ? s0 : s0 - 1;
  for (let si = own; si >= 0 && si >= s0 - 2; si--) {
    const sentence = a.sentences[si];
    if (!sentence || (tokens[sentence.last] as Token).end <= notBefore) break;
    let k = afterDateline(a, sentence);
    while (k <= sentence.last && (tokens[k] as Token).kind === 'newline') k++;
    // "لكن أحد التجار، وهو صاحب متجر، رفض …": a contrast, then the sentence's subject.
    if (CONTRAST_OPENERS.has(tokens[k]?.text ?? '')) {
      const opening = openingSubject(a, k + 1, sentence.last, known);
      if (
        opening &&
        fitsGender(opening, want) &&
        opening.mention.start >= notBefore &&
        !(si === s0 && opening.mention.end > (tokens[before] as Token).start)
      )
        return opening;
    }
    // "في سوق الخضار، يقف أبو محمد …"، "صباح اليوم، نشرت الهيئة …": a fronted place or time phrase before the verb.
    const fronted = (tokens[k] as Token | undefined)?.text ?? '';
    if (NOT_A_VERB.has(fronted) || AR_PP_HEADS.has(fronted) || AR_TIME_WORDS.has(fronted)) {
      let comma = k + 1;
      while (comma <= sentence.last && comma - k < 10 && tokens[comma]?.text !== '،' && tokens[comma]?.text !== ',') comma++;
      if (tokens[comma]?.text === '،' || tokens[comma]?.text === ',') k = comma + 1;
      // "وفي الاجتماع، الذي دام ساعتين، طالب …": a relative clause on the fronted phrase, between commas.
      if (AR_RELATIVES.has(tokens[k]?.text ?? '')) {
        let close = k + 1;
        while (close <= sentence.last && close - k < 12 && tokens[close]?.text !== '،' && tokens[close]?.text !== ',') close++;
        if (tokens[close]?.text === '،' || tokens[close]?.text === ',') k = close + 1;
      }
    }
    // "لم يُخفِ الوزير ارتياحه، وقال …": a negated verb introduces its subject as well.
    const negated = NEGATIONS.has(tokens[k]?.text ?? '') && tokens[k + 1]?.kind === 'word' && !!tokens[k + 1]?.arabic;
    if (negated) k++;
    const first = tokens[k];
    if (!first || !first.arabic || a.markedByStart.has(first.start)) continue;
    // "سألنا الوزير عن الخطة، فأجاب …": the person the writer met or asked answers.
    const met = negated ? null : writersInterlocutor(a, k, sentence.last, known);
    if (met && fitsGender(met, want) && met.mention.start >= notBefore && !(si === s0 && met.mention.end > (tokens[before] as Token).start))
      return met;
    // "ابن عمها ماهر، الذي يبيع الخبز، ينقل لها …": a sentence opening with its subject.
    const opening = negated ? null : openingSubject(a, k, sentence.last, known);
    if (opening) {
      const fits = fitsGender(opening, want);
      const inside = si === s0 && opening.mention.end > (tokens[before] as Token).start;
      if (fits && !inside && opening.mention.start >= notBefore) return opening;
      continue;
    }
    if (
      NOT_A_VERB.has(first.text) ||
      AR_PP_HEADS.has(first.text) ||
      (AR_NP_STOP.has(first.text) && !KANA.has(first.text)) ||
      (first.text.startsWith('ال') && !VERBS_IN_AL.has(first.text)) ||
      (AR_TITLES.has(first.text) && !(TITLE_VERBS.has(first.text) && (verbBeforeSubject(tokens[k + 1]) || titleAbbreviationAt(a, k + 1))))
    )
      continue;
    // وكان سلام قد التقى …: the subject follows كان.
    const from = k + 1;
    const to = Math.min(sentence.last, from + MAX_SUBJECT);
    const subject = trimObject(a, parseArabicSubject(a, from, to, known), NO_OBJECT_VERBS.has(first.text));
    if (!subject || subject.plural) continue;
    const head = subject.role ? (a.text.slice(subject.role.start, subject.role.end).split(/\s+/)[0] ?? '') : '';
    // In its own sentence a body may speak too (ونشر النادي بياناً قال فيه …).
    const person = subject.kind === 'name' || AR_TITLES.has(head) || (si === s0 && AR_INSTITUTIONS.has(head));
    if (si === s0 && subject.mention.end > (tokens[before] as Token).start) continue;
    if (!person || subject.mention.start < notBefore) continue;
    // After a negated verb only a title or a name a lexicon knows (لم يتغير شيء: no one).
    const firstName = subject.name ? (a.text.slice(subject.name.start, subject.name.end).split(/\s+/)[0] ?? '') : '';
    if (negated && !AR_TITLES.has(head) && !AR_GIVEN_NAMES.has(firstName) && !AR_NAME_PARTICLES.has(firstName) && !known.has(firstName))
      continue;
    // "وكان المدعي العام قد طالب …"، "وكان البنك قد خفض …": a title or body is the subject of كان when قد and the verb follow it.
    const endToken = tokenIndexAt(tokens, subject.mention.end);
    const qad = PARTICLES.has(tokens[endToken]?.text ?? '') || PARTICLES.has(tokens[endToken + 1]?.text ?? '');
    if (KANA.has(first.text) && !subject.name && !(qad && (AR_TITLES.has(head) || AR_INSTITUTIONS.has(head)))) continue;
    // The subject must sit right after the verb (or كان), not deeper in the sentence.
    const startToken = tokenIndexAt(tokens, Math.min(subject.mention.start, subject.role?.start ?? Infinity));
    // (An abbreviated title, م. or د., may stand between them: وطالب م. فلان.)
    const abbreviation = titleAbbreviationAt(a, from) ? 2 : 0;
    if (startToken < from || startToken - from - abbreviation > 1 || PARTICLES.has((tokens[from] as Token).text)) continue;
    if (want.gender === 'female' && subject.gender !== 'female') continue;
    if (want.gender === 'male' && subject.gender === 'female') continue;
    return subject;
  }
  return null;
}
