import { CLITIC_PREFIXES, queryCore } from '../../../shared/search/clitics';
import type { Clause } from '../../../shared/search/query';
import { isArabicTerm, visitWords } from '../../../shared/search/tokens';
import { Words } from './words';

/**
 * Each document is kept as the sequence of its folded words' ids: the postings are built
 * from it, and phrase searches check on it that words stand next to each other, without
 * opening documents.
 */

/** Stands between the title and the text and between paragraphs: a phrase never spans it. */
export const BREAK = 0;
/** Set on the id of a word inside an excluded region (boilerplate), for searches that leave those out. */
export const BOILERPLATE = 0x80000000;
export const ID_MASK = 0x7fffffff;

export class TermDictionary {
  readonly #ids = new Map<string, number>();
  readonly #terms: string[] = [''];
  /** How many documents contain each word, by id. */
  #df = new Int32Array(1024);
  /** Which count() call last saw each word, so a word is counted once per document. */
  #seen = new Int32Array(1024);
  #calls = 0;
  /** Word ids by their first two letters, for prefix searches; built on the first one. */
  #byStart: Map<string, number[]> | null = null;

  static from(terms: readonly string[]): TermDictionary {
    const dictionary = new TermDictionary();
    for (let i = 1; i < terms.length; i++) dictionary.intern(terms[i] as string);
    return dictionary;
  }

  intern(term: string): number {
    let id = this.#ids.get(term);
    if (id === undefined) {
      id = this.#terms.length;
      if (id > ID_MASK) throw new Error('the search index has run out of word ids');
      this.#terms.push(term);
      this.#ids.set(term, id);
      if (this.#byStart) {
        const bucket = this.#byStart.get(term.slice(0, 2));
        if (bucket) bucket.push(id);
        else this.#byStart.set(term.slice(0, 2), [id]);
      }
    }
    return id;
  }

  get(term: string): number | undefined {
    return this.#ids.get(term);
  }

