import type { Annotation } from '../../../shared/domain/annotation';
import type { DocumentLink, Region, Source } from '../../../shared/domain/document';
import { detectArticles } from '../../../shared/import/articles';
import { fingerprint, withoutExcluded } from '../../../shared/import/fingerprint';
import { regionsIn, annotationsIn, piecesAt } from '../../../shared/import/split';
import { outletIn } from '../../../shared/import/regions';
import { headlineOf } from '../../../shared/import/lines';
import { newId } from '../corpus/ids';

const PREVIOUS = 'previous-article';
const NEXT = 'next-article';

export interface Whole {
  text: string;
  title: string;
  source: Partial<Source>;
  regions: Region[];
  annotations?: Annotation[];
}

export interface PieceDraft {
  id: string;
  text: string;
  title: string;
  source: Partial<Source>;
  regions: Region[];
  annotations: Annotation[];
  fingerprint: string;
  links: DocumentLink[];
}

/**
 * The documents a run-together page becomes when cut at `at`: each keeps its slice of the
 * text, its regions and annotations shifted, its own outlet and headline where the text
 * names them, and links to the articles before and after it on the page.
 */
export function buildPieces(whole: Whole, at: number[]): PieceDraft[] {
  const pieces = piecesAt(whole.text, at);
  const detected = detectArticles(whole.text, whole.regions);
  const drafts = pieces.map((piece, i): PieceDraft => {
    const text = whole.text.slice(piece.start, piece.end);
    const regions = regionsIn(whole.regions, piece);
    // Its headline as detected on the page, else its own first line when that reads like one.
    const headline = detected.find((a) => a.start === piece.start)?.title || headlineOf(text);
    const title = headline || (i === 0 ? whole.title : `${whole.title} (${i + 1}/${pieces.length})`);
    return {
      id: newId('d'),
      text,
      title: title || `${i + 1}/${pieces.length}`,
      source: { ...whole.source, outlet: outletIn(text, regions) || whole.source.outlet || '' },
      regions,
      annotations: annotationsIn(whole.annotations ?? [], piece, text),
      fingerprint: fingerprint(withoutExcluded(text, regions)),
      links: [],
    };
  });
  linkInOrder(drafts);
  return drafts;
}

/** Links each piece to its neighbours on the page, e.g. after some pieces were dropped as duplicates. */
export function linkInOrder(drafts: Array<{ id: string; links: DocumentLink[] }>): void {
  drafts.forEach((d, i) => {
    d.links = d.links.filter((l) => l.relation !== PREVIOUS && l.relation !== NEXT);
    const before = drafts[i - 1];
    const after = drafts[i + 1];
    if (before) d.links.push({ documentId: before.id, relation: PREVIOUS });
    if (after) d.links.push({ documentId: after.id, relation: NEXT });
  });
}
