import { splitsSurrogatePair } from '../text/offsets';
import { cliticMatcher } from './clitics';
import { originalSpan, pieces } from './fold';
import type { ParsedQuery } from './query';
import { type TokenizedText, tokenizeOriginal } from './tokens';

export interface SearchOptions {
  /** Match Arabic words with attached و/ف/ب/ل/ال ("الخارجية" finds "وبالخارجية"). */
  clitics?: boolean;
}

/** A place in the original text, in UTF-16 code units. */
export interface Hit {
  start: number;
  end: number;
  /** How many of the query's words or phrases this hit covers; more is a better hit. */
  coverage: number;
}

/** Words of a phrase must follow each other within one paragraph. */
function adjacent(tokenized: TokenizedText, left: number, right: number): boolean {
  const a = tokenized.tokens[left];
  const b = tokenized.tokens[right];
  return a !== undefined && b !== undefined && !tokenized.folded.text.slice(a.end, b.start).includes('\n');
}

type TermTest = (token: string) => boolean;

/** A query prepared once for many documents. */
export interface CompiledQuery {
  clauses: Array<{ negated: boolean; tests: TermTest[] }>;
}

function termTest(term: string, prefix: boolean, options: SearchOptions): TermTest {
  if (!options.clitics) return prefix ? (token) => token.startsWith(term) : (token) => token === term;
  return cliticMatcher(term, prefix);
}

export function compileQuery(query: ParsedQuery, options: SearchOptions = {}): CompiledQuery {
  return {
    clauses: query.clauses.map((clause) => {
      const last = clause.terms.length - 1;
      return { negated: clause.negated, tests: clause.terms.map((t, k) => termTest(t, clause.prefix && k === last, options)) };
    }),
  };
}

/** Token index ranges [from, to) where the clause occurs; `skipped` tokens match nothing. */
function occurrences(tokenized: TokenizedText, tests: TermTest[], skipped: Uint8Array | null): Array<[number, number]> {
  const { tokens } = tokenized;
  const found: Array<[number, number]> = [];
  const last = tests.length - 1;
  const first = tests[0] as TermTest;
  for (let p = 0; p + last < tokens.length; p++) {
    if ((skipped && skipped[p] === 1) || !first((tokens[p] as { term: string }).term)) continue;
    let ok = true;
    for (let k = 1; k <= last && ok; k++) {
      ok =
        !(skipped && skipped[p + k] === 1) &&
        (tests[k] as TermTest)((tokens[p + k] as { term: string }).term) &&
        adjacent(tokenized, p + k - 1, p + k);
    }
    if (ok) found.push([p, p + last + 1]);
  }
  return found;
}

export interface DocumentMatch {
  /** All positive clauses occur and no excluded one does. */
  matches: boolean;
  /** In text order. */
  hits: Hit[];
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask >>> 0; m !== 0; m &= m - 1) n++;
  return n;
}

/** Hits closer than this (spaces, a comma) read as one phrase and are shown as one. */
const MAX_MERGE_GAP = 3;

/** What one text holds of a query: which clauses occur in it (by index), and its hits. */
export interface TextMatch {
  found: boolean[];
  hits: Hit[];
  /** Every hit, also those past `maxHits` that were counted but not kept. */
  hitCount: number;
  /** How much of the text was read: all of it unless `maxChars` stopped short. */
  scannedChars: number;
}

interface TokenOptions {
  skipped: Uint8Array | null;
  /** Added to every hit's offsets (the piece's place in the whole text). */
  offset: number;
  maxHits: number;
}

