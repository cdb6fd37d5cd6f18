import type { Region } from '../domain/document';
import { type Line, isHeadlineLike, splitLines } from './lines';
import { outletIn } from './regions';
import { cutAtGrapheme } from '../text/graphemes';

/** Each article of a run-together page must carry at least this much prose of its own. */
export const MIN_ARTICLE_PROSE = 200;

export interface ArticleSpan {
  /** UTF-16 offsets of the article in the text it was found in. */
  start: number;
  end: number;
  /** The article's headline when one can be seen (a title line above a dateline), else ''. */
  title: string;
  outlet: string;
  /** The article's first line of prose, shortened: how the user recognises it in the offer. */
  excerpt: string;
}

export interface SplitSuggestion {
  /** Where each article after the first begins (line starts), in UTF-16 code units. */
  at: number[];
  articles: ArticleSpan[];
}

interface Item {
  line: Line;
  region: Region | undefined;
}

function itemsOf(text: string, regions: Region[]): Item[] {
  return splitLines(text)
    .filter((l) => !l.blank)
    .map((line) => ({ line, region: regions.find((r) => line.start >= r.start && line.end <= r.end) }));
}

function prose(items: Item[], from: number, to: number): number {
  let chars = 0;
  for (let k = from; k < to; k++) {
    const item = items[k] as Item;
    if (!item.region) chars += item.line.text.trim().length;
  }
  return chars;
}

/**
 * Where a new article starts: after a page's closing boilerplate (a source line or tag line
 * followed by more prose), or at a headline standing above a dateline further down the page.
 */
function candidates(items: Item[]): number[] {
  const found = new Set<number>();
  for (let k = 1; k < items.length; k++) {
    const item = items[k] as Item;
    if (!item.region && (items[k - 1] as Item).region) {
      let closing = false;
      for (let j = k - 1; j >= 0 && (items[j] as Item).region; j--) {
        const kind = (items[j] as Item).region?.kind;
        if (kind === 'tags' || kind === 'source-line') closing = true;
      }
      if (closing) found.add(k);
    }
    if (item.region?.kind === 'dateline') {
      const above = items[k - 1] as Item;
      found.add(!above.region && isHeadlineLike(above.line.text) ? k - 1 : k);
    }
  }
  return [...found].sort((a, b) => a - b);
}

function titleOf(text: string, items: Item[], from: number, to: number): string {
  for (let k = from; k < to; k++) {
    const item = items[k] as Item;
    if (item.region?.kind === 'dateline' && k > from) {
      const above = items[k - 1] as Item;
      if (!above.region && isHeadlineLike(above.line.text)) return above.line.text.trim();
    }
  }
  const first = items.slice(from, to).find((i) => !i.region);
  return first && isHeadlineLike(first.line.text) ? first.line.text.trim() : '';
}

/**
 * Splits a page into the articles run together in it. One article means nothing to split.
 * Regions are those of `detectRegions(text)` (or the user's edited copy).
 */
export function detectArticles(text: string, regions: Region[]): ArticleSpan[] {
  const items = itemsOf(text, regions);
  if (items.length === 0) return [];
  const starts = [0];
  for (const c of candidates(items)) {
    const last = starts[starts.length - 1] as number;
    if (c > last && prose(items, last, c) >= MIN_ARTICLE_PROSE && prose(items, c, items.length) >= MIN_ARTICLE_PROSE) {
      starts.push(c);
    }
  }
  // The last article must stand on its own too; otherwise it stays with the one before.
  while (starts.length > 1 && prose(items, starts[starts.length - 1] as number, items.length) < MIN_ARTICLE_PROSE) starts.pop();
  return starts.map((from, i) => {
    const to = starts[i + 1] ?? items.length;
    const start = (items[from] as Item).line.start;
    const end = (items[to - 1] as Item).line.end;
    const inside = regions
      .filter((r) => r.start >= start && r.end <= end)
      .map((r) => ({ ...r, start: r.start - start, end: r.end - start }));
    const firstProse =
      items
        .slice(from, to)
        .find((i) => !i.region)
        ?.line.text.trim() ?? '';
    const excerpt = firstProse.length > 140 ? `${cutAtGrapheme(firstProse, 139)}…` : firstProse;
    return { start, end, title: titleOf(text, items, from, to), outlet: outletIn(text.slice(start, end), inside), excerpt };
  });
}

export function suggestSplit(text: string, regions: Region[]): SplitSuggestion | null {
  const articles = detectArticles(text, regions);
  if (articles.length < 2) return null;
  return { at: articles.slice(1).map((a) => a.start), articles };
}
