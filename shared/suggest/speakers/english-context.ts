import { EN_NOT_NAMES, EN_PRONOUNS, EN_ROLES, EN_TITLE_WORDS } from '../lexicon/en';
import type { Analysis, Gender, Range, SpeakerPhrase } from '../types';
import type { Token } from '../tokens';
import { tokenIndexAt } from '../ranges';
import { forwardPhrase } from './english-forward';
import { afterBracket } from './english-asides';
import { DETERMINERS } from './english-split';
import { genderOf, isNameWord, isRoleWord } from './english-names';

/** Who "he" or "she" means when the subject is not written: names met earlier in the text. */

/**
 * The person a pronoun most likely points to when no speaker has been quoted yet: the
 * nearest full name (two or more capitalized words) earlier in the same or the previous
 * paragraph. "Amal Haddad, 34, has run her bakery … \"…,\" she said."
 */
export function findAntecedent(
  a: Analysis,
  before: number,
  accept: (name: Range) => boolean = () => true,
  maxNewlines = 2,
): SpeakerPhrase | null {
  const tokens = a.tokens;
  let newlines = 0;
  for (let k = before - 1; k >= 0 && newlines < maxNewlines; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'newline') newlines++;
    if (!isNameWord(t) || !t.capitalized || EN_NOT_NAMES.has(t.text) || EN_TITLE_WORDS.has(t.text)) continue;
    let first = k;
    while (
      first - 1 >= 0 &&
      isNameWord(tokens[first - 1] as Token) &&
      !EN_NOT_NAMES.has((tokens[first - 1] as Token).text) &&
      !EN_TITLE_WORDS.has((tokens[first - 1] as Token).text)
    )
      first--;
    // A middle initial inside the name: Ravi K. Menon.
    while (
      first >= 3 &&
      isInitial(tokens, first - 2) &&
      isNameWord(tokens[first - 3] as Token) &&
      !EN_TITLE_WORDS.has((tokens[first - 3] as Token).text)
    )
      first -= 3;
    const range = { start: (tokens[first] as Token).start, end: (tokens[k] as Token).end };
    if (k - first >= 1 && !isRoleWord((tokens[k] as Token).text) && accept(range)) {
      const gender = genderOf(tokens.slice(first, k + 1).map((x) => x.text));
      return { mention: range, name: range, role: null, kind: 'name', plural: false, gender, definite: true, sameAsBefore: false };
    }
    k = first;
  }
  return null;
}

/** "K" followed by "." : an initial. */
function isInitial(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.kind === 'word' && /^\p{Lu}$/u.test(t.text) && tokens[k + 1]?.text === '.';
}

const FRONTED = new Set(
  'back in on at after before since outside inside across for with near down up last this every during by from among later earlier meanwhile still now today yesterday asked'.split(
    ' ',
  ),
);

/** The token after "Back in the parking lot," or "Asked about the result," and an age written before a name ("79-year-old"). */
function pastFrontedAdverbial(tokens: Token[], first: number, last: number): number {
  let k = first;
  // "Presiding over the House, Ada Roe …", "Speaking after the vote, …": a participle opening the sentence is no name.
  const participle = !!tokens[k]?.capitalized && /^\p{L}{3,}ing$/u.test(tokens[k]?.text ?? '') && tokens[k + 1]?.capitalized === false;
  if (FRONTED.has(tokens[k]?.lower ?? '') || participle) {
    let comma = k + 1;
    while (comma <= last && comma - k < 9 && tokens[comma]?.text !== ',') comma++;
    if (tokens[comma]?.text === ',') k = comma + 1;
  }
  if (tokens[k]?.kind === 'number' && tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'year-old') k += 3;
  return k;
}

/** "the 52-year-old", "the father of three", "the woman": a description of someone just introduced. */
export function describesSomeoneEn(a: Analysis, s: SpeakerPhrase): boolean {
  if (s.name || !s.role || !s.definite) return false;
  const role = a.text.slice(s.role.start, s.role.end).toLowerCase();
  return /^\d+-year-old$/.test(role) || /^(father|mother|grandfather|grandmother) of \w+$/.test(role) || /^(man|woman)$/.test(role);
}

