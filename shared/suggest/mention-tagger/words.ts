import {
  AR_ACCORDING,
  AR_FEMALE_NAMES,
  AR_GIVEN_NAMES,
  AR_INSTITUTIONS,
  AR_NAME_PARTICLES,
  AR_PP_HEADS,
  AR_PROPER_PLACES,
  AR_SAME_AS_BEFORE,
  AR_TIME_WORDS,
} from '../lexicon/ar';
import { HONORIFICS, KIN_WITH_PRONOUN, PEOPLE_WHO_SPEAK, PRONOUN_PREPOSITIONS, RANKS } from '../lexicon/ar-people';
import { foldedSet, words } from '../lexicon/util';
import { stripWa, type Token } from '../tokens';
import { isStop, isTitle, isVerb, KIN, NAME_HONORIFICS, PLURAL_HEADS, STATEMENT_EVENTS } from '../speakers/arabic-words';
import { SOURCE_DOCUMENTS } from '../quotes/cue-words-ar';

/**
 * What the mention tagger knows of one word: only its membership of the engine's own closed lists
 * (titles, honorifics, given names, stop words, verbs) and its written shape, never the word itself,
 * so the learned weights cannot hold a name or any other word of an article.
 */
export const W = {
  arabic: 1 << 0,
  given: 1 << 1,
  female: 1 << 2,
  title: 1 << 3,
  honorific: 1 << 4,
  institution: 1 << 5,
  stop: 1 << 6,
  verb: 1 << 7,
  particle: 1 << 8,
  definite: 1 << 9,
  nisba: 1 << 10,
  people: 1 << 11,
  preposition: 1 << 12,
  time: 1 << 13,
  feminineEnd: 1 << 14,
  place: 1 << 15,
  pluralShape: 1 << 16,
  number: 1 << 17,
  latin: 1 << 18,
  sameAsBefore: 1 << 19,
  according: 1 << 20,
  gluedPreposition: 1 << 21,
  kin: 1 << 22,
  comma: 1 << 23,
  colon: 1 << 24,
  boundary: 1 << 25,
  pronounPreposition: 1 << 26,
  document: 1 << 27,
  verbShape: 1 << 28,
  possessive: 1 << 29,
} as const;

/** Lists that make a word recognisable as part of a person's or a body's name or title. */
export const PERSON_OR_BODY = W.given | W.title | W.institution | W.people | W.kin | W.honorific;

/** Prepositions standing alone before a noun: someone after one is spoken to or about (إلى الوزير), not speaking. */
const PREPOSITIONS = foldedSet(words('إلى الى على عن من مع ل لـ ب في لدى عند حول بين تجاه نحو'));
/** A definite adjective of origin or affiliation (الجزائري، المغربية): the usual end of a family name or a role. */
const NISBA = /^ال.{2,}(ي|ية)$/u;
const PLURAL_END = /(ون|ين|ات)$/u;
const KIN_OWN = foldedSet(KIN_WITH_PRONOUN);
/**
 * The shape of a verb with its conjunction (ويختم، فتقول، وروى): و or ف then the imperfect prefix, or a
 * short word after و; a name rarely opens with و or ف followed by these.
 */
const VERB_SHAPE = /^[وف](?:[يت].{2,}|.{2,3})$/u;

function flagsOfWord(w: string): number {
  let f = W.arabic;
  const bare = stripWa(w);
  if (AR_GIVEN_NAMES.has(w) || AR_GIVEN_NAMES.has(bare)) f |= W.given;
  if (AR_FEMALE_NAMES.has(w) || AR_FEMALE_NAMES.has(bare)) f |= W.female;
  if (isTitle(w) || isTitle(bare)) f |= W.title;
  if (HONORIFICS.has(w) || NAME_HONORIFICS.has(w) || RANKS.has(w)) f |= W.honorific;
  if (AR_INSTITUTIONS.has(w) || AR_INSTITUTIONS.has(bare)) f |= W.institution;
  if (isStop(w)) f |= W.stop;
  if (isVerb(w)) f |= W.verb;
  if (AR_NAME_PARTICLES.has(w)) f |= W.particle;
  if (w.startsWith('ال')) f |= W.definite;
  if (NISBA.test(w)) f |= W.nisba;
  if (PEOPLE_WHO_SPEAK.has(w) || PEOPLE_WHO_SPEAK.has(bare)) f |= W.people;
  if (KIN.has(w) || KIN_OWN.has(w)) f |= W.kin;
  if (PREPOSITIONS.has(w) || AR_PP_HEADS.has(w)) f |= W.preposition;
  if (PRONOUN_PREPOSITIONS.has(w)) f |= W.pronounPreposition;
  if (AR_TIME_WORDS.has(w)) f |= W.time;
  if (w.endsWith('ة')) f |= W.feminineEnd;
  if (AR_PROPER_PLACES.has(w) || AR_PROPER_PLACES.has(bare)) f |= W.place;
  if ((w.length > 4 && PLURAL_END.test(w)) || PLURAL_HEADS.has(w)) f |= W.pluralShape;
  if (AR_SAME_AS_BEFORE.has(w)) f |= W.sameAsBefore;
  if (AR_ACCORDING.has(w)) f |= W.according;
  if (SOURCE_DOCUMENTS.has(w) || STATEMENT_EVENTS.has(w)) f |= W.document;
  // دورها، كتابه، بيتهم: a noun with a possessive pronoun is what someone has, seldom who speaks (a kin word aside).
  if (w.length > 4 && /(?:ه|ها|هم)$/u.test(w) && !(f & (W.given | W.title | W.kin | W.people))) f |= W.possessive;
  if (VERB_SHAPE.test(w) && !(f & (W.given | W.title | W.institution))) f |= W.verbShape;
  // بالوزارة، للشركة، كالمعتاد: a preposition glued to a definite noun.
  if (w.length > 4 && (w.startsWith('بال') || w.startsWith('لل') || w.startsWith('كال') || w.startsWith('وبال') || w.startsWith('ولل')))
    f |= W.gluedPreposition;
  return f;
}

/** Each token's flags, worked out once per document and only for tokens a window reaches. */
export class WordFlags {
  readonly #flags: Int32Array;
  readonly #byWord = new Map<string, number>();

  constructor(private readonly tokens: readonly Token[]) {
    this.#flags = new Int32Array(tokens.length).fill(-1);
  }

  of(k: number): number {
    if (k < 0 || k >= this.tokens.length) return W.boundary;
    let f = this.#flags[k] as number;
    if (f >= 0) return f;
    const t = this.tokens[k] as Token;
    if (t.kind === 'newline') f = W.boundary;
    else if (t.kind === 'number') f = W.number;
    else if (t.kind === 'punct') f = t.text === '،' || t.text === ',' ? W.comma : t.text === ':' ? W.colon : 0;
    else if (!t.arabic) f = W.latin;
    else {
      const known = this.#byWord.get(t.text);
      f = known ?? flagsOfWord(t.text);
      if (known === undefined) this.#byWord.set(t.text, f);
    }
    this.#flags[k] = f;
    return f;
  }
}
