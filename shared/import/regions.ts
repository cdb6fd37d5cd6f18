import type { Region } from '../domain/document';
import { type Line, isBullet, isHeadlineLike, splitLines, stripBullet, wordCount } from './lines';
import { REGION_LABELS, type RegionKind, isBoilerplate, matchDateline, matchDatelinePrefix, matchMarker } from './markers';

/** How many link lines a "read also" block may take; related lists run longer. */
const MAX_READ_ALSO_ITEMS = 8;
const MAX_RELATED_ITEMS = 40;
const MAX_TAG_LINES = 40;
const MIN_HEADLINE_LIST = 3;

interface Item {
  line: Line;
  marker: ReturnType<typeof matchMarker>;
  dateline: ReturnType<typeof matchDateline>;
  bullet: boolean;
  headline: boolean;
}

function classify(lines: Line[]): Item[] {
  return lines
    .filter((line) => !line.blank)
    .map((line) => ({
      line,
      marker: matchMarker(line.text),
      dateline: matchDateline(line.text),
      bullet: isBullet(line.text),
      headline: isHeadlineLike(line.text),
    }));
}

function region(items: Item[], from: number, to: number, kind: RegionKind): Region {
  return {
    id: '',
    start: (items[from] as Item).line.start,
    end: (items[to] as Item).line.end,
    kind,
    label: REGION_LABELS[kind],
    excluded: isBoilerplate(kind),
  };
}

/** A headline directly above a dateline is an article's own title, never a related link. */
function isTitleAboveDateline(items: Item[], k: number): boolean {
  const item = items[k] as Item;
  return item.headline && !item.marker && items[k + 1]?.dateline != null;
}

function isShortItem(line: string): boolean {
  const text = stripBullet(line);
  return text.length >= 2 && text.length <= 200 && wordCount(text) <= 30;
}

/** How far a list under a "read also"/"related" heading (or a glued first link) reaches. */
function listEnd(items: Item[], k: number, max: number): number {
  let last = k;
  let taken = (items[k] as Item).marker?.inline ? 1 : 0;
  let bullets: boolean | null = null;
  for (let j = k + 1; j < items.length && taken < max; j++) {
    const item = items[j] as Item;
    if (item.marker || item.dateline || isTitleAboveDateline(items, j)) break;
    // Under a heading, any short bulleted line is a link, even one ending in a full stop.
    if (!(item.bullet ? isShortItem(item.line.text) : item.headline)) break;
    // A list keeps one form: once bullets start, a plain line ends it (it is likely a new title).
    if (bullets !== null && bullets !== item.bullet) break;
    bullets = item.bullet;
    last = j;
    taken++;
  }
  return last;
}

function tagsEnd(items: Item[], k: number): number {
  if ((items[k] as Item).marker?.inline) return k;
  let last = k;
  for (let j = k + 1; j < items.length && j - k <= MAX_TAG_LINES; j++) {
    const item = items[j] as Item;
    const text = item.line.text.trim();
    if (item.marker || item.dateline || text.length > 60 || wordCount(text) > 6 || /[.!?؟]\s*$/u.test(text)) break;
    last = j;
  }
  return last;
}

/**
 * Finds the structure of a scraped page: "read also" and related-article lists, tag lines,
 * source lines, bare lists of headlines, and datelines. Regions cover whole lines, so they
 * can be shown and toggled without splitting a sentence. Offsets are UTF-16 code units.
 */
export function detectRegions(text: string): Region[] {
  const items = classify(splitLines(text));
  const regions: Region[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Item;
    const kind = item.marker?.kind;
    let end = -1;
    if (kind === 'source-line') end = k;
    else if (kind === 'tags') end = tagsEnd(items, k);
    else if (kind === 'read-also') end = listEnd(items, k, MAX_READ_ALSO_ITEMS);
    else if (kind === 'related') end = listEnd(items, k, MAX_RELATED_ITEMS);
    if (kind) {
      regions.push(region(items, k, end, kind));
      k = end;
      continue;
    }
    if (item.dateline) {
      regions.push(region(items, k, k, 'dateline'));
      continue;
    }
    if (item.bullet && item.headline) {
      let last = k;
      while (last + 1 < items.length) {
        const next = items[last + 1] as Item;
        if (!next.bullet || !next.headline || next.marker) break;
        last++;
      }
      if (last - k + 1 >= MIN_HEADLINE_LIST) {
        regions.push(region(items, k, last, 'headline-list'));
        k = last;
      }
    }
  }
  return regions.map((r, i) => ({ ...r, id: `r${i + 1}` }));
}

/**
 * The outlet named by the text: a source line ("المصدر: الأسبوع") first, else a dateline
 * ("غزة (الاتحاد)", "LONDON (Reuters) —") on its own line or opening the first paragraphs.
 */
export function outletIn(text: string, regions: Region[]): string {
  for (const r of regions) {
    if (r.kind !== 'source-line') continue;
    const outlet = matchMarker(text.slice(r.start, r.end))?.outlet;
    if (outlet) return outlet;
  }
  for (const r of regions) {
    if (r.kind !== 'dateline') continue;
    const outlet = matchDateline(text.slice(r.start, r.end))?.outlet;
    if (outlet) return outlet;
  }
  const prose = splitLines(text).filter((l) => !l.blank && !regions.some((r) => l.start >= r.start && l.end <= r.end));
  for (const line of prose.slice(0, 3)) {
    const outlet = matchDatelinePrefix(line.text)?.outlet;
    if (outlet) return outlet;
  }
  return '';
}

export function countBoilerplate(regions: Region[]): number {
  return regions.filter((r) => r.excluded).length;
}

/** How many regions of each kind, e.g. { "read-also": 2, "tags": 1 }, for the import report. */
export function regionKinds(regions: Region[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const r of regions) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
  return kinds;
}
