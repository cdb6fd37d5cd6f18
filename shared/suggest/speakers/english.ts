/**
 * The subject written before an English reporting verb: which words before the verb to read
 * (past auxiliaries, asides in brackets or commas, relative clauses) and which reading speaks.
 * The phrase readers themselves are in english-backward.ts and english-forward.ts.
 */
import { EN_HONORIFICS, EN_PRONOUNS, EN_TITLE_WORDS } from '../lexicon/en';
import type { Analysis, SpeakerPhrase } from '../types';
import { tokenIndexAt } from '../ranges';
import { lower, type Token } from '../tokens';
import { partyTagStart } from './english-split';
import { nameBeforeRole } from './english-apposed';
import { describedSource } from './english-sources';
import { nameGivenInClause, restrictiveAntecedent, withClauseGender } from './english-relatives';
import { beforeAside, beforeBracket, complementOfPost, documentAsideStart, isAppositiveNoise, relativeClauseStart } from './english-asides';
import { backwardPhrase } from './english-backward';
import { forwardPhrase } from './english-forward';
import { pronounPhrase } from './english-phrase';

/** Verbs of a relative clause that keeps a source unnamed: "who declined to be named", "who asked not to be identified". */
const ANONYMITY = new Set('declined asked refused requested preferred wished'.split(' '));
const AUXILIARIES = new Set(
  'has have had also later previously once then reportedly further publicly recently earlier again repeatedly would will'.split(' '),
);

/**
 * The subject written before an English reporting verb: "Maria Lopez said", "the council
 * chair, Maria Lopez, said", "Maria Lopez, the council chair, said", "officials said",
 * "he said". Auxiliaries and adverbs between subject and verb are skipped (has also said).
 */
export function parseEnglishSubjectBefore(a: Analysis, verb: number, floor: number): SpeakerPhrase | null {
  return withClauseGender(a, subjectBefore(a, verb, floor), verb);
}

