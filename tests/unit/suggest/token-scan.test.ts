import { describe, expect, it } from 'vitest';
import { codeUnitTable, SPACE } from '../../../shared/suggest/code-units';
import { TOKEN_PATTERN, tokenEnd } from '../../../shared/suggest/token-scan';
import { tokenize } from '../../../shared/suggest/tokens';

/** Where the written rule ends the token at `start`: a sticky match of TOKEN_PATTERN. */
function byPattern(text: string, start: number): number {
  TOKEN_PATTERN.lastIndex = start;
  if (!TOKEN_PATTERN.test(text)) throw new Error(`no token at ${start} in ${JSON.stringify(text)}`);
  return TOKEN_PATTERN.lastIndex;
}

/** Positions where the two disagree, walking the text token by token as tokenize does. */
function differences(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (SPACE[text.charCodeAt(i)] === 1 && text[i] !== '\n') {
      i++;
      continue;
    }
    const expected = byPattern(text, i);
    const found = tokenEnd(text, i);
    if (found !== expected) out.push(`${JSON.stringify(text.slice(Math.max(0, i - 3), expected + 3))} at ${i}: ${found}, not ${expected}`);
    i = expected;
  }
  return out;
}

describe('the token scanner ends tokens where the written rule does', () => {
  it('on words, names, numbers, marks and mixed scripts as news text writes them', () => {
    for (const text of [
      "O'Connell and al-Sisi said forty-eight: 1,200 · 7.6 · 8٫5 · 1٬200 — 3.",
      'وقال المتحدث باسم الوزارة إن ٧٥ «شخصاً» وArticle 5 فقط؛ هل؟',
      'Zoë Ångström naïve café 中文 日本語 한국어 हिन्दी',
      "rock'n'roll ends' 'quoted' - dash -- x-1 1-x 1.2.3 1..2 ,5 5, 𝐀𝐁c 😀x\ud800y",
    ])
      expect(differences(text)).toEqual([]);
  });

  it('on every UTF-16 code unit, alone and between letters or digits', () => {
    const found: string[] = [];
    for (let from = 0; from < 0x10000; from += 4096) {
      let text = '';
      for (let c = from; c < from + 4096; c++) {
        const ch = String.fromCharCode(c);
        text += `a${ch}b 1${ch}2 ب${ch}ت ${ch}${ch} `;
      }
      found.push(...differences(text));
    }
    expect(found).toEqual([]);
  });

  it('gives the tokens their kind, script and capital from the same tables', () => {
    const kinds = tokenize('Ahmed قال: 12 ✓ é').map((t) => [t.text, t.kind, t.arabic, t.capitalized]);
    expect(kinds).toEqual([
      ['Ahmed', 'word', false, true],
      ['قال', 'word', true, false],
      [':', 'punct', false, false],
      ['12', 'number', false, false],
      ['✓', 'punct', false, false],
      ['é', 'word', false, false],
    ]);
    const upper = codeUnitTable(/\p{Lu}/u);
    expect([upper['É'.charCodeAt(0)], upper['é'.charCodeAt(0)], upper[0xd835]]).toEqual([1, 0, 0]);
  });
});
