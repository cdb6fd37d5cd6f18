import { z } from 'zod';
import { Id } from '../domain/annotation';
import type { ErrorValues } from '../errors';
import type { Direction } from '../domain/document';
import { AnnotationFilter } from '../search/filter';
import type { Hit, Snippet } from '../search/match';
import { MAX_QUERY_CHARS } from '../search/query';
import type { AnnotationRow } from '../search/rows';
import { op, returns } from './define';

const Query = z.string().max(MAX_QUERY_CHARS, `the search is longer than ${MAX_QUERY_CHARS} characters`);

/** A document search leaves out, and why (it could not be read, or indexing it failed or was over a limit). */
export interface UnsearchableDocument {
  documentId: string;
  title: string;
  /** In English; `reasonId` and `reasonValues` word it in the reader's language (reasonText). */
  reason: string;
  reasonId?: string;
  reasonValues?: ErrorValues;
}

export interface SearchStatus {
  /** loading: reading the saved index; indexing: (re)reading documents; ready: searches answer at once. */
  state: 'loading' | 'indexing' | 'ready';
  done: number;
  total: number;
  documentCount: number;
  /** Documents left out of search (the first few), and how many there are. */
  unsearchable: UnsearchableDocument[];
  unsearchableCount: number;
}

export interface DocumentHitSummary {
  documentId: string;
  title: string;
  outlet: string;
  publishedAt: string;
  lang: string;
  dir: Direction;
  score: number;
  /** Hits in the text (title hits are not counted); in its first `scannedChars` characters when that is set. */
  hitCount: number;
  /** Null when the whole text was read for hits; for a very long text, how much of it was. */
  scannedChars: number | null;
  titleHit: boolean;
  /** The best few hits, in text order, at original UTF-16 offsets. */
  snippets: Snippet[];
}

export interface CorpusSearchResult {
  query: string;
  /** Documents that match; estimated when `totalExact` is false (phrases checked in only part of very many documents). */
  total: number;
  totalExact: boolean;
  offset: number;
  documents: DocumentHitSummary[];
  tookMs: number;
  /** Documents this search could not look into (the first few), and how many there are. */
  unsearchable: UnsearchableDocument[];
  unsearchableCount: number;
}

export interface DocumentSearchResult {
  documentId: string;
  query: string;
  /** The hits in the text, in text order, UTF-16 offsets into the document's text (the first 5,000). */
  hits: Hit[];
  /** Every hit, also those past the ones listed. */
  hitCount: number;
  /** Snippets for the first hits, same order. */
  snippets: Snippet[];
  titleHit: boolean;
}

/** An annotation row with what the table shows about its document and speaker. */
export interface AnnotationListRow extends AnnotationRow {
  documentTitle: string;
  outlet: string;
  publishedAt: string;
  lang: string;
  dir: Direction;
  /** The registry's name when the speaker is linked, otherwise the name in the text. */
  speakerName: string;
}

export interface AnnotationList {
  total: number;
  offset: number;
  rows: AnnotationListRow[];
  /** Counts over all matching rows, for the filter bar. */
  counts: { quote: number; speaker: number; figure: number; unchecked: number; documents: number };
}

/** A file made for the user: a download link in browser mode, a saved file in the desktop app. */
export interface ReportFile {
  downloadId: string;
  fileName: string;
  /** Where the desktop app saved it; empty in browser mode. */
  savedTo: string;
  rows: number;
}

export const searchOperations = {
  searchCorpus: op(
    'Search every document (Arabic-aware: alef, yeh, teh marbuta, Persian letters, digits and diacritics fold).',
    z.object({
      query: Query,
      /** Also match Arabic words with attached و/ف/ب/ل/ال. */
      clitics: z.boolean().default(false),
      /** Leave out words in excluded regions (boilerplate such as "read also" blocks). */
      skipExcluded: z.boolean().default(false),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    returns<CorpusSearchResult>(),
  ),
  searchDocument: op(
    'Find every hit of a search in one document.',
    z.object({ documentId: Id, query: Query, clitics: z.boolean().default(false), skipExcluded: z.boolean().default(false) }),
    returns<DocumentSearchResult>(),
  ),
  getSearchStatus: op('Whether the search index is ready, and indexing progress.', z.object({}), returns<SearchStatus>()),
  filterAnnotations: op(
    'Annotations across the corpus that match a filter, in document and text order.',
    z.object({
      filter: AnnotationFilter,
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(5_000).default(500),
    }),
    returns<AnnotationList>(),
  ),
  matchAnnotationIds: op(
    'The ids of every annotation matching a filter, to hand to the export feature ("Export these").',
    z.object({ filter: AnnotationFilter }),
    returns<{ documentIds: string[]; annotationIds: string[] }>(),
  ),
};
