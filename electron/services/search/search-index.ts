import type { Query } from 'minisearch';
import type { Clause, ParsedQuery } from '../../../shared/search/query';
import type { IndexedDocument } from './corpus-index';
import { wordForms } from './positions';

export function indexedDocument(id: string, titleWords: string[], textWords: string[]): IndexedDocument {
  return { id, title: titleWords.join(' '), text: textWords.join(' ') };
}

/**
 * One query word in title or text. With clitics on, an Arabic word also matches each form
 * with attached و/ف/ب/ل/ال: a handful of exact lookups instead of a second index of stems.
 */
function termQuery(term: string, prefix: boolean, clitics: boolean, known: (form: string) => boolean): Query {
  // Forms no document contains cost a lookup each and can never match.
  const all = wordForms(term, clitics);
  const forms = prefix || all.length === 1 ? all : all.filter(known);
  if (forms.length === 0) return { queries: [term], fields: ['title', 'text'] };
  if (forms.length === 1) return { queries: forms, fields: ['title', 'text'], prefix };
  return { combineWith: 'OR', queries: forms.map((form) => ({ queries: [form], fields: ['title', 'text'], prefix })) };
}

function clauseQuery(clause: Clause, clitics: boolean, skip: (term: string) => boolean, known: (form: string) => boolean): Query | null {
  const last = clause.terms.length - 1;
  const queries = clause.terms
    .map((t, k) => ({ t, prefix: clause.prefix && k === last }))
    .filter(({ t, prefix }) => prefix || !skip(t))
    .map(({ t, prefix }) => termQuery(t, prefix, clitics, known));
  return queries.length > 0 ? { combineWith: 'AND', queries } : null;
}

export interface CandidatePlan {
  query: Query;
  /**
   * What MiniSearch's answer leaves open, to check per candidate: positive words left out
   * as too common (any of their forms must be in the document), and phrases (word order).
   */
  unchecked: { words: Clause[]; phrases: Clause[] };
}

/**
 * The MiniSearch query for the documents that may match: every positive clause's words
 * present, documents with an excluded single word removed. Words found in a large share of
 * the corpus ("قال", "the") are left to a membership check when rarer words narrow the
 * search, since intersecting their long posting lists is most of a query's cost.
 */
export function candidatePlan(
  query: ParsedQuery,
  clitics: boolean,
  frequency: (term: string) => number = () => 0,
  common = Number.POSITIVE_INFINITY,
  known: (form: string) => boolean = () => true,
): CandidatePlan {
  const positives = query.clauses.filter((c) => !c.negated);
  // Whole words of positive clauses (a prefix word is always kept: its frequency is unknown).
  const words = positives.flatMap((c) => c.terms.filter((_, k) => !(c.prefix && k === c.terms.length - 1)));
  const hasPrefix = positives.some((c) => c.prefix);
  let keep = new Set(words.filter((t) => frequency(t) <= common));
  if (keep.size === 0 && !hasPrefix && words.length > 0) {
    // Every word is common: MiniSearch intersects on the rarest, the check does the rest.
    keep = new Set([words.reduce((a, b) => (frequency(b) < frequency(a) ? b : a))]);
  }
  const skip = (t: string) => !keep.has(t);
  const positive: Query = {
    combineWith: 'AND',
    queries: positives.map((c) => clauseQuery(c, clitics, skip, known)).filter((q): q is Query => q !== null),
  };
  const unchecked = {
    words: positives.filter((c) => c.terms.length === 1 && !c.prefix && skip(c.terms[0] as string)),
    phrases: query.clauses.filter((c) => c.terms.length > 1),
  };
  const excluded = query.clauses.filter((c) => c.negated && c.terms.length === 1);
  if (excluded.length === 0) return { query: positive, unchecked };
  return {
    query: { combineWith: 'AND_NOT', queries: [positive, ...excluded.map((c) => clauseQuery(c, clitics, () => false, known) as Query)] },
    unchecked,
  };
}
