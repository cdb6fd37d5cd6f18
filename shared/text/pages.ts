import { codedText } from '../error-text';

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

/** Why a page map does not fit a text, or null when it does (one start per page, in order, inside the text). */
export function pagesIssue(text: string, pages: readonly number[]): ReturnType<typeof codedText> | null {
  if (pages.length === 0) return codedText('errors.pages.none');
  if (pages[0] !== 0) return codedText('errors.pages.firstStart', { offset: 0 });
  for (let i = 1; i < pages.length; i++) {
    const start = pages[i] as number;
    if (start < (pages[i - 1] as number)) return codedText('errors.pages.before', { page: i + 1, previous: i });
    if (start > text.length) return codedText('errors.pages.pastEnd', { page: i + 1 });
  }
  return null;
}

/** `pagesIssue` in English. */
export function pagesProblem(text: string, pages: readonly number[]): string | null {
  return pagesIssue(text, pages)?.text ?? null;
}
