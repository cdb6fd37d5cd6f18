import { foldForMatch } from './fold';
import { isHeadlineLike } from './lines';

/** Kinds of structure found in scraped pages. Everything but `dateline` is boilerplate. */
export type RegionKind = 'read-also' | 'related' | 'tags' | 'source-line' | 'headline-list' | 'dateline' | PageRegionKind;
/** Found in PDFs: what repeats at the top or bottom of every page. */
export type PageRegionKind = 'page-header' | 'page-footer' | 'page-number';

export const REGION_LABELS: Record<RegionKind, string> = {
  'read-also': 'Read also · اقرأ أيضاً',
  related: 'Related articles · مقالات ذات صلة',
  tags: 'Tags · كلمات دلالية',
  'source-line': 'Source line · سطر المصدر',
  'headline-list': 'List of headlines · قائمة عناوين',
  dateline: 'Dateline · سطر المكان والوكالة',
  'page-header': 'Running header · ترويسة الصفحة',
  'page-footer': 'Running footer · تذييل الصفحة',
  'page-number': 'Page number · رقم الصفحة',
};

/** Boilerplate is excluded from suggestions and exports unless the user includes it again. */
export function isBoilerplate(kind: string): boolean {
  return kind !== 'dateline';
}

/**
 * Marker phrases, written folded (see fold.ts): hamza-less alef, ي for ى/ی, ه for ة,
 * no tanween. Arabic markers may run straight into the content ("اقرأ أيضاًالرئيس…"),
 * which scrapers produce when they drop the markup between a label and its links.
 */
const ARABIC: Array<[RegionKind, string[]]> = [
  [
    'read-also',
    ['اقرا ايضا', 'اقرا كذلك', 'اقرا المزيد', 'طالع ايضا', 'شاهد ايضا', 'يهمك ايضا', 'قد يهمك', 'ننصحك بقراءه', 'للمزيد اقرا', 'اقرا اكثر'],
  ],
  [
    'related',
    [
      'مقالات مشابهه',
      'مقالات ذات صله',
      'اخبار ذات صله',
      'اخبار متعلقه',
      'اخبار مشابهه',
      'مواضيع ذات صله',
      'موضوعات ذات صله',
      'مواضيع مشابهه',
      'روابط ذات صله',
      'قد يعجبك ايضا',
      'الاكثر قراءه',
      'الاكثر مشاهده',
      'اخترنا لك',
      'المزيد من الاخبار',
    ],
  ],
  ['tags', ['كلمات دلاليه', 'الكلمات الداله', 'الكلمات المفتاحيه', 'كلمات مفتاحيه', 'الوسوم', 'وسوم', 'الكلمات الدلاليه']],
];

const ENGLISH: Array<[RegionKind, string[]]> = [
  ['read-also', ['read also', 'read more', 'also read', 'see also', 'read next', 'more on this', 'more on this story', 'further reading']],
  [
    'related',
    [
      'related',
      'related articles',
      'related stories',
      'related news',
      'related content',
      'related coverage',
      'recommended',
      'recommended for you',
      'recommended stories',
      'you may also like',
      'you might also like',
      'more stories',
      'more from',
      'most read',
      'most popular',
      'trending',
    ],
  ],
  ['tags', ['tags', 'tagged', 'keywords', 'topics', 'filed under']],
];

const SOURCE_ARABIC = /^(?:المصدر|مصدر الخبر|المصدر الاصلي)\s*[:：-]\s*(.+)$/u;
const SOURCE_ENGLISH = /^source\s*[:：]\s*(.+)$/iu;

export interface Marker {
  kind: Exclude<RegionKind, 'headline-list' | 'dateline'>;
  /** Text after the marker on the same line (links or tags), if any. */
  inline: boolean;
  outlet?: string;
}

function sortedByLength(groups: Array<[RegionKind, string[]]>): Array<[RegionKind, string]> {
  return groups
    .flatMap(([kind, phrases]) => phrases.map((p) => [kind, p] as [RegionKind, string]))
    .sort((a, b) => b[1].length - a[1].length);
}

