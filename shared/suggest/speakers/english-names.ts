import { EN_FEMALE_NAMES, EN_INSTITUTIONS, EN_MALE_NAMES, EN_NAME_PARTICLES, EN_ROLES, EN_TITLE_WORDS, NAME_SUFFIXES } from '../lexicon/en';
import type { Gender } from '../types';
import type { Token } from '../tokens';

/** What English speaker phrases are made of: name words, role words, organisations, gender hints. */

const FEMALE = new Set(
  'she her ms mrs miss spokeswoman chairwoman congresswoman queen princess lady dame sister mother woman daughter wife aunt niece grandmother granddaughter girl widow'.split(
    ' ',
  ),
);
const MALE = new Set(
  'he his mr spokesman chairman congressman king prince lord sir father brother man son husband uncle nephew grandfather grandson boy widower'.split(
    ' ',
  ),
);

// Transliterated Arabic surnames keep a lower-case article: al-Hashimi, el-Sisi, bin-Zayed.
const ARTICLE_NAME = /^(al|el|ad|ar|as|ash|at|az|an|ibn|bin|abu|abd|abdel|abdul)-\p{Lu}/u;
export const isNameWord = (t: Token) =>
  t.kind === 'word' && !t.arabic && (t.capitalized || EN_NAME_PARTICLES.has(t.lower) || ARTICLE_NAME.test(t.text));
