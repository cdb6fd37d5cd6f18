import { EN_FEMALE_NAMES, EN_HONORIFICS, EN_MALE_NAMES, EN_NOT_NAMES, EN_TITLE_WORDS, NAME_SUFFIXES } from '../lexicon/en';
import type { Token } from '../tokens';
import {
  abbreviationStop,
  givenNameIn,
  isInstitutionName,
  isNameWord,
  isOrganisationName,
  isPersonName,
  isRoleWord,
  PERSON_AFFILIATION,
} from './english-names';

// How an English speaker phrase divides into a role and a name (english.ts reads the phrase).
export const DETERMINERS = new Set('the a an its their his her our this that these those'.split(' '));

export interface NP {
  first: number;
  last: number;
  name: [number, number] | null;
  role: [number, number] | null;
}

/**
 * Splits a phrase (tokens first..last, determiner already removed) into role and name:
 * "European Central Bank President Christine Lagarde" → role + name; "the national grid
 * operator Ukrenergo" → role + name; "Analysts at ING" → a role whose capitalized tail is
 * an affiliation, not a name.
 */
export function splitPhrase(tokens: Token[], first: number, last: number, sentenceFirst: number): NP | null {
  if (isOrganisationName(tokens, first, last)) return { first, last, name: [first, last], role: null };
  // "Aviation analyst Sara Haddad of Aeris Partners": a person's name before "of <organisation>".
  for (let p = first + 1; p < last; p++) {
    if (!PERSON_AFFILIATION.test((tokens[p] as Token).text)) continue;
    const before = splitPhrase(tokens, first, p - 1, sentenceFirst);
    if (before?.name && isPersonName(tokens, before.name[0], before.name[1])) return { first, last, name: before.name, role: before.role };
    break;
  }
  let nameStart = last + 1;
  for (let k = last; k >= first; k--) {
    const t = tokens[k] as Token;
    const initial = t.text === '.' && !!tokens[k - 1] && abbreviationStop(tokens, k);
    const joined = (t.lower === 'and' || t.text === '&') && k > first && (tokens[k - 1] as Token).capitalized && nameStart === k + 1;
    // "Dock Workers' Union": a plural possessive inside the name.
    const possessive =
      (t.text === "'" || t.text === '’') && k > first && nameStart === k + 1 && /^\p{Lu}\p{L}*s$/u.test((tokens[k - 1] as Token).text);
    if (isNameWord(t) || initial || joined || possessive) nameStart = k;
    else break;
  }
  // Sentence-initial capitals are not names when the word is a role (Officials said).
  while (
    nameStart <= last &&
    nameStart === sentenceFirst &&
    (isRoleWord((tokens[nameStart] as Token).text) || agentBeforeGivenName(tokens, nameStart, last)) &&
    !EN_TITLE_WORDS.has((tokens[nameStart] as Token).text)
  )
    nameStart++;
  while (nameStart <= last && (EN_NOT_NAMES.has((tokens[nameStart] as Token).text) || (tokens[nameStart] as Token).text === '.'))
    nameStart++;
  // "the Local Government Association", "the U.S. Attorney's Office": a capitalized run that
  // ends in an institution word is the body's own name, role words inside it included.
  // ("a spokesperson for the European Commission" stays a role: the body follows a preposition.)
  const afterPreposition = tokens.slice(first, nameStart).some((t) => /^(at|of|for|from|with|to|in)$/.test(t.text));
  if (nameStart < last && !afterPreposition && isInstitutionName(tokens, nameStart, last))
    return { first, last, name: [nameStart, last], role: nameStart > first ? [first, nameStart - 1] : null };
  // Title words at the front of the capitalized run are the role (Prime Minister …), and so is
  // an acronym before a name: "Ward MCA Jane Doe", "Finance CEC John Roe".
  let titleEnd = nameStart - 1;
  for (let k = nameStart; k <= last; k++) {
    const t = tokens[k] as Token;
    const acronymTitle = k < last && /^\p{Lu}{2,5}$/u.test(t.text) && isNameWord(tokens[k + 1] as Token);
    // A dot after a title (Sen., Gov.) is part of it; after a one-letter initial (R.K. Menon) it is the name's.
    const titleDot =
      t.text === '.' && ((tokens[k - 1] as Token | undefined)?.text.length ?? 0) > 1 && !NAME_SUFFIXES.has(tokens[k - 1]?.text ?? '');
    // "the Kelso Residents' Forum": a role word with a plural possessive is inside the body's name.
    const possessiveInName = /^['’]$/.test(tokens[k + 1]?.text ?? '') && k + 1 < last;
    if (EN_TITLE_WORDS.has(t.text) || titleDot || (isRoleWord(t.text) && k < last && !possessiveInName) || acronymTitle) titleEnd = k;
  }
  // "the chief executive of Harbour Office Ltd": a company suffix alone after a role word is no
  // one's name; the body it ends belongs to the role.
  if (titleEnd === last - 1 && titleEnd >= nameStart && NAME_SUFFIXES.has((tokens[last] as Token).text)) titleEnd = last;
  const roleHasWord = (a: number, b: number) => {
    for (let k = a; k <= b; k++) if (isRoleWord((tokens[k] as Token).text) || EN_TITLE_WORDS.has((tokens[k] as Token).text)) return true;
    return false;
  };
  let name: [number, number] | null = titleEnd + 1 <= last ? [titleEnd + 1, last] : null;
  // "a spokesman for Prime Minister Benjamin Netanyahu", "an aide to Mr. Smith": the name
  // after for/to/of + a title is whose spokesman; the role speaks.
  for (let k = first + 1; name && k < name[0]; k++) {
    const glue = (tokens[k] as Token).lower;
    if (
      (glue === 'for' || glue === 'to' || glue === 'of') &&
      EN_TITLE_WORDS.has((tokens[k + 1] as Token | undefined)?.text ?? '') &&
      isRoleWord((tokens[k - 1] as Token).text)
    ) {
      return { first, last, name: null, role: [first, last] };
    }
  }
  // Honorifics alone are not a role: "Dr. Amina Yusuf", "Ms Price".
  let roleEnd = titleEnd;
  while (
    roleEnd >= first &&
    (EN_HONORIFICS.has((tokens[roleEnd] as Token).text) ||
      ((tokens[roleEnd] as Token).text === '.' && EN_HONORIFICS.has((tokens[roleEnd - 1] as Token | undefined)?.text ?? '')))
  )
    roleEnd--;
  let role: [number, number] | null = roleEnd >= first ? [first, roleEnd] : null;
  // "Analysts at ING": a capitalized tail after a preposition is the speaker's affiliation.
  // (past a determiner: "a spokesperson for the European Commission")
  // (past "the", or a lower-case adjective: "a director in southern Ontario")
  let b = titleEnd;
  if (b > first && DETERMINERS.has((tokens[b] as Token).lower)) b--;
  if (b > first && /^[a-z]+ern$|^(?:central|rural|greater|upper|lower|remote|coastal)$/.test((tokens[b] as Token).text)) b--;
  const before = tokens[b];
  // "a spokesperson for the Crown Office Service": a body named after a preposition and "the",
  // even where a role word inside it took the front of the capitalized run.
  const bodyAfterThe = () => {
    for (let k = first + 1; name && k < name[0] - 1; k++)
      if (
        /^(at|of|for|from|with)$/.test((tokens[k] as Token).text) &&
        (tokens[k + 1] as Token).lower === 'the' &&
        roleHasWord(first, k - 1) &&
        // "Leader of the opposition R.K. Menon": a lower-case body ends before a person's name
        // (but "an MP from the ruling NRM" is one role).
        (tokens.slice(k + 2, name[0]).every((t) => t.capitalized) || !isPersonName(tokens, name[0], name[1]))
      )
        return true;
    return false;
  };
  if (name && ((before && b >= first && /^(at|of|for|from|with|to|in)$/.test(before.text)) || bodyAfterThe())) {
    // "Minister of State for Finance Amir Khan Baig": a capitalized title's portfolio, then a
    // given name that starts the holder's name.
    const titled = tokens.slice(first, name[0]).some((t) => EN_TITLE_WORDS.has(t.text));
    const holder = titled ? givenNameIn(tokens, name[0] + 1, last - 1) : -1;
    role = holder > 0 ? [first, holder - 1] : [first, last];
    name = holder > 0 ? [holder, last] : null;
  }
  if (name && roleEnd >= first && !roleHasWord(first, roleEnd) && roleEnd === titleEnd) {
    // Capitalized words before the name that are not roles: leave them out.
    role = null;
  }
  if (!name && !(role && roleHasWord(role[0], role[1])))
    return bodyNameRun(tokens, first, last) ? { first, last, name: [first, last], role: null } : null;
  return { first, last, name, role };
}

/**
 * "Radiographer Ada Obi said", "Opener Tom Roe struck …": a sentence-initial word formed as an agent
 * noun (-er, -or, -ist, -ian) before a known given name and a surname is the person's occupation.
 */
const givenName = (t: Token) => t.capitalized && (EN_MALE_NAMES.has(t.lower) || EN_FEMALE_NAMES.has(t.lower));

function agentBeforeGivenName(tokens: Token[], k: number, last: number): boolean {
  return (
    last - k >= 2 &&
    /^\p{Lu}\p{Ll}{3,}(?:er|or|ist|ian)$/u.test((tokens[k] as Token).text) &&
    // "Brian Ray Smith", "Walter Jo Reed": a given name of its own is no occupation.
    !givenName(tokens[k] as Token) &&
    givenName(tokens[k + 1] as Token)
  );
}

/**
 * "Transport for Wessex", "the Controller of Budget": capitalized words joined by of / for / and,
 * no title or role word among them, name a body when nothing else reads them.
 */
function bodyNameRun(tokens: Token[], first: number, last: number): boolean {
  if (last - first < 2 || last - first > 7 || EN_NOT_NAMES.has((tokens[first] as Token).text)) return false;
  let glue = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return false;
    if (/^(of|for|and)$/.test(t.text) && k > first && k < last) glue++;
    else if (!t.capitalized || EN_TITLE_WORDS.has(t.text)) return false;
  }
  return glue > 0;
}

/**
 * "…, R-Texas," / "…, D-N.M.,": a US party-and-state tag ending at token `end`. The index of the
 * comma that opens it, or -1.
 */
export function partyTagStart(tokens: Token[], end: number): number {
  let k = end;
  while (k > 0 && (tokens[k]?.text === '.' || (tokens[k]?.kind === 'word' && /^\p{Lu}$/u.test(tokens[k]?.text ?? '')))) k--;
  if (!/^[RDI]-\p{Lu}\p{L}*$/u.test(tokens[k]?.text ?? '') || end - k > 5) return -1;
  return tokens[k - 1]?.text === ',' ? k - 1 : -1;
}

/** "Minister's", "Lagos-based": a possessive, or a place made an adjective, read after a speaker's first words is no name. */
export const notAName = (word: string) => /['’]s$/.test(word) || /-(?:based|born|owned|run|led|backed|listed)$/.test(word);