function matchTokens(tokenized: TokenizedText, compiled: CompiledQuery, options: TokenOptions, into: TextMatch): void {
  // Bit c of clausesAt[t] is set when clause c matched token t (parseQuery allows ≤ 32 clauses).
  const clausesAt = new Uint32Array(tokenized.tokens.length);
  // Which occurrence (phrase match) each token belongs to, so a phrase always stays one hit.
  const occurrenceAt = new Int32Array(tokenized.tokens.length).fill(-1);
  let occurrenceCount = 0;
  compiled.clauses.forEach((clause, c) => {
    const found = occurrences(tokenized, clause.tests, options.skipped);
    if (found.length > 0) into.found[c] = true;
    if (clause.negated) return;
    for (const [from, to] of found) {
      occurrenceCount++;
      for (let t = from; t < to; t++) {
        clausesAt[t] = (clausesAt[t] as number) | (1 << c);
        if (occurrenceAt[t] === -1) occurrenceAt[t] = occurrenceCount;
      }
    }
  });
  const { tokens, folded } = tokenized;
  let open: { from: number; to: number; mask: number } | null = null;
  const close = () => {
    if (!open) return;
    if (into.hits.length < options.maxHits) {
      const first = tokens[open.from] as { start: number };
      const last = tokens[open.to - 1] as { end: number };
      const span = originalSpan(folded, first.start, last.end);
      into.hits.push({ start: span.start + options.offset, end: span.end + options.offset, coverage: bitCount(open.mask) });
    }
    into.hitCount++;
    open = null;
  };
  for (let t = 0; t < tokens.length; t++) {
    const mask = clausesAt[t] as number;
    if (mask === 0) continue;
    const token = tokens[t] as { start: number };
    const previous = open ? (tokens[open.to - 1] as { end: number }) : null;
    const gap = previous ? folded.text.slice(previous.end, token.start) : '';
    // Neighbours merge when they add words the hit lacks: "وزير الخارجية الأمريكي" is one hit,
    // but a repeated word right after it starts the next one.
    const samePhrase = open !== null && occurrenceAt[t] !== -1 && occurrenceAt[t] === occurrenceAt[open.to - 1];
    const adds = open !== null && (mask & open.mask) === 0;
    if (open && open.to === t && gap.length <= MAX_MERGE_GAP && !gap.includes('\n') && (samePhrase || adds)) {
      open.to = t + 1;
      open.mask |= mask;
    } else {
      close();
      open = { from: t, to: t + 1, mask };
    }
  }
  close();
}

/** Whether the clauses found make a match: every positive one, no excluded one. */
export function satisfied(compiled: CompiledQuery, found: readonly boolean[]): boolean {
  return compiled.clauses.every((clause, c) => (found[c] === true) !== clause.negated);
}

function compiledOf(query: ParsedQuery | CompiledQuery, options: SearchOptions): CompiledQuery {
  return 'tests' in (query.clauses[0] ?? {}) ? (query as CompiledQuery) : compileQuery(query as ParsedQuery, options);
}

/**
 * Finds the query in one text. Words are matched on the folded copy and reported at the
 * original offsets through the fold's index map; neighbouring hits merge into one.
 */
export function matchText(
  text: string,
  query: ParsedQuery | CompiledQuery,
  options: SearchOptions = {},
  tokenized = tokenizeOriginal(text),
): DocumentMatch {
  const compiled = compiledOf(query, options);
  const into: TextMatch = { found: [], hits: [], hitCount: 0, scannedChars: text.length };
  matchTokens(tokenized, compiled, { skipped: null, offset: 0, maxHits: Number.POSITIVE_INFINITY }, into);
  return { matches: satisfied(compiled, into.found), hits: into.hits };
}

export interface LongTextOptions {
  /** Original spans whose words count for nothing: no hit inside, no phrase across (boilerplate left out). */
  skip?: ReadonlyArray<{ start: number; end: number }>;
  /** Hits kept, in text order; the rest are only counted. */
  maxHits?: number;
  /** The text already tokenized whole (short texts, kept between searches). */
  tokenized?: TokenizedText;
  pieceChars?: number;
  /** Stop after the piece that reaches this many characters (a result card needs a few hits, not all). */
  maxChars?: number;
}