export const PERSON_AFFILIATION = /^(of|at|from|with)$/;
export const isRoleWord = (w: string) => {
  const base = w.toLowerCase().replace(/['’]s$/, '');
  if (EN_ROLES.has(base) || EN_INSTITUTIONS.has(base)) return true;
  // Plural institutions: unions, ministries, companies.
  const singular = base.endsWith('ies') ? `${base.slice(0, -3)}y` : base.endsWith('s') ? base.slice(0, -1) : '';
  return singular !== '' && EN_INSTITUTIONS.has(singular);
};

export function genderOf(words: string[]): Gender {
  for (const w of words.map((x) => x.toLowerCase())) {
    if (FEMALE.has(w) || EN_FEMALE_NAMES.has(w)) return 'female';
    if (MALE.has(w) || EN_MALE_NAMES.has(w)) return 'male';
  }
  return 'unknown';
}

/**
 * "Independent Office for Police Conduct", "Bank of Japan": capitalized words joined by
 * of/for/and whose head before the joint is an institution, with no title after it (so not
 * "Bank of England Governor Andrew Bailey").
 */
export function isOrganisationName(tokens: Token[], first: number, last: number): boolean {
  let joint = -1;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (/^(of|for|and|on)$/.test(t.text) && k > first && k < last) {
      if (joint < 0) joint = k;
      continue;
    }
    if (t.kind !== 'word' || !t.capitalized) return false;
  }
  if (joint < 0 || !EN_INSTITUTIONS.has((tokens[joint - 1] as Token).lower)) return false;
  for (let k = joint + 1; k <= last; k++) if (EN_TITLE_WORDS.has((tokens[k] as Token).text)) return false;
  return true;
}

/** Two or more name words, or one known given name: a person, not an organisation (Aeris Partners has "Partners"). */
export function isPersonName(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (isRoleWord((tokens[k] as Token).text)) return false;
  const firstName = (tokens[a] as Token).lower;
  return b > a || EN_MALE_NAMES.has(firstName) || EN_FEMALE_NAMES.has(firstName);
}

/**
 * "Local Government Association", "U.S. Attorney's Office": capitalized words (initials and
 * possessives too) whose last word is an institution: one name, not a role and a name.
 */
export function isInstitutionName(tokens: Token[], first: number, last: number): boolean {
  const head = tokens[last] as Token;
  if (!head.capitalized || !EN_INSTITUTIONS.has(head.lower)) return false;
  // "the Chief Minister's Office", "the Attorney General's Office": a post in the possessive names whose office it is.
  let owner = -1;
  for (let k = first; k < last; k++) if (/^\p{Lu}\p{L}*['’]s$/u.test((tokens[k] as Token).text)) owner = k;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (k <= owner && t.kind === 'word' && t.capitalized) continue;
    if (t.text === '.' || /^(of|for|and|on)$/.test(t.text)) continue;
    // "Dock Workers' Union": a plural possessive glued to a capitalized word of the name.
    if ((t.text === "'" || t.text === '’') && k > first && k < last && /s$/.test((tokens[k - 1] as Token).text)) continue;
    if (t.kind !== 'word' || !t.capitalized || EN_TITLE_WORDS.has(t.text)) return false;
  }
  return true;
}

/** Words that name a minister's or a committee member's portfolio (Finance, Foreign Affairs, Trade and Industry). */
const PORTFOLIO_WORDS = new Set(
  `finance education health energy defence defense interior justice agriculture trade industry foreign home affairs
  transport works housing labour labor environment tourism culture sport sports planning economy commerce water lands
  mines petroleum power information communications budget treasury security revenue infrastructure fisheries youth women
  gender social welfare development roads public local government urban rural science technology innovation immigration
  police wildlife forestry natural resources investment employment digital climate state and`.split(/\s+/),
);

/**
 * Where the holder's name starts in the capitalized words a..b after a title's "of"/"for": at the
 * first known given name, or after the portfolio words when two or more capitalized words remain
 * ("State for Finance Amir Raza Baig"). -1 when no name follows the portfolio.
 */
export function givenNameIn(tokens: Token[], a: number, b: number): number {
  for (let k = a; k <= b; k++) {
    const t = tokens[k] as Token;
    if (t.capitalized && (EN_MALE_NAMES.has(t.lower) || EN_FEMALE_NAMES.has(t.lower))) return k;
  }
  let k = a - 1;
  while (k <= b && PORTFOLIO_WORDS.has((tokens[k] as Token).lower)) k++;
  if (k === a - 1 || b + 1 - k < 1) return -1;
  for (let m = k; m <= b + 1; m++) if (!isNameWord(tokens[m] as Token) || isRoleWord((tokens[m] as Token).text)) return -1;
  return k;
}

/**
 * "the company said", "a neighbour told us": the guidelines' own examples mark an unnamed source
 * with its article, and the blind writers do so (262 times to 2 on the tune parts); before a
 * body's proper name or acronym ("the Met Office", "the CDC") they leave it out (103 to 10), so
 * the article joins a role mention only when the role is not such a name.
 */
const NAME_GLUE = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&', "'", '’', '-', '.', ',', '(', ')']);
export function isProperBody(tokens: Token[], [first, last]: [number, number]): boolean {
  const words = tokens.slice(first, last + 1).filter((t) => !NAME_GLUE.has(t.lower));
  // One word: an acronym (CDC, DfE) or a capitalized word that is no role ("the Fed"), not "the Ministry".
  if (words.length === 1) {
    const w = words[0] as Token;
    return /^\p{Lu}.*\p{Lu}/u.test(w.text) || (w.capitalized && !isRoleWord(w.text));
  }
  return words.length > 1 && words.every((t) => t.capitalized || t.lower === 's');
}

/** A plural noun for people: a role in the plural (managers) or an agent noun (dissenters, economists). */
export const peopleNoun = (w: string) => w.endsWith('s') && (isRoleWord(w.slice(0, -1)) || /(ers|ors|ists|ians|ents)$/.test(w));

/** "a neighbour of the Smiths", "a nurse at the clinic": the role's head is the word before its complement. */
export function roleHead(tokens: Token[], [first, last]: [number, number]): string {
  for (let k = first + 1; k <= last; k++)
    if (/^(of|at|in|for|from|near|on)$/.test((tokens[k] as Token).lower)) return (tokens[k - 1] as Token).lower;
  return (tokens[last] as Token).lower;
}

/**
 * The apostrophe at k closes a plural possessive inside a body's name: "the Dock Workers' Union"
 * (capitals on both sides), "the tunnellers’ union" (before a body word), "one residents' welfare
 * association" (one lower-case adjective before it); not "the workers' leader".
 */
export function possessiveInBody(tokens: Token[], k: number, last: number): boolean {
  const t = tokens[k] as Token;
  const owner = tokens[k - 1] as Token;
  const next = tokens[k + 1] as Token;
  if ((t.text !== "'" && t.text !== '’') || t.start !== owner.end || !/^\p{L}+s$/u.test(owner.text)) return false;
  if (/^\p{Lu}/u.test(owner.text) && next.capitalized) return true;
  if (EN_INSTITUTIONS.has(next.lower)) return true;
  return k + 2 <= last && !next.capitalized && EN_INSTITUTIONS.has((tokens[k + 2] as Token).lower);
}

/** The stop at k closes an abbreviation inside a name: an initial (R.), a title (Sen.), a suffix (Jr., Inc.). */
export function abbreviationStop(tokens: Token[], k: number): boolean {
  const w = tokens[k - 1];
  return !!w && w.kind === 'word' && (w.text.length === 1 || EN_TITLE_WORDS.has(w.text) || NAME_SUFFIXES.has(w.text));
}
