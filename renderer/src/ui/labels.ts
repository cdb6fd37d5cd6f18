import type { AnnotationType, VerdictStatus } from '../../../shared/domain/annotation';
import type { Paragraph } from '../../../shared/text/paragraphs';
import type { Region } from '../../../shared/domain/document';

export const TYPE_LABEL: Record<AnnotationType, string> = { quote: 'Quote', speaker: 'Speaker', figure: 'Figure' };
export const TYPE_PLURAL: Record<AnnotationType, string> = { quote: 'Quotes', speaker: 'Speakers', figure: 'Figures' };
/** Shown beside the colour so type never depends on colour alone. */
export const TYPE_MARK: Record<AnnotationType, string> = { quote: '❝', speaker: '●', figure: '#' };
export const TYPE_KEY: Record<AnnotationType, string> = { quote: 'Q', speaker: 'S', figure: 'F' };

export const VERDICT_LABEL: Record<VerdictStatus, string> = {
  unchecked: 'Unchecked',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  unverifiable: 'Unverifiable',
};

/** "read-also" → "read also". */
export function regionTitle(region: Pick<Region, 'kind' | 'label'>): string {
  const kind = region.kind.replace(/[-_]+/g, ' ').trim();
  return region.label.trim() ? `Boilerplate · ${region.label.trim()}` : `Boilerplate · ${kind || 'block'}`;
}

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

/** A short excerpt for cards and labels, cut on a character boundary. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = Array.from(flat).slice(0, max).join('');
  return `${cut}…`;
}