/** Per token: 1 when it starts inside one of the spans (sorted or not). */
function skippedTokens(tokenized: TokenizedText, spans: ReadonlyArray<{ start: number; end: number }>, offset: number): Uint8Array | null {
  if (spans.length === 0) return null;
  const skipped = new Uint8Array(tokenized.tokens.length);
  const starts = tokenized.folded.start;
  tokenized.tokens.forEach((token, t) => {
    const at = (starts[token.start] as number) + offset;
    for (const span of spans) {
      if (at >= span.start && at < span.end) {
        skipped[t] = 1;
        break;
      }
    }
  });
  return skipped;
}

/**
 * `matchText` for a text of any length: folded a piece at a time (see `pieces`, cut where
 * no phrase or hit can span), so memory stays bounded however long the document is.
 */
export function matchLongText(text: string, compiled: CompiledQuery, options: LongTextOptions = {}): TextMatch {
  const into: TextMatch = { found: [], hits: [], hitCount: 0, scannedChars: text.length };
  const maxHits = options.maxHits ?? Number.POSITIVE_INFINITY;
  const skip = options.skip ?? [];
  if (options.tokenized) {
    const skipped = skippedTokens(options.tokenized, skip, 0);
    matchTokens(options.tokenized, compiled, { skipped, offset: 0, maxHits }, into);
    return into;
  }
  for (const [from, to] of pieces(text, options.pieceChars)) {
    const tokenized = tokenizeOriginal(from === 0 && to === text.length ? text : text.slice(from, to));
    const local = skip.filter((s) => s.end > from && s.start < to);
    matchTokens(tokenized, compiled, { skipped: skippedTokens(tokenized, local, from), offset: from, maxHits }, into);
    if (to >= (options.maxChars ?? Number.POSITIVE_INFINITY) && to < text.length) {
      into.scannedChars = to;
      break;
    }
  }
  return into;
}

/**
 * The best hits first (most of the query in one place), then in text order; among equally
 * good hits, different spellings first, so a result shows "وزير" and "وزیر" side by side.
 */
export function bestHits(hits: Hit[], count: number, text?: string): Hit[] {
  const ranked = [...hits].sort((a, b) => b.coverage - a.coverage || a.start - b.start);
  if (text === undefined) return ranked.slice(0, count);
  const chosen: Hit[] = [];
  const spellings = new Set<string>();
  for (const hit of ranked) {
    if (chosen.length === count) break;
    const spelling = text.slice(hit.start, hit.end);
    if (spellings.has(spelling) || (chosen.length > 0 && hit.coverage < (chosen[0] as Hit).coverage)) continue;
    spellings.add(spelling);
    chosen.push(hit);
  }
  for (const hit of ranked) {
    if (chosen.length === count) break;
    if (!chosen.includes(hit)) chosen.push(hit);
  }
  return chosen;
}

export interface Snippet {
  start: number;
  end: number;
  before: string;
  match: string;
  after: string;
}

/** Keeps the context readable on one line and never cuts a character in half. */
function clampContext(text: string, from: number, to: number): [number, number] {
  let a = Math.max(0, from);
  let b = Math.min(text.length, to);
  if (splitsSurrogatePair(text, a)) a--;
  if (splitsSurrogatePair(text, b)) b++;
  // Start and end at a word boundary when one is near, so the context does not begin mid-word.
  const space = text.lastIndexOf(' ', a + 12);
  if (a > 0 && space >= a) a = space + 1;
  const spaceAfter = text.indexOf(' ', b - 12);
  if (b < text.length && spaceAfter >= 0 && spaceAfter < b) b = spaceAfter;
  return [a, b];
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ⏎ ');
}

/** The hit with some text on each side, for result lists. */
export function snippet(text: string, hit: { start: number; end: number }, radius = 60): Snippet {
  const [from, to] = clampContext(text, hit.start - radius, hit.end + radius);
  return {
    start: hit.start,
    end: hit.end,
    before: (from > 0 ? '… ' : '') + oneLine(text.slice(from, hit.start)),
    match: oneLine(text.slice(hit.start, hit.end)),
    after: oneLine(text.slice(hit.end, to)) + (to < text.length ? ' …' : ''),
  };
}
