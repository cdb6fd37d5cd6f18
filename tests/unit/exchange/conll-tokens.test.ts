import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Document } from '../../../shared/domain/document';
import { conllDocument } from '../../../shared/exchange/conll';
import { AnnotationFilter } from '../../../shared/exchange/filter';
import { exportDocument } from '../../../shared/exchange/record';
import { type Token, tokenizeLines } from '../../../shared/exchange/tokens';
import { makeAnnotation } from '../../helpers/annotation-fixtures';

/**
 * The CoNLL export's tokens are defined as Intl.Segmenter's word segments (white space left
 * out, cut where an annotation starts or ends inside one). The tokenizer skips the segmenter
 * where it can, for speed; these tests hold it to that definition, written here the plain way.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
function byDefinition(text: string, cuts: number[]): Token[][] {
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const lines: Token[][] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const tokens: Token[] = [];
    for (const seg of segmenter.segment(line)) {
      if (/^\s+$/u.test(seg.segment)) continue;
      let start = lineStart + seg.index;
      const end = start + seg.segment.length;
      for (const cut of sorted) if (cut > start && cut < end) (tokens.push({ start, end: cut }), (start = cut));
      tokens.push({ start, end });
    }
    if (tokens.length > 0) lines.push(tokens);
    lineStart += line.length + 1;
  }
  return lines;
}

/** Arabic with diacritics and tatweel, clitics, emoji (skin tone, ZWJ family, flag), numbers in both digit sets, mixed punctuation. */
const TEXT = [
  'قال 😀 المتحدثُ الرسميّ، محمد الأحمد: «الوضع تحت السيطرة» بحسب البيان.',
  'وأضاف أن 1,200 شخص و٣٫٥ مليون 👍🏽 نزحوا (حتى الآن)... إنه “خطيرٌ جداً”!',
  "وخالد قالـــت 👨‍👩‍👧 إن 4.5% من U.S. السكان 🇵🇸 لم يُحصَوا؟ don't  \u064Eنعم\u00A0لا",
  '',
  'Email: a_b@example.org — 12:30 — #وسم والوزير، ١٢٠٠ مصاباً.',
].join('\n');

function fixtureDocument(): Document {
  const at = (needle: string, from = 0) => TEXT.indexOf(needle, from);
  const span = (type: Annotation['type'], needle: string, id: string, offset = 0, length = needle.length) => {
    const start = at(needle) + offset;
    return makeAnnotation(TEXT, type, start, start + length, { id });
  };
  const annotations = [
    span('speaker', 'محمد الأحمد', 's1'),
    span('quote', '«الوضع تحت السيطرة»', 'q1'),
    span('figure', '1,200 شخص', 'f1'),
    span('figure', '٣٫٥ مليون', 'f2', 1),
    span('speaker', 'خالد', 's2'),
    span('quote', '4.5% من U.S. السكان 🇵🇸', 'q2'),
    span('quote', 'من U.S.', 'q3'),
    span('figure', '4.5%', 'f3'),
    span('speaker', 'الوزير', 's3'),
    span('figure', '👍🏽', 'f4'),
  ];
  return {
    id: 'd1',
    title: 'خبر\tتجريبي',
    lang: 'ar',
    dir: 'rtl',
    source: { outlet: '', url: '', publishedAt: '', author: '' },
    contentHash: 'x',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    revision: 1,
    text: TEXT,
    annotations,
    regions: [],
    links: [],
    rejectedSuggestions: [],
  } as Document;
}

describe('CoNLL tokens', () => {
  it('an Arabic + emoji document exports byte for byte as it always has', async () => {
    const exported = exportDocument(fixtureDocument(), AnnotationFilter.parse({}));
    const expected = await readFile(join(import.meta.dirname, 'fixtures', 'arabic-emoji.conll'), 'utf8');
    expect(conllDocument(exported as NonNullable<typeof exported>)).toBe(expected);
  });

  it('are the word segments of the text, cut at the annotations, on that document', () => {
    const cuts = fixtureDocument().annotations.flatMap((a) => [a.start, a.end]);
    expect(tokenizeLines(TEXT, cuts)).toEqual(byDefinition(TEXT, cuts));
  });

  it('are the word segments for every Latin, Arabic and punctuation character beside every kind of neighbour', () => {
    const chars: string[] = [];
    for (const [from, to] of [
      [0x20, 0x7e],
      [0xa0, 0xff],
      [0x600, 0x6ff],
      [0x2010, 0x2027],
    ] as const)
      for (let c = from; c <= to; c++) chars.push(String.fromCharCode(c));
    // One or more of each word-break class (letters, digits of both sets, marks, tatweel, each
    // kind of punctuation, emoji parts, format characters, spaces, scripts cut by dictionary).
    const neighbours = [
      ...'aZ5é_بـ٣۵٫٬.,،:;\'’"«(-%',
      '\u064e',
      '\u0670',
      '😀',
      '🏽',
      '\u200d',
      '\ufe0f',
      '\u200f',
      '\u00a0',
      '\u3000',
      '\t',
      ' ',
      '中',
      'ก',
      'א',
      '©',
      'Ⓜ',
    ];
    // Lines are tokenized independently, so every combination goes on a line of its own in one text.
    const lines = chars.flatMap((a) => neighbours.flatMap((b) => [`${a}${b} ${b}${a}`, `${a}${a}${b}${a} ${b}${a}${b}`]));
    const text = lines.join('\n');
    const ours = tokenizeLines(text, []);
    const defined = byDefinition(text, []);
    const differ = defined.flatMap((tokens, i) =>
      JSON.stringify(tokens) === JSON.stringify(ours[i]) ? [] : [text.slice(tokens[0]?.start, tokens.at(-1)?.end)],
    );
    expect(differ).toEqual([]);
  });

  it('are the word segments on random mixed text, cut at random annotations', () => {
    const alphabet = [
      ...'قالمحدثوخيرنعهةىئءأإآـ',
      '\u064e',
      '\u0650',
      '\u0651',
      '\u0670',
      ...'٠١٢٫٬،؛؟',
      ...'abcXYZ0123456789',
      ...'.,:;\'’"“”«»()!?-_/%@#$',
      ' ',
      ' ',
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u3000',
      '\u200c',
      '\u200f',
      '😀',
      '👍',
      '🏽',
      '\u200d',
      '\ufe0f',
      '👨',
      '🇵',
      '🇸',
      '©',
      'Ⓜ',
      '中',
      'ก',
      'א',
    ];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const differ: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: 1 + random(40) }, () => alphabet[random(alphabet.length)]).join('');
      const cuts = Array.from({ length: random(4) }, () => random(text.length + 1));
      if (JSON.stringify(tokenizeLines(text, cuts)) !== JSON.stringify(byDefinition(text, cuts))) differ.push(text);
    }
    expect(differ).toEqual([]);
  });
});
