const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The longest start of `text` of at most `maxUnits` UTF-16 code units that ends between two
 * graphemes, so a cut never splits an emoji (half a surrogate pair is not text, and
 * encodeURIComponent throws on it), a flag, or a letter from its marks (Arabic harakat).
 */
export function cutAtGrapheme(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > maxUnits) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** `text` with any lone surrogate replaced by U+FFFD, safe to encode (URLs, headers, UTF-8). */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
