/**
 * A small boilerplate finder for OUR TEST FIXTURES ONLY (the real detector belongs to
 * import). A block starts at a line such as "اقرأ أيضاً" or "مقالات مشابهة" and runs over
 * the headline-like lines after it (short, no full stop), so suggestions can be checked
 * to stay out of it.
 */
const MARKERS =
  /^\s*(?:[•·*-]\s*)?(?:ا|إ)?قرأ أيضا|^\s*مقالات مشابهة|^\s*كلمات دلالية|^\s*المصدر\s*:|^\s*أخبار ذات صلة|^\s*Read (?:more|also)\b|^\s*Related\b/u;
const HEADLINE = (line: string) => line.trim().length < 140 && !/[.!?؟]["»”]?\s*$/.test(line.trim());

export function boilerplateRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  const lines = text.split('\n');
  let offset = 0;
  let open: { start: number; end: number } | null = null;
  for (const line of lines) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    if (MARKERS.test(line)) {
      if (!open) open = { start, end };
      else open.end = end;
      continue;
    }
    if (open && (line.trim() === '' || HEADLINE(line) || /^\s*[•·]/.test(line))) {
      if (line.trim() !== '') open.end = end;
      continue;
    }
    if (open) ranges.push(open);
    open = null;
  }
  if (open) ranges.push(open);
  return ranges.filter((r) => r.end > r.start);
}
