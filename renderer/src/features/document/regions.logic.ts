import type { Region } from '../../../../shared/domain/document';
import type { Paragraph } from '../../../../shared/text/paragraphs';

export interface ParagraphRegion {
  region: Region;
  /** The first paragraph of the region carries its label and toggle. */
  first: boolean;
}

/** Which boilerplate region each paragraph belongs to (the first one that overlaps it). */
export function regionsPerParagraph(paragraphs: readonly Paragraph[], regions: readonly Region[]): (ParagraphRegion | null)[] {
  const sorted = [...regions].sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  return paragraphs.map((p) => {
    const region = sorted.find((r) => r.start < p.end && r.end > p.start);
    if (!region) return null;
    const first = !seen.has(region.id);
    seen.add(region.id);
    return { region, first };
  });
}
