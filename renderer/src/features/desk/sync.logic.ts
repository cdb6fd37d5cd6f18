import type { SyncJobResult, SyncStatus } from '../../../../shared/contract/sync';
import type { Json } from '../../../../shared/sync/json';
import { describeChanges } from '../../../../shared/sync/describe';
import type { Translator } from '../../../../shared/i18n/translate';
import { VERDICT_LABEL } from '../../ui/labels';

type T = Translator['t'];

export { describeChanges };

/** "just now", "5 min ago", "3 h ago", else the date: when the last sync was. */
export function ago(iso: string | null, now: Date, tr: Translator): string {
  if (!iso) return tr.t('desk.ago.never');
  const then = new Date(iso);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (Number.isNaN(seconds)) return tr.t('desk.ago.never');
  if (seconds < 45) return tr.t('desk.ago.now');
  if (seconds < 3600) return tr.t('desk.ago.minutes', { count: Math.max(1, Math.round(seconds / 60)) });
  if (seconds < 86_400) return tr.t('desk.ago.hours', { count: Math.round(seconds / 3600) });
  // An ISO date, as everywhere else in the app.
  return tr.isoDate(then.toISOString());
}

export interface SyncHeaderParts {
  toShare: string;
  arriving: string;
  last: string;
  conflicts: string;
  /** Nothing set up yet: the header offers to set up sharing instead of a count. */
  unconfigured: boolean;
}

/** The four facts the header shows, as short phrases. */
export function headerParts(status: SyncStatus, now: Date, tr: Translator): SyncHeaderParts {
  const { t } = tr;
  const share = status.toShare.files + status.toShare.commits;
  const described = describeChanges(status.toShare.summary, t);
  return {
    toShare:
      share === 0
        ? t('desk.header.nothingToShare')
        : t('desk.header.toShare', {
            what: described || t('desk.count.changes', { count: status.toShare.files || status.toShare.commits }),
          }),
    arriving:
      status.arriving.commits === 0 ? t('desk.header.nothingArriving') : t('desk.header.arriving', { count: status.arriving.commits }),
    last: t('desk.header.last', { when: ago(status.lastSyncAt, now, tr) }),
    conflicts: t('desk.header.conflicts', { count: status.conflicts.open }),
    unconfigured: status.remoteUrl === null,
  };
}

/** What a finished sync did, for a notice. */
export function describeSyncResult(r: SyncJobResult, t: T): string {
  // A sync that failed after committing (no network, a wrong token) leaves the commit to the next one.
  const committed = r.committed ? describeChanges(r.committed.summary, t) : '';
  const sent = r.committed
    ? t('desk.result.shared', { what: committed || t('desk.count.changes', { count: 0 }) })
    : r.pushed
      ? r.integration === 'first-push'
        ? t('desk.result.sharedCorpus')
        : t('desk.result.sharedEarlier')
      : t('desk.result.nothingToShare');
  const received = describeChanges(r.received, t);
  const parts = [sent, received === '' ? t('desk.result.nothingArrived') : t('desk.result.received', { what: received })];
  if (r.newConflicts > 0) parts.push(t('desk.result.newConflicts', { count: r.newConflicts }));
  if (r.duplicatesMerged > 0) parts.push(t('desk.result.duplicates', { count: r.duplicatesMerged }));
  return t('desk.result.sentence', { parts: parts.join(t('desk.result.separator')) });
}

/** A conflicting value as a journalist reads it: a verdict by its name, a span by its text. */
export function conflictValue(value: Json | undefined, t: T): string {
  if (value === undefined) return t('desk.value.deleted');
  if (value === null) return t('desk.value.empty');
  if (typeof value === 'string') {
    const verdict = (VERDICT_LABEL as Record<string, (typeof VERDICT_LABEL)[keyof typeof VERDICT_LABEL]>)[value];
    return verdict ? t(verdict) : value === '' ? t('desk.value.empty') : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => conflictValue(v, t)).join(t('document.list.separator'));
  const record = value as Record<string, Json>;
  if (typeof record.status === 'string') {
    const note = typeof record.note === 'string' && record.note ? ` — “${record.note}”` : '';
    return `${conflictValue(record.status, t)}${note}`;
  }
  if (typeof record.text === 'string') return `“${record.text}”`;
  return JSON.stringify(value);
}

/** "annotations[a1].verdict.status" → "Verdict status"; "title" → "Title". */
export function conflictField(field: string, t: T): string {
  const last = field
    .replace(/^annotations\[[^\]]*\]\.?/, '')
    .replace(/^verdict\.?/, 'verdict ')
    .trim();
  if (last === '') return t('desk.field.annotation');
  if (last === '(the whole file)') return t('desk.field.wholeFile');
  return t('desk.field.named', { field: fieldLabel(last, t) });
}

/** The field names a conflict can carry, as the interface names them; an unknown one as stored. */
function fieldLabel(field: string, t: T): string {
  const known: Record<string, Parameters<T>[0]> = {
    title: 'desk.field.title',
    'verdict status': 'desk.field.verdictStatus',
    'verdict note': 'desk.field.verdictNote',
    'verdict evidence': 'desk.field.verdictEvidence',
    span: 'desk.field.span',
  };
  const id = known[field];
  return id ? t(id) : field;
}
