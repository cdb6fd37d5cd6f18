import MiniSearch, { type Options, type Query } from 'minisearch';
import { cliticStems, queryCore } from '../../../shared/search/clitics';
import type { Clause, ParsedQuery } from '../../../shared/search/query';
import { isArabicTerm, terms } from '../../../shared/search/tokens';

/** What MiniSearch stores per document: words already folded by our own normalizer. */
export interface IndexedDocument {
  id: string;
  title: string;
  text: string;
  /** Arabic words without their attached clitics, consulted only when the user asks for it. */
  stems: string;
}

const splitWords = (s: string) => (s.length === 0 ? [] : s.split(' '));

/** MiniSearch only sees pre-folded words: no tokenizing or term processing of its own. */
export const INDEX_OPTIONS: Options<IndexedDocument> = {
  idField: 'id',
  fields: ['title', 'text', 'stems'],
  storeFields: [],
  tokenize: splitWords,
  processTerm: (term) => term,
  searchOptions: {
    tokenize: (s) => [s],
    processTerm: (term) => term,
    boost: { title: 2, text: 1, stems: 0.7 },
  },
};

export function createIndex(): MiniSearch<IndexedDocument> {
  return new MiniSearch(INDEX_OPTIONS);
}

export function loadIndex(plain: unknown): MiniSearch<IndexedDocument> {
  return MiniSearch.loadJS(plain as Parameters<typeof MiniSearch.loadJS>[0], INDEX_OPTIONS);
}

export function indexedDocument(doc: { id: string; title: string; text: string }): IndexedDocument {
  const titleWords = terms(doc.title);
  const textWords = terms(doc.text);
  const stems = new Set<string>();
  for (const list of [titleWords, textWords]) {
    for (const word of list) if (isArabicTerm(word)) for (const stem of cliticStems(word)) stems.add(stem);
  }
  return { id: doc.id, title: titleWords.join(' '), text: textWords.join(' '), stems: [...stems].join(' ') };
}

/** Title or text; with clitics on, an Arabic word may also match a stem. Same rule as match.ts. */
function termQuery(term: string, prefix: boolean, clitics: boolean): Query {
  const plain: Query = { queries: [term], fields: ['title', 'text'], prefix };
  if (!clitics || !isArabicTerm(term)) return plain;
  return {
    combineWith: 'OR',
    queries: [plain, { queries: [queryCore(term)], fields: ['title', 'text', 'stems'], prefix }],
  };
}

function clauseQuery(clause: Clause, clitics: boolean): Query {
  const last = clause.terms.length - 1;
  return {
    combineWith: 'AND',
    queries: clause.terms.map((t, k) => termQuery(t, clause.prefix && k === last, clitics)),
  };
}

/**
 * The MiniSearch query for the documents that may match: every positive clause's words
 * present, documents with an excluded single word removed. Word order (phrases) and
 * excluded phrases are checked on the text afterwards.
 */
export function candidateQuery(query: ParsedQuery, clitics: boolean): Query {
  const positive: Query = {
    combineWith: 'AND',
    queries: query.clauses.filter((c) => !c.negated).map((c) => clauseQuery(c, clitics)),
  };
  const excluded = query.clauses.filter((c) => c.negated && c.terms.length === 1);
  if (excluded.length === 0) return positive;
  return { combineWith: 'AND_NOT', queries: [positive, ...excluded.map((c) => clauseQuery(c, clitics))] };
}

/** Whether MiniSearch's answer is exact or the text must confirm word order. */
export function needsVerification(query: ParsedQuery): boolean {
  return query.clauses.some((c) => c.terms.length > 1);
}
