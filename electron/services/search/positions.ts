import { CLITIC_PREFIXES, queryCore } from '../../../shared/search/clitics';
import { fold } from '../../../shared/search/fold';
import type { Clause, ParsedQuery } from '../../../shared/search/query';
import { isArabicTerm, tokenize } from '../../../shared/search/tokens';

/**
 * Word order for phrase searches, without opening documents: each document is kept as the
 * sequence of its folded words' ids. MiniSearch finds documents with all the words; this
 * checks that they stand next to each other.
 */

/** Stands between the title and the text and between paragraphs: a phrase never spans it. */
const BREAK = 0;

export class TermDictionary {
  readonly #ids = new Map<string, number>();
  readonly #terms: string[] = [''];
  /** How many documents contain each word, by id. */
  #df = new Int32Array(1024);
  /** Which count() call last saw each word, so a word is counted once per document. */
  #seen = new Int32Array(1024);
  #calls = 0;

  /** `frequencies`, when given, are the saved document frequencies of these words (see `frequencies()`). */
  static from(terms: string[], frequencies?: Uint32Array): TermDictionary {
    const dictionary = new TermDictionary();
    for (let i = 1; i < terms.length; i++) {
      dictionary.#ids.set(terms[i] as string, i);
      dictionary.#terms.push(terms[i] as string);
    }
    if (frequencies) {
      const size = Math.max(1024, terms.length);
      dictionary.#df = new Int32Array(size);
      dictionary.#df.set(frequencies.subarray(0, terms.length));
      dictionary.#seen = new Int32Array(size);
    }
    return dictionary;
  }

