import { AR_GIVEN_NAMES, AR_NAME_PARTICLES, AR_PP_HEADS } from '../lexicon/ar';
import { foldedSet, words } from '../lexicon/util';
import type { Token } from '../tokens';
import type { Analysis, SpeakerPhrase } from '../types';
import type { KnownNames } from './arabic';
import { titleAbbreviationAt } from './arabic-names';
import { parseArabicSubject } from './arabic-subject';
import { tokenIndexAt } from '../ranges';
import { ANONYMITY_VERBS, NAME_HONORIFICS, isInstitution, isStop, isTitle, isVerb } from './arabic-words';

/** Relative pronouns of one person or body: الذي a man or masculine body, التي a woman or feminine body. */
const RELATIVE_ONE = new Map([
  ['الذي', 'male'],
  ['التي', 'female'],
]);
/** Particles that put the subject before the verb in the accusative: غير أن مسؤولاً … قال. */
const ANNA = foldedSet(words('أن وأن'));
const BEFORE_ANNA = foldedSet(words('غير إلا بيد رغم ورغم'));
const isComma = (t: Token | undefined) => t?.text === '،' || t?.text === ',';

/**
 * "المحامي فراس الحياري، الذي قال إن …"، "الفيدرالية الوطنية للموزعين، التي قالت في بيان إن …":
 * a reporting verb right after «، الذي» / «، التي» has the noun phrase before the comma as its
 * speaker. The phrase is read from where a name, title or body starts, and must end at the comma;
 * the relative pronoun must agree with it in gender.
 */
export function relativeAntecedent(a: Analysis, verb: number, sentenceFirst: number, known: KnownNames): SpeakerPhrase | null {
  const tokens = a.tokens;
  const gender = RELATIVE_ONE.get(tokens[verb - 1]?.text ?? '');
  if (!gender || !isComma(tokens[verb - 2])) return null;
  const last = verb - 3;
  // Back over the words of the phrase: a preposition, a verb or punctuation (but the dot of «م.») ends it.
  let start = last + 1;
  for (let k = last; k >= sentenceFirst && last - k < 10; k--) {
    const t = tokens[k] as Token;
    if (t.text === '.' && k > 0 && titleAbbreviationAt(a, k - 1)) continue;
    if (t.kind !== 'word' || !t.arabic || AR_PP_HEADS.has(t.text) || isVerb(t.text) || (isStop(t.text) && !AR_GIVEN_NAMES.has(t.text)))
      break;
    start = k;
  }
  const opens = (k: number) => {
    const w = (tokens[k] as Token).text;
    return (
      AR_GIVEN_NAMES.has(w) ||
      AR_NAME_PARTICLES.has(w) ||
      NAME_HONORIFICS.has(w) ||
      isTitle(w) ||
      isInstitution(w) ||
      titleAbbreviationAt(a, k)
    );
  };
  // "أحمدو ولد سيدي المختار": a given name no lexicon knows, before a particle, opens the name too.
  const beforeParticle = (k: number) =>
    k < last &&
    AR_NAME_PARTICLES.has(tokens[k + 1]?.text ?? '') &&
    !(tokens[k] as Token).text.startsWith('ال') &&
    !isTitle((tokens[k] as Token).text);
  for (let s = start; s <= last; s++) {
    if (!opens(s) && !beforeParticle(s)) continue;
    let phrase = parseArabicSubject(a, s, last, known);
    if (!phrase || phrase.plural) continue;
    // "… لموزعي الحليب «ومشتقاته»": a body's name may end in a word joined by و that the reader left out.
    const rest = tokens.slice(tokenIndexAt(tokens, phrase.mention.end), last + 1).filter((t) => t.start >= phrase!.mention.end);
    if (
      phrase.role &&
      !phrase.name &&
      rest.length > 0 &&
      rest.length <= 2 &&
      rest.every((t) => t.kind === 'word' && t.text.startsWith('و'))
    ) {
      const role = { start: phrase.role.start, end: (tokens[last] as Token).end };
      phrase = { ...phrase, role, mention: role };
    }
    if (phrase.mention.end !== (tokens[last] as Token).end) continue;
    if (gender === 'male' ? phrase.gender === 'female' : phrase.gender === 'male') return null;
    return phrase;
  }
  return null;
}

/**
 * "غير أن مسؤولاً فيها، فضّل عدم ذكر اسمه، قال إن …"، "إلا أن عضواً في هيئتها قال …": after
 * غير أن / إلا أن the subject stands before its verb in the accusative (ـاً); an aside keeping the
 * source unnamed may sit between commas. The phrase from the accusative noun to the verb (or the
 * aside) is the speaker.
 */
export function subjectAfterAnna(a: Analysis, verb: number, sentenceFirst: number, known: KnownNames): SpeakerPhrase | null {
  const tokens = a.tokens;
  let end = verb - 1;
  // The aside: «، فضّل عدم ذكر اسمه،» right before the verb.
  if (isComma(tokens[end])) {
    let k = end - 1;
    while (k > sentenceFirst && end - k < 8 && !isComma(tokens[k])) k--;
    if (!isComma(tokens[k]) || !ANONYMITY_VERBS.has(tokens[k + 1]?.text ?? '')) return null;
    end = k - 1;
  }
  for (let k = end; k > sentenceFirst && end - k < 6; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return null;
    if (!ANNA.has(t.text)) continue;
    if (!BEFORE_ANNA.has(tokens[k - 1]?.text ?? '')) return null;
    const head = tokens[k + 1];
    // The accusative noun: an indefinite word ending in ا (مسؤولاً، عضواً، مصدراً) that is a title.
    if (!head || !head.text.endsWith('ا') || (!isTitle(head.text.slice(0, -1)) && !isTitle(head.text))) return null;
    // The reader takes the accusative for a name (عضواً); the phrase is a role, what it holds as written.
    const words = tokens.slice(k + 1, end + 1);
    if (words.length > 6 || !words.every((w) => w.kind === 'word' && w.arabic)) return null;
    const role = { start: head.start, end: (tokens[end] as Token).end };
    const gender = head.text.endsWith('ةا') || head.text.endsWith('تا') ? 'female' : 'male';
    return { mention: role, role, name: null, kind: 'role', plural: false, gender, definite: false, sameAsBefore: false };
  }
  return null;
}
