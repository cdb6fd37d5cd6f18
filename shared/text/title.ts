const MAX_TITLE = 120;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A title for text that came without one: its first non-blank line, shortened at a word
 * boundary with an ellipsis. Cut by graphemes, never inside an emoji, a surrogate pair or a
 * letter with its vowel marks, which would leave a broken character in the library list.
 */
export function titleFromText(text: string, max = MAX_TITLE): string {
  const line =
    text
      .split('\n')
      .find((l) => l.trim().length > 0)
      ?.trim() ?? '';
  if (line.length <= max) return line;
  let kept = '';
  for (const { segment } of graphemes.segment(line)) {
    if (kept.length + segment.length > max - 1) break;
    kept += segment;
  }
  // Back to the last space, unless that would throw away most of the line.
  const space = kept.lastIndexOf(' ');
  if (space > max * 0.6) kept = kept.slice(0, space);
  return `${kept.trimEnd()}…`;
}
