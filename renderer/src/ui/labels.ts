import type { AnnotationType } from '../../../shared/domain/annotation';
import type { MessageId } from '../../../shared/i18n/catalogs';

/**
 * The names the interface gives to annotation types and verdicts, in one place for every
 * feature: message ids (document area), shown through `t(TYPE_LABEL[type])`. The singular
 * names and verdicts are shared with the CLI and reports, so every surface names them alike.
 */
export { TYPE_LABEL, VERDICT_LABEL } from '../../../shared/i18n/labels';

export const TYPE_PLURAL: Record<AnnotationType, MessageId> = {
  quote: 'document.types.quote',
  speaker: 'document.types.speaker',
  figure: 'document.types.figure',
};
/** In running text, with its count: "2 quotes", "1 speaker" (`{count}` plural). */
export const TYPE_COUNT: Record<AnnotationType, MessageId> = {
  quote: 'document.count.quote',
  speaker: 'document.count.speaker',
  figure: 'document.count.figure',
};
/** Shown beside the colour so type never depends on colour alone. */
export const TYPE_MARK: Record<AnnotationType, string> = { quote: '❝', speaker: '●', figure: '#' };
/** The physical keys (the same in every language and keyboard layout). */
export const TYPE_KEY: Record<AnnotationType, string> = { quote: 'Q', speaker: 'S', figure: 'F' };
