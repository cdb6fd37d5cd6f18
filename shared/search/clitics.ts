import { isArabicTerm } from './tokens';

/**
 * Attached Arabic clitics written as part of the word: an optional conjunction (و، ف), then
 * an optional preposition (ب، ل) and/or the article (ال). ل + ال is written لل. All strings
 * are folded (see fold.ts), which leaves these letters unchanged.
 */
const CONJUNCTIONS = ['', 'و', 'ف'];
const ATTACHED = ['', 'ب', 'ل', 'ال', 'بال', 'لل'];

export const CLITIC_PREFIXES: readonly string[] = CONJUNCTIONS.flatMap((c) => ATTACHED.map((a) => c + a)).filter((p) => p.length > 0);

/** A stem keeps at least this many letters, so short words are not stripped to nothing. */
const MIN_STEM = 2;

/**
 * Every way the folded word could be a stem with clitics in front of it ("وبالخارجيه" →
 * "بالخارجيه", "الخارجيه", "خارجيه"). Over-generates on purpose (ولد → لد): the stems are
 * only consulted when the user asks for clitic matching.
 */
export function cliticStems(term: string): string[] {
  if (!isArabicTerm(term)) return [];
  const stems: string[] = [];
  for (const prefix of CLITIC_PREFIXES) {
    if (term.length - prefix.length >= MIN_STEM && term.startsWith(prefix)) {
      const stem = term.slice(prefix.length);
      if (!stems.includes(stem)) stems.push(stem);
    }
  }
  return stems;
}

/**
 * What a query word is matched against when clitics are on: the word without its article,
 * since "الخارجية" should find "وبالخارجية" and "للخارجية" alike. Only the article is
 * removed: stripping و or ب from the query itself would turn names like "بلينكن" into
 * other words.
 */
export function queryCore(term: string): string {
  if (isArabicTerm(term) && term.startsWith('ال') && term.length - 2 >= MIN_STEM) return term.slice(2);
  return term;
}

/**
 * A test for folded words of the text against one folded query word under clitic matching,
 * prepared once per query. A stem is the word's end, so a word that does not end with (or,
 * for a prefix, contain) the query's core is turned away before its stems are listed.
 */
export function cliticMatcher(queryTerm: string, prefix: boolean): (token: string) => boolean {
  const core = queryCore(queryTerm);
  if (prefix) {
    return (token) => {
      if (token.startsWith(queryTerm) || token.startsWith(core)) return true;
      if (!token.includes(core) || !isArabicTerm(token)) return false;
      return cliticStems(token).some((stem) => stem.startsWith(core));
    };
  }
  return (token) => {
    if (token === queryTerm || token === core) return true;
    if (!token.endsWith(core) || !isArabicTerm(token)) return false;
    return cliticStems(token).some((stem) => stem === core);
  };
}

/** Whether a folded word of the text matches a folded query word under clitic matching. */
export function matchesWithClitics(token: string, queryTerm: string, prefix: boolean): boolean {
  return cliticMatcher(queryTerm, prefix)(token);
}
