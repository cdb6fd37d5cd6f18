import type { Region, Source } from '../domain/document';
import { normalizeText } from '../text/normalize';
import { findForbiddenCharacter, forbiddenCharacterReason } from '../text/policy';
import { type SplitSuggestion, suggestSplit } from './articles';
import { fingerprint, withoutExcluded } from './fingerprint';
import { ImportProblem } from './problems';
import { detectRegions, outletIn } from './regions';
import { cutAtGrapheme } from '../text/graphemes';

/** What a reader found in a file (or a record of it), before any structure is detected. */
export interface ArticleDraft {
  text: string;
  title?: string;
  source?: Partial<Source>;
  /** Metadata from a dataset field is the user's own and wins over an outlet named in the text. */
  outletFromMetadata?: 'preferred' | 'fallback';
  /** For records: "line 12", "record 3". */
  where?: string;
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
}

const MAX_TITLE = 300;

function clip(title: string): string {
  const oneLine = title.replace(/\s+/gu, ' ').trim();
  return oneLine.length > MAX_TITLE ? `${cutAtGrapheme(oneLine, MAX_TITLE - 1)}…` : oneLine;
}

/**
 * Normalizes a draft's text and finds its structure: boilerplate regions, the outlet named
 * in it, a fingerprint for near-duplicates, and whether several articles are run together.
 */
export function prepareArticle(draft: ArticleDraft): PreparedArticle {
  const text = normalizeText(draft.text);
  if (text.trim().length === 0) throw new ImportProblem('empty', 'text is empty (only spaces and line breaks)');
  const forbidden = findForbiddenCharacter(text);
  if (forbidden) throw new ImportProblem(forbidden.kind === 'control' ? 'binary' : 'invalid-encoding', forbiddenCharacterReason(forbidden));
  const regions = detectRegions(text);
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
    split: suggestSplit(text, regions),
    ...(draft.where ? { where: draft.where } : {}),
  };
}
