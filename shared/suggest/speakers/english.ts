import { EN_HONORIFICS, EN_NOT_NAMES, EN_PARTICIPLES, EN_PRONOUNS, EN_TITLE_WORDS, EN_VERBS } from '../lexicon/en';
import type { Analysis, Range, SpeakerPhrase } from '../types';
import { tokenIndexAt } from '../ranges';
import { lower, type Token } from '../tokens';
import { abbreviationStop, genderOf, isNameWord, isProperBody, isRoleWord, peopleNoun, possessiveInBody, roleHead } from './english-names';
import { DETERMINERS, type NP, notAName, partyTagStart, splitPhrase } from './english-split';
import { nameBeforeRole } from './english-apposed';
import { describedSource } from './english-sources';
import { placeAfter, situatedRole } from './english-described';
import { nameGivenInClause, restrictiveAntecedent, withClauseGender } from './english-relatives';
import { beforeAside, beforeBracket, complementOfPost, documentAsideStart, isAppositiveNoise, relativeClauseStart } from './english-asides';

const POSSESSIVES = new Set('his her their my our'.split(' '));
/** An unnamed source's article, kept in its mention (see isProperBody). */
const ARTICLES = new Set(['the', 'a', 'an']);
const AUX_FORWARD = new Set(
  'would will could can should may might must had has have was were is are be been did does do said says'.split(' '),
);
const STOP_BACK = new Set(
  'that and but or who which whom whose when while because as if although though so since after before during in on than then where whether'.split(
    ' ',
  ),
);
/** Verbs of a relative clause that keeps a source unnamed: "who declined to be named", "who asked not to be identified". */
const ANONYMITY = new Set('declined asked refused requested preferred wished'.split(' '));
/** Documents addressed to someone: "a report to the cabinet", "a letter to the mayor". */
const SENT_DOCUMENTS = new Set('report letter memo submission petition briefing note complaint'.split(' '));
const QUANTIFIERS = new Set('one two three four five some several many most none each both'.split(' '));
const COUNTS = new Set('two three four five six seven eight nine ten several many some dozens hundreds'.split(' '));
const CLAUSE_WORDS = new Set('he she it they we i you would will could can should may might must until unless'.split(' '));
const AUXILIARIES = new Set(
  'has have had also later previously once then reportedly further publicly recently earlier again repeatedly would will'.split(' '),
);