/**
 * A person introduced as the subject of a recent sentence, for "he said" / "she added"
 * when that sentence comes after the latest compatible speaker: "The health secretary,
 * Wes Streeting, is expected to meet them. He said …" Looks back two sentences, skips
 * sentences that open with a quotation, and stops at one whose subject is a pronoun.
 */
export function recentSubject(
  a: Analysis,
  before: number,
  notBefore: number,
  want: { plural: boolean; gender: Gender },
): SpeakerPhrase | null {
  const tokens = a.tokens;
  const s0 = a.sentenceOf[before] as number;
  // "An analyst …, was more cautious: “…”": after a colon the introduction is the quote's own sentence.
  const colon = a.tokens[before - 1]?.text === ':';
  // "“Report to who?” he said.": a quotation ending in ? or ! is a sentence of its own before its cue;
  // sentences of the quotation itself, right before the cue, do not count against the reach.
  let quoted = 0;
  for (let si = colon ? s0 : s0 - 1; si >= 0 && si >= s0 - 3 - quoted; si--) {
    const sentence = a.sentences[si];
    if (!sentence || (tokens[sentence.last] as Token).end <= notBefore) break;
    let first = sentence.first;
    while (first <= sentence.last && (tokens[first] as Token).kind === 'newline') first++;
    const open = tokens[first];
    if (open && a.markedByStart.has(open.start) && si === s0 - 1 - quoted && !colon) quoted++;
    if (!open || a.markedByStart.has(open.start) || open.arabic) continue;
    if (open.lower in EN_PRONOUNS) {
      // "She has been here since 5:30.": the same person again; look further back.
      const kind = EN_PRONOUNS[open.lower];
      if ((kind === 'female' && want.gender !== 'male') || (kind === 'male' && want.gender !== 'female')) continue;
      return null;
    }
    // "Back in the parking lot, 79-year-old X …": past a fronted adverbial and an age.
    first = pastFrontedAdverbial(tokens, first, sentence.last);
    const found = forwardPhrase(a, first, sentence.last);
    if (!found) continue;
    let phrase = found.phrase;
    let next = found.last + 1;
    if ((phrase.kind === 'role' || titleAsName(a, phrase)) && tokens[found.last + 1]?.text === ',') {
      const named = forwardPhrase(a, found.last + 2, sentence.last);
      // "The shop's manager, Ann Roe (29), said": past a short bracket after the name.
      const comma = named ? afterBracket(tokens, named.last + 1) : -1;
      if (named && named.phrase.kind === 'name' && tokens[comma]?.text === ',') {
        phrase = { ...named.phrase, role: phrase.role, gender: named.phrase.gender === 'unknown' ? phrase.gender : named.phrase.gender };
        next = comma + 1;
      }
    }
    // "A neighbour, leaning on the gate, was less patient.": someone unnamed, brought in by the
    // sentence right before the quotation, speaks it (only then: a description is weaker than a name).
    // "The state premier has just finished a briefing.": so is a person named by a definite role (not a body).
    const unnamed =
      phrase.kind === 'role' &&
      !phrase.plural &&
      si >= s0 - 1 - quoted &&
      (/^(a|an)$/.test(tokens[first]?.lower ?? '') || personRole(a, phrase, first) || kinOf(a, phrase, first));
    // "Jane Roe (Wrexham Rural) wanted to know …": past a short bracket after the name.
    if (phrase.kind === 'name' && tokens[next]?.text === '(') next = afterBracket(tokens, next);
    // "Ahmed Karimi, a taxi driver, waits …": past an appositive after the name.
    if ((phrase.kind === 'name' || unnamed) && tokens[next]?.text === ',') {
      // "Miss Ada, who has sold … for thirty years, laughed": a relative clause may run longer than an appositive.
      const reach = tokens[next + 1]?.lower === 'who' ? 24 : 12;
      let close = next + 1;
      while (close <= sentence.last && close - next < reach && tokens[close]?.text !== ',') close++;
      if (tokens[close]?.text === ',') next = close + 1;
      // "Dr Ama Obi, an economist at the University of Ghana, Legon, has …": a place closing the appositive.
      let place = next;
      while (place <= sentence.last && place - next < 3 && isNameWord(tokens[place] as Token) && tokens[place]?.capitalized) place++;
      if (place > next && tokens[place]?.text === ',' && tokens[place + 1]?.kind === 'word' && !tokens[place + 1]?.capitalized)
        next = place + 1;
    }
    // The subject must be followed by its verb: "Amira Saleh was 14", not "Now 24, she …".
    const after = tokens[next];
    if (!after || after.kind !== 'word' || after.capitalized) continue;
    // "Half a mile up the road, …", "Guest of honour, …": a capitalized word before an article or a
    // preposition opens a phrase; it is no one's name.
    if (
      phrase.kind === 'name' &&
      next === found.last + 1 &&
      (DETERMINERS.has(after.lower) || /^(of|in|on|at|for|to|from|by|up|down)$/.test(after.lower))
    )
      continue;
    if ((phrase.kind !== 'name' && !unnamed) || phrase.plural !== want.plural) continue;
    if (phrase.mention.start < notBefore) break;
    if (want.gender !== 'unknown' && phrase.gender !== 'unknown' && phrase.gender !== want.gender) continue;
    return phrase;
  }
  return null;
}

