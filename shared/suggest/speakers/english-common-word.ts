import type { Entity, Mention } from './coref';

/**
 * "Sometimes, she says, it does not come at all", "Trouble began when …", "Guest of honour, …": a
 * capitalized common word opening a sentence or a line, read as a one-word name. The text itself
 * tells it is no name when it writes the same word in lower case elsewhere ("sometimes", "trouble").
 * Only a mention of one word whose entity was never named in full is judged so; its quotes are then
 * offered without a speaker rather than with a wrong one. `seen` keeps each word's answer for the document.
 */
export function commonWordAsName(text: string, mention: Mention, entity: Entity | undefined, seen: Map<string, boolean>): boolean {
  if (!entity?.isName || entity.nameWords.length !== 1 || mention.phrase.kind !== 'name') return false;
  const word = text.slice(mention.range.start, mention.range.end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const before = text.slice(Math.max(0, mention.range.start - 3), mention.range.start).replace(/[\s'"‘“]+$/u, '');
  if (before !== '' && !/[\n.!?|:]$/u.test(before)) return false;
  const lower = word.toLowerCase();
  const known = seen.get(lower);
  if (known !== undefined) return known;
  let found = false;
  for (let at = text.indexOf(lower); at >= 0 && !found; at = text.indexOf(lower, at + 1))
    found = !/\p{L}/u.test(text[at - 1] ?? ' ') && !/\p{L}/u.test(text[at + lower.length] ?? ' ');
  seen.set(lower, found);
  return found;
}