function rangeOf(tokens: Token[], first: number, last: number): Range {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

function toPhrase(tokens: Token[], np: NP, definite: boolean): SpeakerPhrase {
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

/** Reads a role or name phrase backwards from token `last`, stopping at punctuation or a clause word. */
function backwardPhrase(a: Analysis, last: number, floor: number): SpeakerPhrase | null {
  const tokens = a.tokens;
  const situated = situatedRole(tokens, last, floor);
  if (situated) return toPhrase(tokens, { first: situated[0], last, name: null, role: situated }, false);
  let k = last;
  let definite = false;
  let first = last + 1;
  while (k >= floor && last - k < 11) {
    const t = tokens[k] as Token;
    const w = t.lower;
    if (t.kind === 'word' && !t.arabic) {
      if (DETERMINERS.has(w)) {
        // "Ahmed Youssef of the Cairo Institute": a determiner after of/at/for belongs inside.
        const glue = tokens[k - 1];
        // "A report to the cabinet": a document sent to someone speaks; the addressee belongs to it.
        const sentTo = glue?.lower === 'to' && SENT_DOCUMENTS.has(tokens[k - 2]?.lower ?? '');
        // "An official in the district office": after a role, "in" places the person and stays inside too.
        const placedIn = glue?.lower === 'in' && isRoleWord(tokens[k - 2]?.text ?? '');
        if (k - 1 >= floor && glue && (/^(of|at|for|from)$/.test(glue.lower) || sentTo || placedIn) && last - k < 8) {
          first = k;
          k--;
          continue;
        }
        definite = w !== 'a' && w !== 'an';
        break;
      }
      const before = k - 1 >= floor ? tokens[k - 1] : undefined;
      const surname = t.capitalized && !!before && before.capitalized && isNameWord(before);
      // "Police in Lagos", "officials in Kyiv": a place after a role stays with it.
      // "the company missed delivery estimates": a past-tense verb ends the subject.
      // "a retired teacher", "the frustrated parents": after an article and before a role, -ed is an adjective.
      const adjective = k < last && DETERMINERS.has(lower(tokens[k - 1])) && isRoleWord((tokens[k + 1] as Token).text);
      if (!t.capitalized && w.length > 4 && w.endsWith('ed') && !isRoleWord(w) && !adjective) break;
      const placeNext = k < last && ((tokens[k + 1] as Token).capitalized || (k + 1 < last && (tokens[k + 2] as Token).capitalized));
      const placeOfRole =
        (w === 'in' && (placeNext || first === k + 1) && k - 1 >= floor && isRoleWord((tokens[k - 1] as Token).text)) ||
        describedByPlace(tokens, k, last, floor);
      // "the Scottish Fire and Rescue Service": "and" between capitals joins one body's name.
      const joinsName = (w === 'and' || w === '&') && k < last && (tokens[k + 1] as Token).capitalized && !!before?.capitalized;
      // "the Flood Forecasting and Warning Centre": a capitalized -ing word inside a body's name, after "and".
      const inName = t.capitalized && k < last && (tokens[k + 1] as Token).capitalized && /^(and|&)$/.test(before?.lower ?? '');
      // "the ruling party": a participle after an article describes the noun after it.
      const verbal = EN_VERBS.has(w) || (EN_PARTICIPLES.has(w) && !ARTICLES.has(lower(tokens[k - 1])));
      if (!surname && !placeOfRole && !joinsName && !inName && (STOP_BACK.has(w) || verbal)) break;
      // "he would stay put until police told him": a pronoun, a modal or "until" belongs to a clause, not a speaker.
      if (!t.capitalized && CLAUSE_WORDS.has(w)) break;
      if (w === 'to' && tokens[k - 1]?.lower === 'according') break;
      if (w === 'to' && !SENT_DOCUMENTS.has(tokens[k - 1]?.lower ?? '')) break;
      first = k;
    } else if (
      // "the Dock Workers' Union", "the tunnellers’ union": a plural possessive inside a body's name.
      k > floor &&
      k < last &&
      possessiveInBody(tokens, k, last)
    ) {
      first = k;
    } else if (t.text === '&' && k > floor && k < last && (tokens[k - 1] as Token).capitalized && (tokens[k + 1] as Token).capitalized) {
      // "Holt & Barrow": an ampersand between capitalized words joins one body's name.
      first = k;
    } else if (t.text === '.' && k > floor && abbreviationStop(tokens, k)) {
      first = k;
    } else break;
    k--;
  }
  // "one of the managers": the quantifier may be a number word.
  if (tokens[first]?.lower === 'of' && QUANTIFIERS.has(tokens[first - 1]?.lower ?? '') && first - 1 >= floor) first--;
  if (first > last) return null;
  // "the 52-year-old": the age belongs to the phrase.
  if (
    tokens[first]?.lower === 'year-old' &&
    tokens[first - 1]?.text === '-' &&
    tokens[first - 2]?.kind === 'number' &&
    first - 2 >= floor
  ) {
    first -= 2;
    definite = tokens[first - 1]?.lower === 'the';
  }
  // "one of the managers", "two of the officers": a share of a group of people is an unnamed speaker.
  if (
    QUANTIFIERS.has(tokens[first]?.lower ?? '') &&
    tokens[first + 1]?.lower === 'of' &&
    first + 2 <= last &&
    isRoleWord((tokens[last] as Token).text.replace(/s$/, ''))
  )
    return { ...toPhrase(tokens, { first, last, name: null, role: [first, last] }, true), plural: tokens[first]?.lower !== 'one' };
  // "Two former regional managers said": a count of unnamed people keeps its number word.
  if (COUNTS.has(tokens[first]?.lower ?? '') && first < last && peopleNoun((tokens[last] as Token).lower))
    return { ...toPhrase(tokens, { first, last, name: null, role: [first, last] }, false), plural: true };
  const np = splitPhrase(tokens, first, last, a.sentences[a.sentenceOf[last] as number]?.first ?? floor);
  // "a farmer near Ballyglass": the place describes someone unnamed; the whole phrase is the role.
  const placed = (np?.name ? [np.name[0] - 1] : np ? [] : [...Array(last - first + 1).keys()].map((d) => first + d)).some((k) =>
    describedByPlace(tokens, k, last, floor),
  );
  if (placed) return toPhrase(tokens, { first, last, name: null, role: [first, last] }, false);
  return np ? toPhrase(tokens, np, definite) : null;
}

/**
 * "a farmer near Ballyglass", "a rider in Kisumu": a locative preposition at k after an
 * indefinite lower-case noun phrase (a/an + nouns) and before a capitalized place.
 */
function describedByPlace(tokens: Token[], k: number, last: number, floor: number): boolean {
  if (!/^(in|near|from|outside)$/.test(tokens[k]?.lower ?? '') || k >= last || !(tokens[k + 1] as Token).capitalized) return false;
  for (let m = k - 1; m >= floor && k - m <= 4; m--) {
    const t = tokens[m] as Token;
    if (t.kind !== 'word' || t.arabic) return false;
    if (t.lower === 'a' || t.lower === 'an') return m < k - 1;
    if (t.capitalized || EN_VERBS.has(t.lower) || STOP_BACK.has(t.lower)) return false;
  }
  return false;
}

/** Reads a role or name phrase forwards from `first` (after an inverted verb or "according to"). */
export function forwardPhrase(a: Analysis, first: number, to: number): { phrase: SpeakerPhrase; last: number } | null {
  const tokens = a.tokens;
  // A cue at the very end of the text ("…, according to") has no words after it to read.
  const ceiling = Math.min(to, tokens.length - 1);
  if (first > ceiling) return null;
  let k = first;
  let definite = false;
  const w0 = lower(tokens[k]);
  if (w0 in EN_PRONOUNS) {
    const t = tokens[k] as Token;
    return { phrase: pronounPhrase(t), last: k };
  }
  if (DETERMINERS.has(w0)) {
    definite = w0 !== 'a' && w0 !== 'an';
    k++;
  }
  const start = k;
  let last = k - 1;
  let sawName = false;
  // "said a 12-year-old pupil": the age belongs to the phrase, as before the verb.
  if (tokens[k]?.kind === 'number' && tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'year-old' && k + 3 <= ceiling) k += 3;
  while (k <= ceiling && k - start < 9) {
    const t = tokens[k] as Token;
    const w = t.lower;
    if (t.kind === 'word' && !t.arabic) {
      // "Omar Said", "Edward Said": a capitalized verb form after a name is the surname.
      const surname = t.capitalized && sawName && k > start;
      // "the Securities and Exchange Commission": "and" between capitalized words of one name.
      if (
        w === 'and' &&
        k > start &&
        (tokens[k - 1] as Token).capitalized &&
        (tokens[k + 1] as Token | undefined)?.capitalized &&
        k + 1 <= ceiling
      ) {
        last = k;
        k++;
        continue;
      }
      const participle = EN_PARTICIPLES.has(w) && !ARTICLES.has(lower(tokens[k - 1]));
      if (!surname && (STOP_BACK.has(w) || EN_VERBS.has(w) || participle || AUX_FORWARD.has(w))) break;
      // After a name, lower-case words belong to something else (…Yusuf said the …).
      const afterPossessive = /['’]s$/.test(lower(tokens[k - 1]));
      // "National Prosecuting Authority regional spokesperson Lumka Ndlovu": an adjective before a role goes on.
      const beforeRole =
        !t.capitalized &&
        k + 2 <= ceiling &&
        isRoleWord((tokens[k + 1] as Token).text) &&
        !!(tokens[k + 2] as Token).capitalized &&
        !EN_VERBS.has(w);
      if (sawName && !afterPossessive && !isNameWord(t) && !isRoleWord(t.text) && !beforeRole && !/^(of|for|at|from|with|to)$/.test(w))
        break;
      if (DETERMINERS.has(w) && k > start) {
        // "spokesman for the ministry": keep determiners after a preposition.
        if (!/^(of|for|at|from|with|to)$/.test(lower(tokens[k - 1]))) break;
      }
      if (t.capitalized && !EN_TITLE_WORDS.has(t.text) && !EN_NOT_NAMES.has(t.text) && !isRoleWord(t.text) && !notAName(t.text))
        sawName = true;
      last = k;
    } else if (t.text === '&' && k > start && k + 1 <= ceiling && (tokens[k - 1] as Token).capitalized && tokens[k + 1]?.capitalized) {
      last = k;
    } else if (
      t.text === '(' &&
      k > start &&
      k + 3 <= ceiling &&
      /^\p{Lu}{2,6}$/u.test(tokens[k + 1]?.text ?? '') &&
      tokens[k + 2]?.text === ')' &&
      (!!tokens[k + 3]?.capitalized || isRoleWord(tokens[k + 3]?.text ?? ''))
    ) {
      // "Skillsbridge Singapore (SSB) chief executive Nora Lim": a body's acronym in brackets, then the post and the name.
      last = k + 2;
      k += 3;
      continue;
    } else if (t.text === '.' && abbreviationStop(tokens, k)) {
      last = k;
    } else break;
    k++;
  }
  // Trailing prepositions and determiners are not part of the phrase.
  while (last >= start && /^(of|for|at|from|with|to|the|a|an|in|on)$/.test(lower(tokens[last]))) last--;
  if (last < start) return null;
  // "…,” said one woman on Porter Road": someone unnamed, placed by a street or town, keeps the place.
  const indefinite = !definite && (w0 === 'a' || w0 === 'an' || w0 === 'one');
  for (let r = start; indefinite && r <= last; r++) {
    const placed = isRoleWord((tokens[r] as Token).text) ? placeAfter(tokens, r, ceiling) : -1;
    if (placed >= last)
      return { phrase: toPhrase(tokens, { first: start, last: placed, name: null, role: [start, placed] }, false), last: placed };
  }
  const np = splitPhrase(tokens, start, last, -1);
  return np ? { phrase: toPhrase(tokens, np, definite), last } : null;
}

function pronounPhrase(t: Token): SpeakerPhrase {
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

/** "internal records", "the latest figures": a document named by lower-case words, as an unnamed speaker. */
export function documentPhrase(a: Analysis, first: number, last: number): SpeakerPhrase {
  const definite = DETERMINERS.has(lower(a.tokens[first - 1])) && !/^an?$/.test(lower(a.tokens[first - 1]));
  return toPhrase(a.tokens, { first, last, name: null, role: [first, last] }, definite);
}
