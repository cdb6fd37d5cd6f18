import type { AnnotationType, VerdictStatus } from '../../../shared/domain/annotation';

/**
 * The names the interface gives to annotation types and verdicts, in one place for every
 * feature (and for translation).
 */

export const TYPE_LABEL: Record<AnnotationType, string> = { quote: 'Quote', speaker: 'Speaker', figure: 'Figure' };
export const TYPE_PLURAL: Record<AnnotationType, string> = { quote: 'Quotes', speaker: 'Speakers', figure: 'Figures' };
/** In running text: "2 quotes, 1 speaker". */
export const TYPE_NOUN: Record<AnnotationType, { one: string; many: string }> = {
  quote: { one: 'quote', many: 'quotes' },
  speaker: { one: 'speaker', many: 'speakers' },
  figure: { one: 'figure', many: 'figures' },
};
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
