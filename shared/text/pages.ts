/**
 * Page numbers of a document made from a PDF. `pages` holds where each page starts (UTF-16
 * code units into the text, non-decreasing); an offset is on the last page starting at or
 * before it, so a page without text (starting where the next one does) is never named.
 */
export function pageAt(pages: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((pages[mid] as number) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found + 1;
}
