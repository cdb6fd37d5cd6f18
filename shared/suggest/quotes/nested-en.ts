import { tokenIndexAt } from '../ranges';
import { parseEnglishSubjectBefore } from '../speakers/english';
import type { Analysis, Gender, Range, SpeakerPhrase } from '../types';
import type { Token } from '../tokens';

/**
 * Words between a subject and the verb of saying that opens a quotation inside someone's words:
 * "My mother used to say, ‘…’", "The coach kept telling me, ‘…’", "People are asking us, ‘…’".
 */
const BRIDGE = new Set('used to kept keeps always often never once would still are is was were'.split(' '));
/** What may stand right before such a subject: it opens a clause (after punctuation or a conjunction). */
const CLAUSE_OPENERS = new Set('and but so then when'.split(' '));

/**
 * The subject of an English verb of saying inside a quotation, when it opens its clause and is a
 * name or a described person ("A trainee told me, “…”", "My father used to say, ‘…’"): the nested
 * quotation is theirs (the guidelines credit each nested quote to its own speaker). A pronoun, or a
 * phrase in the middle of a clause, gives null, so the quotation is offered without a speaker.
 */
export function nestedSubjectEn(a: Analysis, verb: Range, holder: Range): SpeakerPhrase | null {
  const tokens = a.tokens;
  const floor = tokenIndexAt(tokens, holder.start);
  let k = tokenIndexAt(tokens, verb.start);
  for (let steps = 0; steps < 3 && k - 1 >= floor && BRIDGE.has(tokens[k - 1]?.lower ?? ''); steps++) k--;
  // "A man stopped me at the bank and said, ‘…’": the subject of the verb before "and" says it too.
  const coordinated = tokens[k - 1]?.lower === 'and' ? firstVerbOfClause(a, k - 1, floor) : -1;
  const phrase = parseEnglishSubjectBefore(a, coordinated > 0 ? coordinated : k, floor);
  if (phrase?.kind === 'pronoun') return kinBefore(a, tokens[tokenIndexAt(tokens, phrase.mention.start)] as Token, phrase.gender);
  if (!phrase) return null;
  const first = tokenIndexAt(tokens, phrase.mention.start);
  const before = tokens[first - 1];
  const opens = first <= floor || !before || /^[.,;:!?—–\-"“”‘’'«»(]$/u.test(before.text) || CLAUSE_OPENERS.has(before.lower);
  return opens ? phrase : null;
}

/**
 * The verb of the clause that "and" at `and` continues: read back to the clause's first word (the
 * holder's start, or after punctuation), then forward to its first lower-case word in -ed. -1 if none.
 */
function firstVerbOfClause(a: Analysis, and: number, floor: number): number {
  const tokens = a.tokens;
  let start = and;
  while (start - 1 >= floor && and - start < 12 && (tokens[start - 1] as Token).kind === 'word') start--;
  for (let k = start + 1; k < and; k++) {
    const t = tokens[k] as Token;
    if (!t.capitalized && t.lower.length > 3 && t.lower.endsWith('ed')) return k;
  }
  return -1;
}

/** Kin a speaker quotes from memory: "My father … and he used to say, ‘…’". */
const KIN: Record<string, Gender> = {
  father: 'male',
  grandfather: 'male',
  dad: 'male',
  brother: 'male',
  uncle: 'male',
  husband: 'male',
  son: 'male',
  mother: 'female',
  grandmother: 'female',
  mum: 'female',
  mom: 'female',
  sister: 'female',
  aunt: 'female',
  wife: 'female',
  daughter: 'female',
};
/** How far back in the paragraph (UTF-16 units) a pronoun inside someone's words looks for the kin it means. */
const KIN_REACH = 300;

/**
 * "My grandfather farmed near the river, and he used to say, ‘…’", "“My mother would be proud,” he said.
 * “She used to say, ‘…’”": a pronoun inside someone's words means the kin they just spoke of, written
 * as "my / our" and a kin word of the pronoun's gender, in the same paragraph. The nearest one; null if none.
 */
function kinBefore(a: Analysis, pronoun: Token, gender: Gender): SpeakerPhrase | null {
  const tokens = a.tokens;
  const floor = Math.max(a.text.lastIndexOf('\n', pronoun.start) + 1, pronoun.start - KIN_REACH);
  for (let k = tokenIndexAt(tokens, pronoun.start) - 1; k > 0 && (tokens[k] as Token).start >= floor; k--) {
    const kin = KIN[(tokens[k] as Token).lower];
    const owner = tokens[k - 1] as Token;
    if (!kin || kin !== gender || !/^(my|our)$/.test(owner.lower)) continue;
    const role = { start: (tokens[k] as Token).start, end: (tokens[k] as Token).end };
    const mention = { start: owner.start, end: role.end };
    return { mention, name: null, role, kind: 'role', plural: false, gender, definite: true, sameAsBefore: false };
  }
  return null;
}