/**
 * "The Majority Leader, Mr Ada Roe, …": capitalized words ending in a role word read as a name; they are
 * the post, and a name between commas after them is the holder.
 */
function titleAsName(a: Analysis, phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== 'name' || !phrase.name || phrase.role) return false;
  const head = /(\S+)$/u.exec(a.text.slice(phrase.name.start, phrase.name.end))?.[1] ?? '';
  return isRoleWord(head) || EN_TITLE_WORDS.has(head);
}

/** Where whoever `mention` names introduces the quotation opening at token `first`: in its paragraph, or in the one before. */
export function introducesQuote(a: Analysis, mention: Range, first: number): 'paragraph' | 'before' | null {
  if (!a.text.slice(mention.end, (a.tokens[first] as Token).start).includes('\n')) return 'paragraph';
  return !a.tokens[first]?.arabic && introducedByParagraphBefore(a, mention, first) ? 'before' : null;
}

/**
 * "Wallin had a stark warning for drivers. ¶ “If it's flooded, forget it.”": a paragraph of one
 * sentence whose subject (`mention`) is the person, right before a paragraph that opens with the
 * quotation at token `first`. News writing introduces a speaker so; the quotation is theirs.
 */
function introducedByParagraphBefore(a: Analysis, mention: Range, first: number): boolean {
  const tokens = a.tokens;
  const at = tokenIndexAt(tokens, mention.start);
  const intro = a.sentences[a.sentenceOf[at] as number];
  if (!intro || a.sentenceOf[first] !== (a.sentenceOf[at] as number) + 1) return false;
  // The introducing sentence is its paragraph: a line break (or the text's start) before it, one after it.
  let open = intro.first;
  while (open <= intro.last && (tokens[open] as Token).kind === 'newline') open++;
  if (open > 0 && tokens[open - 1]?.kind !== 'newline') return false;
  let k = intro.last + 1;
  while (k < first && (tokens[k] as Token).kind === 'newline') k++;
  return k === first && k > intro.last + 1 && !/[:“"‘']$/.test((tokens[intro.last] as Token).text);
}

/** "Her neighbour", "his brother": someone the possessive ties to a person just written of. */
function kinOf(a: Analysis, phrase: SpeakerPhrase, first: number): boolean {
  if (!/^(her|his|their)$/.test(a.tokens[first]?.lower ?? '') || !phrase.role) return false;
  return (
    phrase.mention.start === (a.tokens[first] as Token).start &&
    EN_ROLES.has(a.text.slice(phrase.role.start, phrase.role.end).toLowerCase())
  );
}

/** "The premier", "the club's captain": a definite phrase at token `first` whose head is a person's role, not a body's. */
function personRole(a: Analysis, phrase: SpeakerPhrase, first: number): boolean {
  // "Wales's First Minister", "Kenya's health minister": a place in the possessive makes the post definite.
  const placePossessive = !!a.tokens[first]?.capitalized && /^\p{Lu}\p{L}+['’]s$/u.test(a.tokens[first]?.text ?? '');
  if ((a.tokens[first]?.lower !== 'the' && !placePossessive) || !phrase.role) return false;
  const head = /(\S+)$/u.exec(a.text.slice(phrase.role.start, phrase.role.end))?.[1]?.toLowerCase() ?? '';
  return EN_ROLES.has(head);
}
