import type { MarkedSpan } from './quotes/direct';
import type { Token } from './tokens';
import { innerAbbreviationStop, timeOfDayGoesOn } from './dotted-abbreviations';

export interface Sentence {
  /** Token index range, inclusive. */
  first: number;
  last: number;
}

const TERMINAL = new Set(['.', '!', '?', '؟', '…']);
const CLOSERS = new Set(['»', '”', '’', '"', "'", ')', '“', '›']);
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen sen rep gov lt col capt sgt st jr sr inc ltd co corp vs etc no jan feb mar apr jun jul aug sep sept oct nov dec mt ft adm cmdr gov rev hon pres u.s e.g i.e al approx fig coun cllr supt insp'.split(
    ' ',
  ),
);

/**
 * Splits tokens into sentences at line breaks and terminal punctuation, never inside a
 * quotation (a quote may hold several sentences and even paragraphs). A period after an
 * abbreviation or an initial (Dr., J.) does not end a sentence.
 */
export function splitSentences(tokens: Token[], marked: MarkedSpan[]): { sentences: Sentence[]; sentenceOf: Int32Array } {
  const outer = marked.filter((m) => !m.nested);
  const inside = (offset: number) => {
    // Binary search over non-overlapping outer spans.
    let lo = 0;
    let hi = outer.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = outer[mid] as MarkedSpan;
      if (offset < m.start) hi = mid - 1;
      else if (offset >= m.end) lo = mid + 1;
      else return offset > m.start && offset < m.end - 2; // a stop just before the closing mark still ends the sentence
    }
    return false;
  };
  const sentences: Sentence[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  let first = 0;
  const end = (last: number) => {
    if (last >= first) sentences.push({ first, last });
    for (let k = first; k <= last; k++) sentenceOf[k] = sentences.length - 1;
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'newline') {
      if (inside(t.start)) continue;
      end(i - 1);
      sentenceOf[i] = Math.max(0, sentences.length - 1);
      first = i + 1;
      continue;
    }
    if (!TERMINAL.has(t.text) || inside(t.start)) continue;
    if (t.text === '.') {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      // ل.ل، ج.م: the dot inside an Arabic abbreviation.
      if (prev?.arabic && prev.text.length === 1 && prev.end === t.start && next?.arabic && next.text.length === 1 && next.start === t.end)
        continue;
      // م. سامر، د. هالة: a one-letter Arabic title abbreviation before a name.
      if (prev?.arabic && prev.text.length === 1 && prev.end === t.start && next?.arabic && next.kind === 'word') continue;
      if (prev?.kind === 'word' && prev.end === t.start) {
        const w = prev.lower;
        // "D-N.M.": an initial after a hyphen (a party tag's state) is no sentence end either.
        if (ABBREVIATIONS.has(w) || (prev.text.length === 1 && prev.capitalized) || /-\p{Lu}$/u.test(prev.text)) continue;
      }
      if (next && next.kind === 'word' && !next.arabic && !next.capitalized && next.start > t.end) continue;
      // "by 3 a.m. Monday": the stops of a dotted abbreviation.
      if (innerAbbreviationStop(tokens, i) || timeOfDayGoesOn(tokens, i)) continue;
      if (next && next.kind === 'number' && next.start === t.end) continue;
      // No sentence opens with a comma: "Sen. Elizabeth Warren, D-Mass., said …".
      if (next && (next.text === ',' || next.text === '،')) continue;
    }
    // Closing marks right after the full stop belong to the sentence ("…the future.”).
    let last = i;
    while (
      tokens[last + 1] &&
      CLOSERS.has((tokens[last + 1] as Token).text) &&
      (tokens[last + 1] as Token).start === (tokens[last] as Token).end
    )
      last++;
    end(last);
    i = last;
  }
  end(tokens.length - 1);
  for (let k = 0; k < tokens.length; k++) if (sentenceOf[k]! >= sentences.length) sentenceOf[k] = sentences.length - 1;
  return { sentences, sentenceOf };
}