const ARABIC_PHRASES = sortedByLength(ARABIC);
const ENGLISH_PHRASES = sortedByLength(ENGLISH);

function cleanOutlet(raw: string): string | null {
  const outlet = raw.replace(/[.،,;؛]+\s*$/u, '').trim();
  if (outlet.length === 0 || outlet.length > 80 || outlet.split(/\s+/u).length > 8) return null;
  return outlet;
}

/** What marker, if any, a line of a scraped page starts with. */
export function matchMarker(line: string): Marker | null {
  const trimmed = line.trim();
  if (trimmed.length === 0) return null;
  const source = SOURCE_ARABIC.exec(foldSourcePrefix(trimmed)) ?? SOURCE_ENGLISH.exec(trimmed);
  if (source) {
    const outlet = cleanOutlet(source[1] as string);
    if (outlet) return { kind: 'source-line', inline: true, outlet };
  }
  // Markers open a line: folding its first characters is enough, and paragraphs are long.
  const folded = foldForMatch(trimmed.replace(/^[#*•\-–—\s]+/u, '').slice(0, 60));
  for (const [kind, phrase] of ARABIC_PHRASES) {
    if (!folded.startsWith(phrase)) continue;
    const rest = folded.slice(phrase.length);
    // A glued continuation is fine in Arabic, but not one that extends the word itself.
    if (/^[\u0621-\u064A]/u.test(rest) && kind !== 'read-also' && kind !== 'related') continue;
    return { kind: kind as Marker['kind'], inline: rest.replace(/^[\s:：\-–—|»›>]+/u, '').length > 0 };
  }
  for (const [kind, phrase] of ENGLISH_PHRASES) {
    if (!folded.startsWith(phrase)) continue;
    const rest = trimmed.replace(/^[#*•\-–—\s]+/u, '').slice(phrase.length);
    // English prose may begin "Related to this, …": require a label-like ending.
    if (rest.trim().length === 0) return { kind: kind as Marker['kind'], inline: false };
    const labelEnd = /^\s*[:：\-–—|»›>]/u.test(rest) || /^[A-Z"“‘]/u.test(rest);
    // "Read also Biden visits Cairo": a label, a space, then a headline.
    const spacedHeadline = kind === 'read-also' && /^\s+[A-Z"“‘]/u.test(rest) && isHeadlineLike(rest);
    if (labelEnd || spacedHeadline) {
      return { kind: kind as Marker['kind'], inline: rest.replace(/^[\s:：\-–—|»›>]+/u, '').length > 0 };
    }
  }
  return null;
}

/** Source labels need folding only in their first word; the outlet itself keeps its spelling. */
function foldSourcePrefix(line: string): string {
  const colon = line.search(/[:：-]/u);
  if (colon < 0 || colon > 30) return line;
  return foldForMatch(line.slice(0, colon)) + line.slice(colon);
}

const DATELINE = /^([^\s()（）][^()（）\n]{0,38}?)\s*[(（]([^()（）\n]{2,40})[)）]\s*[-–—:：]?\s*$/u;
const DATELINE_PREFIX = /^([^\s()（）][^()（）\n.]{0,38}?)\s*[(（]([^()（）\n]{2,40})[)）]\s*[-–—:：]\s+\S/u;

/** "غزة (الاتحاد)" or "WASHINGTON (Reuters) —" on its own line: place, then outlet. */
export function matchDateline(line: string): { outlet: string } | null {
  return datelineOutlet(DATELINE, line);
}

/** The same at the start of a paragraph: "LONDON (AP) — The …". */
export function matchDatelinePrefix(line: string): { outlet: string } | null {
  return datelineOutlet(DATELINE_PREFIX, line);
}

/** A place of a few words and a short outlet name, or not a dateline. */
function datelineOutlet(pattern: RegExp, line: string): { outlet: string } | null {
  const match = pattern.exec(line.trim());
  if (!match) return null;
  const place = match[1] as string;
  const outlet = (match[2] as string).trim();
  if (place.split(/\s+/u).length > 4 || outlet.split(/\s+/u).length > 5) return null;
  return { outlet };
}
