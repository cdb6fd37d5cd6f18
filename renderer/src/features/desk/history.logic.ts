import type { Json } from '../../../../shared/sync/json';
import type { AnnotationHistoryEntry, FieldChange } from '../../../../shared/sync/history';
import { conflictValue } from './sync.logic';
import { shortAnnotatorName } from './annotator.logic';
import type { MessageId } from '../../../../shared/i18n/catalogs';
import type { Translator } from '../../../../shared/i18n/translate';

type T = Translator['t'];

const FIELD_NAMES: Record<string, MessageId> = {
  span: 'desk.history.field.span',
  'attributes.speakerId': 'desk.history.field.speaker',
  'attributes.kind': 'desk.history.field.kind',
  'attributes.cue': 'desk.history.field.cue',
  'attributes.name': 'desk.history.field.name',
  'attributes.role': 'desk.history.field.role',
  'attributes.affiliation': 'desk.history.field.affiliation',
  'attributes.sameAs': 'desk.history.field.sameAs',
  'attributes.registryId': 'desk.history.field.registry',
  'attributes.value': 'desk.history.field.value',
  'attributes.raw': 'desk.history.field.raw',
  'attributes.unit': 'desk.history.field.unit',
  'attributes.counts': 'desk.history.field.counts',
  'verdict.status': 'desk.history.field.verdict',
  'verdict.note': 'desk.history.field.note',
  'verdict.evidence': 'desk.history.field.evidence',
  origin: 'desk.history.field.origin',
};

/** A field as the journalist names it: "verdict.status" → "the verdict"; one we have no name for, as stored. */
export function fieldName(field: string, t: T): string {
  const id = FIELD_NAMES[field];
  return id ? t(id) : field;
}

function shown(field: string, value: Json | undefined, t: T): string {
  if (field === 'span' && value && typeof value === 'object' && !Array.isArray(value) && typeof value.text === 'string')
    return `“${value.text}”`;
  return conflictValue(value, t);
}

/** "the verdict: Unchecked → False". Checker stamps are left out: the entry already says who. */
export function describeChange(change: FieldChange, t: T): string {
  if (change.field === 'verdict.checkedBy' || change.field === 'verdict.checkedAt') return '';
  const field = fieldName(change.field, t);
  if (change.before === undefined) return t('desk.history.set', { field, after: shown(change.field, change.after, t) });
  if (change.after === undefined) return t('desk.history.removed', { field, before: shown(change.field, change.before, t) });
  return t('desk.history.changed', { field, before: shown(change.field, change.before, t), after: shown(change.field, change.after, t) });
}

const ACTION: Record<AnnotationHistoryEntry['action'], MessageId> = {
  created: 'desk.history.created',
  changed: 'desk.history.changedIt',
  deleted: 'desk.history.deleted',
  restored: 'desk.history.restored',
};

export interface HistoryLine {
  who: string;
  what: string;
  details: string[];
  when: string;
  /** False for an edit not yet shared by a sync. */
  synced: boolean;
}

/** The entries newest first, each as "who did what, when", with the changed fields listed. */
export function historyLines(entries: readonly AnnotationHistoryEntry[], names: Readonly<Record<string, string>>, t: T): HistoryLine[] {
  return [...entries].reverse().map((e) => {
    const details = e.action === 'created' ? [] : e.changes.map((c) => describeChange(c, t)).filter(Boolean);
    const what =
      e.action === 'changed' && details.length !== 1 ? t('desk.history.changedMany', { count: details.length }) : t(ACTION[e.action]);
    return { who: shortAnnotatorName(e.by, names), what, details, when: e.at, synced: e.commit !== null };
  });
}
