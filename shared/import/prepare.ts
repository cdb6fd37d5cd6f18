import type { OcrInfo, Region, Source } from '../domain/document';
import { normalizeText } from '../text/normalize';
import { findForbiddenCharacter, forbiddenCharacterReason } from '../text/policy';
import { type SplitSuggestion, suggestSplit } from './articles';
import { fingerprint, withoutExcluded } from './fingerprint';
import { detectRegions, outletIn } from './regions';
import { cutAtGrapheme } from '../text/graphemes';
import { importProblem } from '../error-text';

/** What a reader found in a file (or a record of it), before any structure is detected. */
export interface ArticleDraft {
  text: string;
  title?: string;
  source?: Partial<Source>;
  /** Metadata from a dataset field is the user's own and wins over an outlet named in the text. */
  outletFromMetadata?: 'preferred' | 'fallback';
  /** For records: "line 12", "record 3". */
  where?: string;
  /**
   * Readers that find structure themselves (PDF: running heads, page starts) give it in
   * offsets into `text`, which must then be normalized already.
   */
  regions?: Region[];
  pages?: number[];
  ocr?: OcrInfo;
}

export interface PreparedArticle {
  /** Normalized once here (LF, NFC); every offset below points into it. */
  text: string;
  title: string;
  source: Partial<Source>;
  regions: Region[];
  fingerprint: string;
  split: SplitSuggestion | null;
  where?: string;
  pages?: number[];
  ocr?: OcrInfo;
}

const MAX_TITLE = 300;

function clip(title: string): string {
  const oneLine = title.replace(/\s+/gu, ' ').trim();
  return oneLine.length > MAX_TITLE ? `${cutAtGrapheme(oneLine, MAX_TITLE - 1)}…` : oneLine;
}

/** The reader's regions, then those found in the text that do not overlap them, in text order. */
function mergeRegions(given: Region[], found: Region[]): Region[] {
  if (given.length === 0) return found;
  const free = found.filter((f) => !given.some((g) => f.start < g.end && g.start < f.end));
  return [...given, ...free].sort((a, b) => a.start - b.start).map((r, i) => ({ ...r, id: `r${i + 1}` }));
}

/**
 * Normalizes a draft's text and finds its structure: boilerplate regions, the outlet named
 * in it, a fingerprint for near-duplicates, and whether several articles are run together.
 */
export function prepareArticle(draft: ArticleDraft): PreparedArticle {
  const text = normalizeText(draft.text);
  if (text.trim().length === 0) throw importProblem('empty', 'errors.import.onlySpaces');
  if ((draft.regions || draft.pages) && text !== draft.text) throw new Error('a reader giving offsets must give normalized text');
  const forbidden = findForbiddenCharacter(text);
  if (forbidden) {
    const reason = forbiddenCharacterReason(forbidden);
    throw importProblem(forbidden.kind === 'control' ? 'binary' : 'invalid-encoding', reason.id, reason.values);
  }
  const regions = mergeRegions(draft.regions ?? [], detectRegions(text));
  const found = outletIn(text, regions);
  const given = draft.source?.outlet?.trim() ?? '';
  const outlet = draft.outletFromMetadata === 'preferred' ? given || found : found || given;
  const source: Partial<Source> = { ...draft.source, outlet };
  return {
    text,
    title: clip(draft.title ?? ''),
    source,
    regions,
    fingerprint: fingerprint(withoutExcluded(text, regions)),
    // A PDF is one document with its pages; splitting it would cut its page map.
    split: draft.pages ? null : suggestSplit(text, regions),
    ...(draft.where ? { where: draft.where } : {}),
    ...(draft.pages ? { pages: draft.pages } : {}),
    ...(draft.ocr ? { ocr: draft.ocr } : {}),
  };
}