  #grow(): void {
    if (this.#df.length >= this.#terms.length) return;
    const size = Math.max(this.#terms.length, this.#df.length * 2);
    const df = new Int32Array(size);
    df.set(this.#df);
    this.#df = df;
    const seen = new Int32Array(size);
    seen.set(this.#seen);
    this.#seen = seen;
  }

  /** Counts a document's words in (+1) or out (−1) of the document frequencies. */
  count(positions: Uint32Array, delta: 1 | -1): void {
    this.#grow();
    const call = ++this.#calls;
    for (let i = 0; i < positions.length; i++) {
      const id = (positions[i] as number) & ID_MASK;
      if (id === BREAK || this.#seen[id] === call) continue;
      this.#seen[id] = call;
      this.#df[id] = (this.#df[id] as number) + delta;
    }
  }

  /** Replaces every document frequency (counted by the postings when they are built). */
  setFrequencies(df: Uint32Array): void {
    this.#grow();
    this.#df.fill(0);
    this.#df.set(df.subarray(0, Math.min(df.length, this.#df.length)));
  }

  /** Documents containing any of these word ids (an upper bound when forms share documents). */
  frequencyOf(ids: readonly number[]): number {
    let n = 0;
    for (const id of ids) n += this.#df[id] ?? 0;
    return n;
  }

  /** Groups the words by their first two letters for prefix searches (done by the first one otherwise). */
  groupForPrefixes(): Map<string, number[]> {
    if (!this.#byStart) {
      this.#byStart = new Map();
      for (let i = 1; i < this.#terms.length; i++) {
        const start = (this.#terms[i] as string).slice(0, 2);
        const bucket = this.#byStart.get(start);
        if (bucket) bucket.push(i);
        else this.#byStart.set(start, [i]);
      }
    }
    return this.#byStart;
  }

  /** Ids of every known word starting with one of `prefixes`. */
  withPrefix(prefixes: readonly string[]): number[] {
    const byStart = this.groupForPrefixes();
    const ids = new Set<number>();
    for (const prefix of prefixes) {
      // A one-letter prefix has no bucket of its own: every bucket starting with it.
      const buckets =
        prefix.length >= 2 ? [byStart.get(prefix.slice(0, 2)) ?? []] : [...byStart].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v);
      for (const bucket of buckets) for (const id of bucket) if ((this.#terms[id] as string).startsWith(prefix)) ids.add(id);
    }
    return [...ids];
  }

  get size(): number {
    return this.#terms.length;
  }

  /** A copy: the words as they are now, for saving beside word sequences taken now. */
  toJSON(): string[] {
    return this.#terms.slice();
  }
}

/** The forms a query word may take in the text (see clitics.ts): itself, or a clitic + its core. */
export function wordForms(term: string, clitics: boolean): string[] {
  if (!clitics || !isArabicTerm(term)) return [term];
  const core = queryCore(term);
  const forms = new Set([term, core]);
  if (core.length >= 2) for (const p of CLITIC_PREFIXES) forms.add(p + core);
  return [...forms];
}

/** The ids of the known words a query word matches: its forms, or every word starting with one. */
export function wordIds(term: string, prefix: boolean, clitics: boolean, dictionary: TermDictionary): number[] {
  const forms = wordForms(term, clitics);
  if (prefix) return dictionary.withPrefix(forms);
  const ids: number[] = [];
  for (const form of forms) {
    const id = dictionary.get(form);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

export interface DocumentWords {
  /** Title words, BREAK, text words; a BREAK wherever a line break separates two words. */
  positions: Uint32Array;
  /** How many of the positions are the title's. */
  titleWords: number;
}

/**
 * A document's word sequence, read a piece at a time (the generator yields between pieces,
 * so a very long document does not hold up everything else). Words starting inside one of
 * the `excluded` spans carry the BOILERPLATE bit.
 */
export function* documentWords(
  dictionary: TermDictionary,
  title: string,
  text: string,
  excluded: ReadonlyArray<{ start: number; end: number }> = [],
  pieceChars?: number,
): Generator<void, DocumentWords> {
  const out = new Words();
  let inText = false;
  let first = true;
  const visit = (term: string, start: number, lineBreak: boolean) => {
    if (lineBreak && !first) out.push(BREAK);
    first = false;
    let id = dictionary.intern(term);
    if (inText && excluded.some((span) => start >= span.start && start < span.end)) id = (id | BOILERPLATE) >>> 0;
    out.push(id);
  };
  yield* visitWords(title, visit, pieceChars);
  const titleWords = out.length;
  out.push(BREAK);
  inText = true;
  first = true;
  yield* visitWords(text, visit, pieceChars);
  return { positions: out.done(), titleWords };
}

/** Membership of word ids as a byte per known word: a typed-array read per position is what keeps checking thousands of documents fast. */
type IdSet = Uint8Array;

/** Up to this many ids, the anchor word is found with indexOf (native, ~3× a table scan). */
const MAX_ANCHOR_IDS = 8;

export interface PositionalClause {
  negated: boolean;
  words: IdSet[];
  /** The clause word to look for first (its rarest), and the positions' values for it when there are few. */
  anchor: number;
  anchorIds: number[] | null;
  /** ID_MASK reads boilerplate words as any other; all bits keeps them from matching anything. */
  mask: number;
}

/** Each clause word as the set of word ids it accepts; with `skipExcluded`, boilerplate words match nothing. */
export function positionalQuery(
  clauses: readonly Clause[],
  clitics: boolean,
  dictionary: TermDictionary,
  skipExcluded: boolean,
): PositionalClause[] {
  const size = dictionary.size;
  return clauses.map((clause) => {
    const last = clause.terms.length - 1;
    let anchor = 0;
    let anchorIds: number[] | null = null;
    let rarest = Number.POSITIVE_INFINITY;
    const words = clause.terms.map((term, k) => {
      const ids = wordIds(term, clause.prefix && k === last, clitics, dictionary);
      const values = skipExcluded ? ids : ids.flatMap((id) => [id, (id | BOILERPLATE) >>> 0]);
      const frequency = dictionary.frequencyOf(ids);
      if (values.length <= MAX_ANCHOR_IDS && frequency < rarest) {
        rarest = frequency;
        anchor = k;
        anchorIds = values;
      }
      const set = new Uint8Array(size);
      for (const id of ids) set[id] = 1;
      return set;
    });
    return { negated: clause.negated, words, anchor, anchorIds, mask: skipExcluded ? -1 : ID_MASK };
  });
}

/** Whether the clause's words stand in order with word `anchor` at position `at`. */
function alignedAt(positions: Uint32Array, clause: PositionalClause, anchor: number, at: number): boolean {
  const { words, mask } = clause;
  const start = at - anchor;
  if (start < 0 || start + words.length > positions.length) return false;
  for (let k = 0; k < words.length; k++) {
    // With all bits kept, a boilerplate word's value is negative as an int32: in no set.
    if ((words[k] as IdSet)[(positions[start + k] as number) & mask] !== 1) return false;
  }
  return true;
}

function occurs(positions: Uint32Array, clause: PositionalClause): boolean {
  const { words, anchor, anchorIds, mask } = clause;
  if (anchorIds) {
    for (const id of anchorIds) {
      for (let p = positions.indexOf(id); p >= 0; p = positions.indexOf(id, p + 1)) {
        if (alignedAt(positions, clause, anchor, p)) return true;
      }
    }
    return false;
  }
  const first = words[0] as IdSet;
  const end = positions.length - words.length;
  for (let p = 0; p <= end; p++) {
    if (first[(positions[p] as number) & mask] === 1 && alignedAt(positions, clause, 0, p)) return true;
  }
  return false;
}

/** Whether a document's word sequence satisfies every clause. */
export function satisfies(positions: Uint32Array, clauses: readonly PositionalClause[]): boolean {
  for (const clause of clauses) {
    if (occurs(positions, clause) === clause.negated) return false;
  }
  return true;
}
