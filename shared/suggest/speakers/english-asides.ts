import type { Analysis } from '../types';
import { lower, type Token } from '../tokens';
import { partyTagStart } from './english-split';
import { isRoleWord } from './english-names';

/** Asides between commas in an English subject: what is not an appositive, and where a relative clause opens. */

export function isAppositiveNoise(a: Analysis, first: number, last: number): boolean {
  const t = a.tokens[first];
  // A comma that ends the text has no aside after it.
  if (t === undefined || first > last) return true;
  const w = t.lower;
  if (t.kind === 'number') return true; // an age: "Santos, 67,"
  if (/^(who|which|whose|whom|where|when|speaking|aged|according|however|meanwhile|too|also)$/.test(w)) return true;
  if (/ing$/.test(w) && !t.capitalized) return true;
  return last - first > 12;
}

/**
 * The comma opening ", who … , … ," that closes at the comma `close`, when the clause holds a comma
 * of its own (one without is read as an aside between two commas); -1 otherwise.
 */
export function relativeClauseStart(a: Analysis, close: number, floor: number): number {
  let commas = 0;
  for (let k = close - 1; k > floor && close - k < 30; k--) {
    const t = a.tokens[k] as Token;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '.' && t.text !== '-') return -1;
    if (t.text !== ',') continue;
    if (/^(who|whose|which)$/.test(lower(a.tokens[k + 1]))) return commas > 0 ? k : -1;
    commas++;
  }
  return -1;
}

/** Documents a body speaks through: "in a statement", "through a letter", "via a post on X". */
const STATEMENT_NOUNS = new Set(
  'statement statements letter post interview release memo filing notice note email video speech submission tweet message circular'.split(
    ' ',
  ),
);

/**
 * "The Cardiac Society, in a statement by its president, Dr Ada Obi, said": the comma that opens an aside
 * saying through which document the subject spoke, when it lies between the subject and the comma `close`
 * before the verb; -1 otherwise. The names inside the aside sign the document; the subject speaks.
 */
export function documentAsideStart(a: Analysis, close: number, floor: number): number {
  for (let k = close - 1; k > floor && close - k < 24; k--) {
    const t = a.tokens[k] as Token;
    if (t.kind === 'punct' && !/^[,.()'’]$/.test(t.text)) return -1;
    if (t.text !== ',' || !/^(in|through|via)$/.test(lower(a.tokens[k + 1]))) continue;
    for (let m = k + 2; m <= k + 4 && m < close; m++) if (STATEMENT_NOUNS.has(lower(a.tokens[m]))) return k;
    return -1;
  }
  return -1;
}

/** "Aoife Brennan (29)", "Chief Tunde Bakare (SAN)": a short bracket closing at `last` after a name; the token before it, or `last`. */
export function beforeBracket(tokens: Token[], last: number, floor: number): number {
  if (tokens[last]?.text !== ')') return last;
  for (let k = last - 1; k > floor && last - k <= 5; k--) if (tokens[k]?.text === '(') return k - 1;
  return last;
}

/** The token after a short bracket opening at `k` ("(29)", "(SAN)"), or `k` when none opens there. */
export function afterBracket(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== '(') return k;
  for (let m = k + 1; m <= k + 5; m++) if (tokens[m]?.text === ')') return m + 1;
  return k;
}

/**
 * The last token of a subject written before an aside that ends at `last`: past a party tag
 * ("Sen. Ruth Alvarez, D-Ore.,") or a short bracket ("Cllr Maeve Dunne (FF),"), else `last`.
 */
export function beforeAside(tokens: Token[], last: number, floor: number): number {
  const tag = partyTagStart(tokens, last);
  return beforeBracket(tokens, tag > floor ? tag - 1 : last, floor);
}

/**
 * Whether the capitalized words starting at `first` complete a post: "(chief executive) of Post Office
 * Ltd", "(Minister) for Tourism, Arts and Culture". Read back over capitalized words, commas and
 * "and" to of/for/at/to right after a role or title word.
 */
export function complementOfPost(tokens: Token[], first: number, floor: number): boolean {
  for (let k = first - 1; k > floor && first - k <= 8; k--) {
    const t = tokens[k] as Token;
    if (/^(of|for|at|to)$/.test(t.lower)) return isRoleWord((tokens[k - 1] as Token).text);
    if (!(t.capitalized || t.text === ',' || t.lower === 'and' || t.text === '&')) return false;
  }
  return false;
}

/** Past "to the Governor", "of honour" after a post, up to the comma at most six words on: that comma, else `k`. */
export function postComplementEnd(tokens: Token[], k: number, limit: number): number {
  if (!/^(of|to|for|at)$/.test(lower(tokens[k]))) return k;
  let m = k + 1;
  while (m < limit && m - k <= 6 && (tokens[m] as Token).kind === 'word' && lower(tokens[m]) !== 'and') m++;
  return tokens[m]?.text === ',' ? m : k;
}
