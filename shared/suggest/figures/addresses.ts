// Web and mail addresses in a text, whose digits are no figures (traps.ts blocks them).
import { SPACE } from '../code-units';

const URL_OR_EMAIL = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|\S*[A-Za-z]\S*\/\S+|\S+\/\S*[A-Za-z]\S*/g;

export interface AddressMatch {
  index: number;
  text: string;
}

/**
 * What `text.matchAll(URL_OR_EMAIL)` finds, in the same order. The pattern matches only
 * non-space characters and every alternative needs a slash, an at sign or "www.", so it can
 * only match inside a run of non-space characters holding one of them: only those runs are
 * searched. Searching the whole text tried the pattern's backtracking alternatives at every
 * letter of every word, a few per cent of the engine's time on an English article.
 */
export function addressMatches(text: string): AddressMatch[] {
  const found: AddressMatch[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && SPACE[text.charCodeAt(i)] === 1) i++;
    const start = i;
    let candidate = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (SPACE[c] === 1) break;
      if (c === 0x2f || c === 0x40 || (c === 0x77 && text.startsWith('www.', i))) candidate = true;
    }
    if (!candidate) continue;
    for (const m of text.slice(start, i).matchAll(URL_OR_EMAIL)) found.push({ index: start + m.index, text: m[0] });
  }
  return found;
}
