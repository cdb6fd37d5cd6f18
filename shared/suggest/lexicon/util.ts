import { foldWord } from '../fold';

/** A set of folded words, so entries may be written with hamzas, diacritics and tatweel. */
export function foldedSet(words: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const w of words) set.add(foldWord(w));
  return set;
}

export function foldedMap<V>(entries: Iterable<readonly [string, V]>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [k, v] of entries) map.set(foldWord(k), v);
  return map;
}

export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}
