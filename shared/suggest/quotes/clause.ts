import { AR_ACCORDING, AR_PARTICIPLES, AR_VERBS } from '../lexicon/ar';
import { EN_PARTICIPLES, EN_VERBS } from '../lexicon/en';
import type { Analysis, Range } from '../types';
import { stripWa, type Token } from '../tokens';
import { codeUnitTable, SPACE } from '../code-units';
import { EN_COORDINATED_ACTS, opensCoordinatedStatement } from './connectives';
import { afterDateline } from './dateline';
import { contrastAt, contrastReports } from './contrast';
import { withAbbreviationStop } from '../dotted-abbreviations';
import { reportedHeadStart } from './head-start';

/** فما، فهل، فكيف، فلماذا: a question of one's own after a comma. */
const AR_QUESTION_OPENERS = new Set(['فما', 'فهل', 'فكيف', 'فلماذا', 'فمتى', 'فماذا', 'فاين', 'فمن']);
/** Trailing white space and punctuation, per code unit: clauses are trimmed from the end, not searched by a pattern. */
const TRAILING = codeUnitTable(/[\s.,،؛;:!?؟…\-–—]/u);
/** Length of `text` without its trailing run of units in `table`. */
function trimmedLength(text: string, table: Uint8Array): number {
  let n = text.length;
  while (n > 0 && table[text.charCodeAt(n - 1)] === 1) n--;
  return n;
}

/** True when token k starts a new statement: a participle or a و-prefixed reporting verb after a comma. */
function startsNewStatement(tokens: Token[], k: number, last: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  // «، فيما …», ", while …": the report goes on, unless the contrast brings a report of its own.
  if (contrastAt(tokens, k) > 0) return contrastReports(tokens, k, last);
  if (opensCoordinatedStatement(tokens, k)) return true;
  if (t.arabic) {
    if (AR_PARTICIPLES.has(t.text) || AR_PARTICIPLES.has(stripWa(t.text))) return true;
    if (AR_ACCORDING.has(t.text)) return true;
    // "قال صيادون إن الحظر يكبدهم خسائر، فما ردكم؟": the interviewer's own question after the report.
    if (AR_QUESTION_OPENERS.has(t.text)) return true;
    // A circumstantial participle (، مرجحاً …، مستبعداً …) starts a new statement.
    if (/^م[\u0621-\u064A]{3,}ا$/.test(t.text)) return true;
    const verb = AR_VERBS.get(stripWa(t.text));
    return verb !== undefined && stripWa(t.text) !== t.text;
  }
  const w = t.lower;
  if (EN_PARTICIPLES.has(w) || w === 'according') return true;
  const following = tokens[k + 1]?.lower ?? '';
  if ((w === 'and' || w === 'but') && (EN_VERBS.has(following) || EN_COORDINATED_ACTS.has(following))) return true;
  // "…, though the mayor cautioned that …", "…, but critics said …": a contrast with a report of its own, as with "while".
  if (/^(but|though|although|yet)$/.test(w) && contrastReports(tokens, k, last)) return true;
  // ", he said" / ", officials said" in the middle: the clause before is complete.
  return /^(he|she|they)$/.test(w) && EN_VERBS.has(following);
}

/**
 * Where a reported clause that starts at token `from` ends: at the end of its sentence,
 * or at a comma that opens a new statement (، مضيفاً أن … / ، وأكد … / , adding that …),
 * or a semicolon. Trailing punctuation is left out unless it sits inside a closing quotation mark.
 */
export function clauseEnd(a: Analysis, from: number): Range | null {
  const tokens = a.tokens;
  const first = tokens[from];
  if (!first) return null;
  const sentence = a.sentences[a.sentenceOf[from] as number];
  if (!sentence) return null;
  let last = sentence.last;
  for (let k = from + 1; k <= sentence.last; k++) {
    const t = tokens[k] as Token;
    if (t.text === ';' || t.text === '؛') {
      last = k - 1;
      break;
    }
    if ((t.text === '،' || t.text === ',') && startsNewStatement(tokens, k + 1, sentence.last) && !insideMarked(a, t.start)) {
      last = k - 1;
      break;
    }
  }
  if (last < from) return null;
  let end = (tokens[last] as Token).end;
  let text = a.text.slice(first.start, end);
  // Keep a stop that sits inside the closing mark: …the future.”
  const closing = /[»”’"'“]/.test(text.charAt(trimmedLength(text, SPACE) - 1));
  if (!closing) end = withAbbreviationStop(a.text, first.start + trimmedLength(text, TRAILING));
  text = a.text.slice(first.start, end);
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  return { start: first.start, end };
}

function insideMarked(a: Analysis, offset: number): boolean {
  const m = a.outer.at(offset);
  return !!m && offset > m.start && offset < m.end - 1;
}

/** The text of a sentence up to token `before` (exclusive), trimmed: the content of "…, officials said." */
export function sentenceHead(a: Analysis, before: number): Range | null {
  const sentence = a.sentences[a.sentenceOf[before] as number];
  if (!sentence || before <= sentence.first) return null;
  const from = reportedHeadStart(a.tokens, afterDateline(a, sentence), before);
  if (before <= from) return null;
  const first = a.tokens[from] as Token;
  const lastToken = a.tokens[before - 1] as Token;
  const raw = a.text.slice(first.start, lastToken.end);
  const trimmed = raw.slice(0, trimmedLength(raw, TRAILING));
  if (trimmed.split(/\s+/).length < 3) return null;
  return { start: first.start, end: withAbbreviationStop(a.text, first.start + trimmed.length) };
}