  /** How many documents contain each word, by id: saved so a reopen need not count them again. */
  frequencies(): Uint32Array {
    return Uint32Array.from(this.#df.subarray(0, this.#terms.length));
  }

  intern(term: string): number {
    let id = this.#ids.get(term);
    if (id === undefined) {
      id = this.#terms.length;
      this.#terms.push(term);
      this.#ids.set(term, id);
    }
    return id;
  }

  get(term: string): number | undefined {
    return this.#ids.get(term);
  }

  /** Counts a document's words in (+1) or out (−1) of the document frequencies. */
  count(positions: Uint32Array, delta: 1 | -1): void {
    if (this.#df.length < this.#terms.length) {
      const size = Math.max(this.#terms.length, this.#df.length * 2);
      const df = new Int32Array(size);
      df.set(this.#df);
      this.#df = df;
      const seen = new Int32Array(size);
      seen.set(this.#seen);
      this.#seen = seen;
    }
    const call = ++this.#calls;
    for (let i = 0; i < positions.length; i++) {
      const id = positions[i] as number;
      if (id === BREAK || this.#seen[id] === call) continue;
      this.#seen[id] = call;
      this.#df[id] = (this.#df[id] as number) + delta;
    }
  }

  /** Documents containing any of these words (an upper bound when forms overlap in one document). */
  documentFrequency(terms: string[]): number {
    let n = 0;
    for (const term of terms) {
      const id = this.#ids.get(term);
      if (id !== undefined) n += this.#df[id] ?? 0;
    }
    return n;
  }

  /** Ids of every known word starting with one of `prefixes` (a scan: only for prefix searches). */
  withPrefix(prefixes: string[]): Set<number> {
    const ids = new Set<number>();
    for (let i = 1; i < this.#terms.length; i++) {
      const term = this.#terms[i] as string;
      if (prefixes.some((p) => term.startsWith(p))) ids.add(i);
    }
    return ids;
  }

  get size(): number {
    return this.#terms.length;
  }

  /** A copy: the words as they are now, for saving beside a snapshot taken now. */
  toJSON(): string[] {
    return this.#terms.slice();
  }
}

/** The folded words of `text` with BREAK wherever a line break separates two words. */
function appendWords(dictionary: TermDictionary, text: string, out: number[]): string[] {
  const folded = fold(text);
  const tokens = tokenize(folded);
  const words: string[] = [];
  tokens.forEach((token, i) => {
    if (i > 0 && folded.slice((tokens[i - 1] as { end: number }).end, token.start).includes('\n')) out.push(BREAK);
    out.push(dictionary.intern(token.term));
    words.push(token.term);
  });
  return words;
}

/** Words for MiniSearch and the id sequence for phrases, from one pass over the document. */
export function documentWords(dictionary: TermDictionary, title: string, text: string) {
  const sequence: number[] = [];
  const titleWords = appendWords(dictionary, title, sequence);
  sequence.push(BREAK);
  const textWords = appendWords(dictionary, text, sequence);
  return { titleWords, textWords, positions: Uint32Array.from(sequence) };
}

/** The forms a query word may take in the text (see clitics.ts): itself, or a clitic + its core. */
export function wordForms(term: string, clitics: boolean): string[] {
  if (!clitics || !isArabicTerm(term)) return [term];
  const core = queryCore(term);
  const forms = new Set([term, core]);
  if (core.length >= 2) for (const p of CLITIC_PREFIXES) forms.add(p + core);
  return [...forms];
}

/** Membership of word ids as a byte per known word: a typed-array read per position is what keeps checking thousands of documents fast. */
type IdSet = Uint8Array;

/** Up to this many ids, the anchor word is found with indexOf (native, ~3× a table scan). */
const MAX_ANCHOR_IDS = 4;

export interface PositionalClause {
  negated: boolean;
  words: IdSet[];
  /** The clause word to look for first (its rarest), and its ids when there are few. */
  anchor: number;
  anchorIds: number[] | null;
}

function idSet(size: number, ids: Iterable<number>): IdSet {
  const set = new Uint8Array(size);
  for (const id of ids) set[id] = 1;
  return set;
}

/** Each clause word as the set of word ids it accepts. */
export function positionalQuery(query: ParsedQuery, clitics: boolean, dictionary: TermDictionary): PositionalClause[] {
  const size = dictionary.size;
  return query.clauses.map((clause: Clause) => {
    const last = clause.terms.length - 1;
    let anchor = 0;
    let anchorIds: number[] | null = null;
    let rarest = Number.POSITIVE_INFINITY;
    const words = clause.terms.map((term, k) => {
      const forms = wordForms(term, clitics);
      if (clause.prefix && k === last) return idSet(size, dictionary.withPrefix(forms));
      const ids: number[] = [];
      for (const form of forms) {
        const id = dictionary.get(form);
        if (id !== undefined) ids.push(id);
      }
      const frequency = dictionary.documentFrequency(forms);
      if (ids.length <= MAX_ANCHOR_IDS && frequency < rarest) {
        rarest = frequency;
        anchor = k;
        anchorIds = ids;
      }
      return idSet(size, ids);
    });
    return { negated: clause.negated, words, anchor, anchorIds };
  });
}

/** Whether the clause's words stand in order with word `anchor` at position `at`. */
function alignedAt(positions: Uint32Array, words: IdSet[], anchor: number, at: number): boolean {
  const start = at - anchor;
  if (start < 0 || start + words.length > positions.length) return false;
  for (let k = 0; k < words.length; k++) {
    if ((words[k] as IdSet)[positions[start + k] as number] !== 1) return false;
  }
  return true;
}

function occurs(positions: Uint32Array, clause: PositionalClause): boolean {
  const { words, anchor, anchorIds } = clause;
  if (anchorIds) {
    for (const id of anchorIds) {
      for (let p = positions.indexOf(id); p >= 0; p = positions.indexOf(id, p + 1)) {
        if (alignedAt(positions, words, anchor, p)) return true;
      }
    }
    return false;
  }
  const first = words[0] as IdSet;
  const end = positions.length - words.length;
  for (let p = 0; p <= end; p++) {
    if (first[positions[p] as number] === 1 && alignedAt(positions, words, 0, p)) return true;
  }
  return false;
}

/** Whether a document's word sequence satisfies every clause. */
export function satisfies(positions: Uint32Array, clauses: PositionalClause[]): boolean {
  for (const clause of clauses) {
    if (occurs(positions, clause) === clause.negated) return false;
  }
  return true;
}
