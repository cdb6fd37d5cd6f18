/** A stretch of text to leave alone (boilerplate such as "اقرأ أيضاً" blocks). */
export interface ExcludedRange {
  start: number;
  end: number;
}

/**
 * Blanks excluded ranges so no rule can see them or pair quotation marks across them.
 * Line breaks are kept (they are paragraph boundaries) and the length never changes,
 * so offsets stay valid for the original text.
 */
export function maskExcluded(text: string, excluded: readonly ExcludedRange[]): string {
  if (excluded.length === 0) return text;
  const chars = text.split('');
  for (const r of excluded) {
    const end = Math.min(r.end, chars.length);
    for (let i = Math.max(0, r.start); i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
    // An excluded block always ends a paragraph, so nothing continues across it.
    if (r.start > 0 && r.start < chars.length && chars[r.start] === ' ') chars[r.start] = '\n';
  }
  return chars.join('');
}

export function overlapsAny(start: number, end: number, ranges: readonly ExcludedRange[]): boolean {
  return ranges.some((r) => start < r.end && r.start < end);
}