function subjectBefore(a: Analysis, verb: number, floor: number): SpeakerPhrase | null {
  const tokens = a.tokens;
  let k = verb - 1;
  while (k >= floor && AUXILIARIES.has(lower(tokens[k]))) k--;
  // "Athletics Kenya (AK) said", "Jane Roe (Lab, Leeds North) said": the bracket is an aside.
  if (tokens[k]?.text === ')') {
    let open = k - 1;
    while (open > floor && tokens[open]?.text !== '(' && k - open < 10) open--;
    if (tokens[open]?.text === '(' && open - 1 >= floor) k = open - 1;
  }
  // "Sen. Alma Reyes, D-N.M., said": the party-and-state tag between commas is an aside.
  if (tokens[k]?.text === ',') {
    const tag = partyTagStart(tokens, k - 1);
    if (tag > floor) k = tag - 1;
  }
  if (k < floor) return null;
  const t = tokens[k] as Token;
  if (t.kind === 'word' && t.lower in EN_PRONOUNS) return pronounPhrase(t);
  // "He'd say", "We've heard": a pronoun with its verb contracted is a pronoun still, never a name.
  const contracted = /^(he|she|they|it|i|we|you)['’](?:d|ll|ve|s|re|m)$/.exec(t.lower);
  if (contracted) return (contracted[1] as string) in EN_PRONOUNS ? pronounPhrase({ ...t, lower: contracted[1] as string }) : null;
  // "…, according to Arjun Mehta, who added that …": the relative's antecedent speaks.
  if (t.lower === 'who' && tokens[k - 1]?.text === ',' && k - 2 >= floor) {
    const read = (last: number) => backwardPhrase(a, beforeAside(tokens, last, floor), floor);
    return nameBeforeRole(a, read(k - 2), floor, read);
  }
  if (t.text !== ',') {
    const described = describedSource(a, k, floor);
    if (described) return described;
    const direct = backwardPhrase(a, k, floor);
    // "a resident who gave her name only as Kath said": a name right before the verb speaks.
    if (direct?.kind === 'name') return direct;
    // "several shop owners who spoke at the meeting said": the relative's antecedent speaks.
    const held = restrictiveAntecedent(a, k, floor, (last) => backwardPhrase(a, last, floor));
    if (held) {
      const { who, antecedent } = held;
      // "A commuter who declined to give his name said": how an unnamed source is kept unnamed is how
      // the reader knows them; the clause stays in the mention (a short one; a long one is an aside).
      if (antecedent.kind === 'role' && ANONYMITY.has(lower(a.tokens[who + 1])) && k - who < 10)
        return { ...antecedent, mention: { start: antecedent.mention.start, end: (a.tokens[k] as Token).end } };
      return antecedent;
    }
    return direct;
  }
  // "One woman, who gave only her first name, Rosa, said": the name the clause gives speaks.
  const given = nameGivenInClause(a, k - 1, floor);
  const givenName = given ? forwardPhrase(a, given[0], given[1]) : null;
  if (givenName?.phrase.kind === 'name' && givenName.last === k - 1) return givenName.phrase;
  // "Prof. Ada Obi, who is the head of the University of Lagos, Akoka, said": a relative clause
  // holding commas of its own; the subject is before it.
  const relative = relativeClauseStart(a, k, floor);
  if (relative > floor) return parseEnglishSubjectBefore(a, relative, floor);
  const document = documentAsideStart(a, k, floor);
  if (document > floor) return parseEnglishSubjectBefore(a, document, floor);
  // Between commas: an appositive, a relative clause or a participle phrase.
  let open = k - 1;
  while (open >= floor && tokens[open]?.text !== ',' && k - open < 24) open--;
  if (open < floor || tokens[open]?.text !== ',') return null;
  const core = backwardPhrase(a, beforeAside(tokens, open - 1, floor), floor);
  // "A neighbour who has lived here for decades, and who asked not to be named, said": the first relative's antecedent.
  const second = lower(tokens[open + 1]) === 'who' || (lower(tokens[open + 1]) === 'and' && lower(tokens[open + 2]) === 'who');
  const held = second ? restrictiveAntecedent(a, open - 1, floor, (last) => backwardPhrase(a, last, floor), true) : null;
  if (held) return held.antecedent;
  // "Ruth Roe, 68, from Leeds, told us": past an age between commas, the name is before both asides.
  if (!core && tokens[open - 1]?.kind === 'number' && tokens[open - 2]?.text === ',') return parseEnglishSubjectBefore(a, open + 1, floor);
  if (open + 1 > k - 1) return core;
  // "One of them, 22-year-old Tunde, said": a name after an age between commas is the speaker.
  const aged = tokens[open + 1]?.kind === 'number' && tokens[open + 2]?.text === '-' && tokens[open + 3]?.lower === 'year-old';
  const named = aged ? forwardPhrase(a, open + 4, k - 1) : null;
  if (named?.phrase.kind === 'name' && named.last === k - 1) return named.phrase;
  // "Nana Kofi Boateng III, Regional Chief Fisherman, who spoke …, said": past the clause, the
  // phrase before it may itself sit between commas after the name.
  if (isAppositiveNoise(a, open + 1, k - 1)) {
    // "In Riverton, Lakeshire, Mara Quell, 52, said": an age belongs to the name right before it, which
    // speaks; a name before that is the place the sentence opened in.
    if (core?.kind === 'name' && open + 1 === k - 1 && tokens[k - 1]?.kind === 'number') return core;
    const coreFirst = core ? tokenIndexAt(tokens, (core.role ?? core.mention).start) : -1;
    if (core && coreFirst - 1 >= floor && tokens[coreFirst - 1]?.text === ',') return parseEnglishSubjectBefore(a, open + 1, floor) ?? core;
    return core;
  }
  const innerLast = beforeBracket(tokens, k - 1, open + 1);
  const inner = forwardPhrase(a, open + 1, innerLast);
  if (!inner || inner.last !== innerLast) return core;
  const app = inner.phrase;
  // "The UN peacekeeping mission, UNIFIL, said": the name between commas is the speaker.
  if (!core) return app.kind === 'name' ? app : null;
  // "the Commissioner for Budget and Planning, Mrs Jane Roe, said": an honorific marks the person.
  const honorific = EN_HONORIFICS.has((tokens[open + 1] as Token).text) || EN_TITLE_WORDS.has((tokens[open + 1] as Token).text);
  // "The chief executive of Post Office Ltd, Nadia Farrant, said": the body a post belongs to is no speaker.
  const post = honorific || complementOfPost(tokens, tokenIndexAt(tokens, core.mention.start), floor);
  if (core.kind === 'name' && app.kind === 'name' && post) return { ...app, role: core.mention };
  if (core.kind === 'name' && !core.role && app.kind === 'role')
    return { ...core, role: app.role, gender: core.gender === 'unknown' ? app.gender : core.gender };
  // "A resident of Karen, Nairobi, said": after someone unnamed, one capitalized word is the place's city.
  if (core.kind === 'role' && app.kind === 'name' && !core.definite && inner.last === open + 1) return core;
  if (core.kind === 'role' && app.kind === 'name')
    return { ...app, role: core.role ?? app.role, gender: app.gender === 'unknown' ? core.gender : app.gender };
  return core;
}
