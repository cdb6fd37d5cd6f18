/**
 * Turning a noun phrase the English readers found into the SpeakerPhrase the engine keeps: which
 * words are the mention, name and role, and the gender and number they show. Shared by the
 * backward reader (subject before the verb), the forward reader (after an inverted verb) and the cues.
 */
import { EN_PRONOUNS } from '../lexicon/en';
import type { Analysis, Range, SpeakerPhrase } from '../types';
import { lower, type Token } from '../tokens';
import { genderOf, isProperBody, roleHead } from './english-names';
import { DETERMINERS, type NP } from './english-split';

const POSSESSIVES = new Set('his her their my our'.split(' '));
/** An unnamed source's article, kept in its mention (see isProperBody). */
export const ARTICLES = new Set(['the', 'a', 'an']);
/** Words that end a speaker's phrase: conjunctions, relatives and prepositions that open a clause. */
export const STOP_BACK = new Set(
  'that and but or who which whom whose when while because as if although though so since after before during in on than then where whether'.split(
    ' ',
  ),
);

function rangeOf(tokens: Token[], first: number, last: number): Range {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

export function toPhrase(tokens: Token[], np: NP, definite: boolean): SpeakerPhrase {
  const words = tokens.slice(np.first, np.last + 1).map((t) => t.text);
  const head = np.role ? roleHead(tokens, np.role) : '';
  const name = np.name ? rangeOf(tokens, np.name[0], np.name[1]) : null;
  const role = np.role ? rangeOf(tokens, np.role[0], np.role[1]) : null;
  const precedingHonorific = np.name ? (tokens[np.name[0] - 1]?.text === '.' ? tokens[np.name[0] - 2] : tokens[np.name[0] - 1]) : undefined;
  // "Her son said", "my grandfather told me": the possessive says whose relative speaks, so the
  // mention keeps it (the guidelines mark "Her son", not "son").
  const owner = np.role && !name ? tokens[np.role[0] - 1] : undefined;
  const article = np.role && !name ? tokens[np.role[0] - 1] : undefined;
  const mention =
    owner && role && POSSESSIVES.has(owner.lower)
      ? { start: owner.start, end: role.end }
      : article && role && ARTICLES.has(article.lower) && !isProperBody(tokens, np.role as [number, number])
        ? { start: article.start, end: role.end }
        : (name ?? role);
  return {
    mention: mention as Range,
    name,
    role,
    kind: name ? 'name' : 'role',
    plural: !name && /s$/.test(head) && !/(ss|us)$/.test(head),
    gender: genderOf([...words, precedingHonorific?.text ?? '']),
    definite: definite || name !== null,
    sameAsBefore: false,
  };
}

export function pronounPhrase(t: Token): SpeakerPhrase {
  const kind = EN_PRONOUNS[t.lower];
  return {
    mention: { start: t.start, end: t.end },
    name: null,
    role: null,
    kind: 'pronoun',
    plural: kind === 'plural',
    gender: kind === 'male' ? 'male' : kind === 'female' ? 'female' : 'unknown',
    definite: true,
    sameAsBefore: false,
  };
}

/** "internal records", "the latest figures": a document named by lower-case words, as an unnamed speaker. */
export function documentPhrase(a: Analysis, first: number, last: number): SpeakerPhrase {
  const definite = DETERMINERS.has(lower(a.tokens[first - 1])) && !/^an?$/.test(lower(a.tokens[first - 1]));
  return toPhrase(a.tokens, { first, last, name: null, role: [first, last] }, definite);
}
