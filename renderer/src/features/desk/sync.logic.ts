import type { SyncJobResult, SyncStatus } from '../../../../shared/contract/sync';
import type { Json } from '../../../../shared/sync/json';
import type { ChangeSummary } from '../../../../shared/sync/changes';
import { VERDICT_LABEL } from '../../ui/labels';
import { plural } from '../../util/format';

/** "12 annotations, 2 verdicts, 1 document": what a set of changes holds, in the journalist's words. */
export function describeChanges(s: ChangeSummary): string {
  const annotations = s.annotations.added + s.annotations.changed + s.annotations.deleted;
  const documents = s.documents.added + s.documents.changed + s.documents.deleted;
  const parts = [
    annotations > 0 ? plural(annotations, 'annotation') : '',
    s.verdicts > 0 ? plural(s.verdicts, 'verdict') : '',
    documents > 0 ? plural(documents, 'document') : '',
    s.speakers > 0 ? plural(s.speakers, 'speaker') : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : s.other > 0 ? plural(s.other, 'other change') : 'nothing';
}

/** "just now", "5 min ago", "3 h ago", else the date: when the last sync was. */
export function ago(iso: string | null, now: Date): string {
  if (!iso) return 'never';
  const then = new Date(iso);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (Number.isNaN(seconds)) return 'never';
  if (seconds < 45) return 'just now';
  if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} min ago`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)} h ago`;
  return then.toISOString().slice(0, 10);
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
export function headerParts(status: SyncStatus, now: Date): SyncHeaderParts {
  const share = status.toShare.files + status.toShare.commits;
  return {
    toShare:
      share === 0
        ? 'Nothing to share'
        : `${describeChanges(status.toShare.summary) === 'nothing' ? plural(status.toShare.files || status.toShare.commits, 'change') : describeChanges(status.toShare.summary)} to share`,
    arriving: status.arriving.commits === 0 ? 'Nothing arriving' : `${plural(status.arriving.commits, 'change')} arriving`,
    last: `Last sync ${ago(status.lastSyncAt, now)}`,
    conflicts: status.conflicts.open === 0 ? 'No conflicts' : `${plural(status.conflicts.open, 'conflict')} to decide`,
    unconfigured: status.remoteUrl === null,
  };
}

/** What a finished sync did, for a notice. */
export function describeSyncResult(r: SyncJobResult): string {
  // A sync that failed after committing (no network, a wrong token) leaves the commit to the next one.
  const sent = r.committed
    ? `Shared ${describeChanges(r.committed.summary)}`
    : r.pushed
      ? r.integration === 'first-push'
        ? 'Shared this corpus with the desk'
        : 'Shared your changes committed earlier'
      : 'Nothing of yours to share';
  const received = describeChanges(r.received);
  const parts = [sent, received === 'nothing' ? 'nothing new arrived' : `received ${received}`];
  if (r.newConflicts > 0) parts.push(`${plural(r.newConflicts, 'new conflict')} to decide`);
  if (r.duplicatesMerged > 0) parts.push(`${plural(r.duplicatesMerged, 'duplicate document')} merged`);
  return `${parts.join('; ')}.`;
}

/** A conflicting value as a journalist reads it: a verdict by its name, a span by its text. */
export function conflictValue(value: Json | undefined): string {
  if (value === undefined) return '(deleted)';
  if (value === null) return '(empty)';
  if (typeof value === 'string') return (VERDICT_LABEL as Record<string, string>)[value] ?? (value === '' ? '(empty)' : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => conflictValue(v)).join(', ');
  const record = value as Record<string, Json>;
  if (typeof record.status === 'string') {
    const note = typeof record.note === 'string' && record.note ? ` — “${record.note}”` : '';
    return `${conflictValue(record.status)}${note}`;
  }
  if (typeof record.text === 'string') return `“${record.text}”`;
  return JSON.stringify(value);
}

/** "annotations[a1].verdict.status" → "Verdict"; "title" → "Title". */
export function conflictField(field: string): string {
  const last = field
    .replace(/^annotations\[[^\]]*\]\.?/, '')
    .replace(/^verdict\.?/, 'verdict ')
    .trim();
  const text = last === '' ? 'Annotation' : last === '(the whole file)' ? 'The whole file' : last;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
