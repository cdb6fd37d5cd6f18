import type { Translator } from '../i18n/translate';
import type { ChangeSummary } from './changes';

/**
 * "12 annotations, 2 verdicts, 1 document": what a set of changes holds, in the journalist's
 * words; '' for none. The desk header and `isnad sync` say it alike.
 */
export function describeChanges(s: ChangeSummary, t: Translator['t']): string {
  const annotations = s.annotations.added + s.annotations.changed + s.annotations.deleted;
  const documents = s.documents.added + s.documents.changed + s.documents.deleted;
  const parts = [
    annotations > 0 ? t('document.count.annotation', { count: annotations }) : '',
    s.verdicts > 0 ? t('desk.count.verdicts', { count: s.verdicts }) : '',
    documents > 0 ? t('document.count.document', { count: documents }) : '',
    s.speakers > 0 ? t('document.count.speaker', { count: s.speakers }) : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(t('document.list.separator')) : s.other > 0 ? t('desk.count.otherChanges', { count: s.other }) : '';
}
