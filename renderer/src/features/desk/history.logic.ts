import type { Json } from '../../../../shared/sync/json';
import type { AnnotationHistoryEntry, FieldChange } from '../../../../shared/sync/history';
import { conflictValue } from './sync.logic';
import { shortAnnotatorName } from './annotator.logic';

const FIELD_NAMES: Record<string, string> = {
  span: 'the text',
  'attributes.speakerId': 'the speaker',
  'attributes.kind': 'the kind',
  'attributes.cue': 'the cue verb',
  'attributes.name': 'the name',
  'attributes.role': 'the role',
  'attributes.affiliation': 'the affiliation',
  'attributes.sameAs': '“same person as”',
  'attributes.registryId': 'the registry entry',
  'attributes.value': 'the value',
  'attributes.raw': 'the figure as written',
  'attributes.unit': 'the unit',
  'attributes.counts': 'what it counts',
  'verdict.status': 'the verdict',
  'verdict.note': 'the verdict’s note',
  'verdict.evidence': 'the evidence',
  origin: 'its origin',
};

/** A field as the journalist names it: "verdict.status" → "the verdict". */
export function fieldName(field: string): string {
  return FIELD_NAMES[field] ?? field.replace(/^attributes\./, 'the ').replace(/^verdict\./, 'the verdict’s ');
}

function shown(field: string, value: Json | undefined): string {
  if (field === 'span' && value && typeof value === 'object' && !Array.isArray(value) && typeof value.text === 'string')
    return `“${value.text}”`;
  return conflictValue(value);
}

/** "the verdict: Unchecked → False". Checker stamps are left out: the entry already says who. */
export function describeChange(change: FieldChange): string {
  if (change.field === 'verdict.checkedBy' || change.field === 'verdict.checkedAt') return '';
  const name = fieldName(change.field);
  if (change.before === undefined) return `${name}: set to ${shown(change.field, change.after)}`;
  if (change.after === undefined) return `${name}: removed (was ${shown(change.field, change.before)})`;
  return `${name}: ${shown(change.field, change.before)} → ${shown(change.field, change.after)}`;
}

const ACTION: Record<AnnotationHistoryEntry['action'], string> = {
  created: 'created it',
  changed: 'changed',
  deleted: 'deleted it',
  restored: 'restored it',
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
export function historyLines(entries: readonly AnnotationHistoryEntry[], names: Readonly<Record<string, string>>): HistoryLine[] {
  return [...entries].reverse().map((e) => {
    const details = e.action === 'created' ? [] : e.changes.map(describeChange).filter(Boolean);
    const what = e.action === 'changed' ? (details.length === 1 ? 'changed' : `changed ${details.length} things`) : ACTION[e.action];
    return { who: shortAnnotatorName(e.by, names), what, details, when: e.at.slice(0, 16).replace('T', ' '), synced: e.commit !== null };
  });
}
