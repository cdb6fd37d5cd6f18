import { lower, type Token } from '../tokens';

// "one" as a count in English: alone it is a pronoun far more often than a figure (recognize.ts asks these).

const APPROXIMATORS_OF_ONE =
  /\b(at least|more than|fewer than|less than|only|just|not even|not a single|exactly|precisely|nearly|almost) $/i;
const ONE_AFTER = new Set(['to', 'for', 'with', 'in', 'on', 'than', 'within', 'under', 'over', 'roughly', 'fix', 'spend']);
const ONE_IDIOMS = new Set([
  'day',
  'time',
  'way',
  'thing',
  'point',
  'side',
  'hand',
  'end',
  'moment',
  'stage',
  'another',
  'piece',
  'the',
  'and',
  'who',
  'which',
  'that',
  'more',
  'less',
  'other',
  'roof',
]);

/** "at least one", "not a single one": an approximator before "one" makes it a count. */
export function approximatedOne(text: string, one: Token): boolean {
  return APPROXIMATORS_OF_ONE.test(text.slice(Math.max(0, one.start - 14), one.start));
}

/**
 * "pleaded guilty to one count", "a bond with one surety": a lower-case "one" after a
 * preposition, before the noun it counts, is a count (the dev writers mark these; "One
 * worker said" opening a sentence, "at one point", "one day" are not).
 */
export function oneCounting(tokens: Token[], i: number, lang: 'ar' | 'en'): boolean {
  const t = tokens[i] as Token;
  const prev = lower(tokens[i - 1]);
  const noun = tokens[i + 1];
  // "… and one count of fraud": after "and", only a noun with its "of" (not "and one decision changes").
  const andOneOf = prev === 'and' && tokens[i + 2]?.lower === 'of';
  if (lang !== 'en' || t.text !== 'one' || !(ONE_AFTER.has(prev) || andOneOf)) return false;
  // The counted noun is singular here, so countedNoun (which wants a plural) cannot judge it.
  return !!noun && noun.kind === 'word' && /^[a-z]{3,}$/.test(noun.text) && !ONE_IDIOMS.has(noun.text) && !/(s|ly|ed|ing)$/.test(noun.text);
}
