import MiniSearch, { type Options, type Query } from 'minisearch';
import type { Clause, ParsedQuery } from '../../../shared/search/query';
import { wordForms } from './positions';

/** What MiniSearch stores per document: words already folded by our own normalizer. */
export interface IndexedDocument {
  id: string;
  title: string;
  text: string;
}

const splitWords = (s: string) => (s.length === 0 ? [] : s.split(' '));

/** MiniSearch only sees pre-folded words: no tokenizing or term processing of its own. */
export const INDEX_OPTIONS: Options<IndexedDocument> = {
  idField: 'id',
  fields: ['title', 'text'],
  storeFields: [],
  tokenize: splitWords,
  processTerm: (term) => term,
  searchOptions: {
    tokenize: (s) => [s],
    processTerm: (term) => term,
    boost: { title: 2, text: 1 },
  },
};

export function createIndex(): MiniSearch<IndexedDocument> {
  return new MiniSearch(INDEX_OPTIONS);
}

export function loadIndex(plain: unknown): MiniSearch<IndexedDocument> {
  return MiniSearch.loadJS(plain as Parameters<typeof MiniSearch.loadJS>[0], INDEX_OPTIONS);
}

export function indexedDocument(id: string, titleWords: string[], textWords: string[]): IndexedDocument {
  return { id, title: titleWords.join(' '), text: textWords.join(' ') };
}

/**
 * One query word in title or text. With clitics on, an Arabic word also matches each form
 * with attached و/ف/ب/ل/ال: a handful of exact lookups instead of a second index of stems.
 */
function termQuery(term: string, prefix: boolean, clitics: boolean): Query {
  const forms = wordForms(term, clitics);
  if (forms.length === 1) return { queries: forms, fields: ['title', 'text'], prefix };
  return { combineWith: 'OR', queries: forms.map((form) => ({ queries: [form], fields: ['title', 'text'], prefix })) };
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

/** Whether MiniSearch's answer is exact or word order must be checked. */
export function needsVerification(query: ParsedQuery): boolean {
  return query.clauses.some((c) => c.terms.length > 1);
}
