import { useEffect, useState } from 'react';
import type { SessionSummary } from '../../../../shared/contract/sessions';
import { api } from '../../api/client';
import { deliverReport } from '../../api/reports';
import { useAnnotations } from './factcheck.store';
import { reportError } from '../../app/notices';
import { useSessions } from './sessions.slice';
import { EMPTY_FILTER } from './FilterBar';
import { SessionRunner } from './SessionRunner';
import { StartSessionDialog } from './StartSessionDialog';

export function SessionsView() {
  const activeId = useSessions((s) => s.activeId);
  return activeId ? <SessionRunner key={activeId} sessionId={activeId} /> : <SessionList />;
}

export async function exportReport(id: string, format: 'csv' | 'json' | 'html'): Promise<void> {
  try {
    deliverReport(await api.exportSessionReport({ id, format }));
  } catch (err) {
    reportError('Could not export the report', err);
  }
}

export function ReportButtons({ id }: { id: string }) {
  return (
    <span className="report-buttons" role="group" aria-label="Export report">
      <button type="button" onClick={() => void exportReport(id, 'csv')}>
        Report CSV
      </button>
      <button type="button" onClick={() => void exportReport(id, 'json')}>
        JSON
      </button>
      <button type="button" onClick={() => void exportReport(id, 'html')}>
        Printable page
      </button>
    </span>
  );
}

export function ProgressBar({ progress }: { progress: SessionSummary['progress'] }) {
  return (
    <span className="session-progress">
      <progress value={progress.checked} max={progress.total} aria-label="Checked claims" />
      <span>
        {progress.checked} / {progress.total} checked
        {progress.missing > 0 ? ` · ${progress.missing} deleted` : ''}
      </span>
    </span>
  );
}

const STATE_LABELS = { active: 'In progress', paused: 'Paused', finished: 'Finished' } as const;

function SessionList() {
  const { sessions, loaded, refresh, open } = useSessions();
  const [starting, setStarting] = useState(false);
  const tableFilter = useAnnotations((s) => s.filter);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function resume(s: SessionSummary) {
    try {
      if (s.state !== 'active') await api.setSessionState({ id: s.id, state: 'active' });
      open(s.id);
    } catch (err) {
      reportError('Could not resume the session', err);
    }
  }

  async function remove(s: SessionSummary) {
    if (!window.confirm(`Delete the session “${s.name}”? The verdicts stay on the annotations.`)) return;
    try {
      await api.deleteSession({ id: s.id });
      await refresh();
    } catch (err) {
      reportError('Could not delete the session', err);
    }
  }

  return (
    <section className="sessions-view" aria-label="Fact-checking sessions">
      <header className="view-header">
        <h2>Fact-checking sessions</h2>
        <button type="button" className="primary" onClick={() => setStarting(true)}>
          New session…
        </button>
      </header>
      {loaded && sessions.length === 0 && (
        <div className="empty">
          <h3>No sessions yet</h3>
          <p>Start one from a filter, such as the unchecked figures in a set of articles, and work through the claims one by one.</p>
        </div>
      )}
      <ul className="session-list" aria-label="Sessions">
        {sessions.map((s) => (
          <li key={s.id} className="session-item">
            <div className="session-head">
              <strong dir="auto">{s.name}</strong>
              <span className={`state-badge state-${s.state}`}>{STATE_LABELS[s.state]}</span>
            </div>
            <p className="hint" dir="auto">
              {s.filterDescription}
              {s.checkedBy ? ` · ${s.checkedBy}` : ''} · updated {new Date(s.updatedAt).toLocaleString()}
            </p>
            <div className="session-actions">
              <ProgressBar progress={s.progress} />
              <button type="button" className="primary" onClick={() => void resume(s)}>
                {s.state === 'finished' ? 'Review' : s.state === 'paused' ? 'Resume' : 'Continue'}
              </button>
              <ReportButtons id={s.id} />
              <button type="button" className="link-button danger" onClick={() => void remove(s)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
      {starting && (
        <StartSessionDialog
          filter={tableFilter === EMPTY_FILTER ? { ...EMPTY_FILTER, verdicts: ['unchecked'] } : tableFilter}
          onClose={() => setStarting(false)}
          onStarted={(id) => open(id)}
        />
      )}
    </section>
  );
}
