import { terms } from './tokens';
import { type ErrorMessageId, englishText } from '../error-text';
import type { ErrorValues } from '../errors';

/**
 * One part of a search: a sequence of folded words that must appear next to each other
 * (one word, or a phrase), optionally as a prefix ("وزار*") or excluded ("-غزة").
 */
export interface Clause {
  terms: string[];
  /** The last word may be the start of a longer word. */
  prefix: boolean;
  negated: boolean;
  /** What the user typed, for messages. */
  source: string;
}

export interface ParsedQuery {
  clauses: Clause[];
}

/** A search that cannot run, said in the catalog's words (`messageId`), English in `message`. */
export class QueryError extends Error {
  readonly messageId: ErrorMessageId;
  readonly values?: ErrorValues;
  constructor(id: ErrorMessageId, values?: ErrorValues) {
    super(englishText(id, values));
    this.messageId = id;
    if (values) this.values = values;
  }
}

export const MAX_QUERY_CHARS = 500;
const MAX_CLAUSES = 32;

/** Straight, curly and Arabic/French guillemet quotes all delimit a phrase. */
const OPEN_QUOTES: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };

interface RawPart {
  text: string;
  negated: boolean;
  quoted: boolean;
}

function splitParts(input: string): RawPart[] {
  const parts: RawPart[] = [];
  let i = 0;
  while (i < input.length) {
    while (i < input.length && /\s/u.test(input[i] as string)) i++;
    if (i >= input.length) break;
    let negated = false;
    if (input[i] === '-' && i + 1 < input.length && !/\s/u.test(input[i + 1] as string)) {
      negated = true;
      i++;
    }
    const close = OPEN_QUOTES[input[i] as string];
    if (close !== undefined) {
      // An unclosed quote runs to the end, as in web search engines.
      const end = input.indexOf(close, i + 1) >= 0 ? input.indexOf(close, i + 1) : input.indexOf('"', i + 1);
      const stop = end >= 0 ? end : input.length;
      parts.push({ text: input.slice(i + 1, stop), negated, quoted: true });
      i = stop + 1;
    } else {
      let stop = i;
      while (stop < input.length && !/\s/u.test(input[stop] as string)) stop++;
      parts.push({ text: input.slice(i, stop), negated, quoted: false });
      i = stop;
    }
  }
  return parts;
}

/**
 * Parses what a journalist types: words (all must occur), "quoted phrases" (the words next
 * to each other), word* (prefix) and -word (exclude). A word that folding splits in two
 * ("de-escalation", "75.5") is matched as a phrase.
 */
export function parseQuery(input: string): ParsedQuery {
  const text = input.normalize('NFC');
  if (text.length > MAX_QUERY_CHARS) throw new QueryError('errors.search.queryTooLong', { limit: MAX_QUERY_CHARS });
  const clauses: Clause[] = [];
  for (const part of splitParts(text)) {
    const prefix = !part.quoted && part.text.endsWith('*');
    const words = terms(part.text);
    if (words.length === 0) continue;
    clauses.push({ terms: words, prefix, negated: part.negated, source: part.text });
  }
  if (clauses.length === 0) throw new QueryError('errors.search.noWords');
  if (clauses.every((c) => c.negated)) throw new QueryError('errors.search.allExcluded');
  if (clauses.length > MAX_CLAUSES) throw new QueryError('errors.search.tooManyClauses', { limit: MAX_CLAUSES });
  return { clauses };
}
