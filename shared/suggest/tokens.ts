/** A token of the folded text. Offsets are folded offsets. */
export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  /** word, number, punctuation, or line break (a paragraph boundary). */
  kind: 'word' | 'number' | 'punct' | 'newline';
  /** Only for words: written in Arabic script. */
  arabic: boolean;
  /** Only for Latin words: starts with a capital letter. */
  capitalized: boolean;
}

// Words keep inner apostrophes and hyphens between letters (O'Connell, al-Sisi, forty-eight);
// numbers keep inner separators between digits (1,200 · 7.6 · 8٫5 · 1٬200).
// Arabic and Latin letters never join into one word (وArticle → و + Article).
const TOKEN =
  /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF]+|(?:(?![\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF])[\p{L}\p{M}])+(?:['’\-](?:(?![\u0600-\u06FF])[\p{L}\p{M}])+)*|\d+(?:[.,\u066B\u066C]\d+)*|\n|[^\s]/gu;
const ARABIC = /[\u0600-\u06FF]/;
const UPPER = /\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index;
    const first = t.charCodeAt(0);
    const kind: Token['kind'] = t === '\n' ? 'newline' : first >= 48 && first <= 57 ? 'number' : /[\p{L}\p{M}]/u.test(t[0] as string) ? 'word' : 'punct';
    const arabic = kind === 'word' && ARABIC.test(t[0] as string);
    tokens.push({
      index: tokens.length,
      start,
      end: start + t.length,
      text: t,
      kind,
      arabic,
      capitalized: kind === 'word' && !arabic && UPPER.test(t[0] as string),
    });
  }
  return tokens;
}

/** True when nothing but spaces or tabs separates the two offsets (no line break). */
export function adjacent(text: string, end: number, start: number): boolean {
  for (let i = end; i < start; i++) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '\t') return false;
  }
  return true;
}
