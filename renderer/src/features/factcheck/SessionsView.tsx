import { useEffect, useState } from 'react';
import type { SessionSummary } from '../../../../shared/contract/sessions';
import { sessionFilterFrom } from './factcheck.logic';
import { useFactCheck } from './factcheck.store';
import { ProgressBar, ReportButtons } from './SessionParts';
import { SessionRunner } from './SessionRunner';
import { StartSessionDialog } from './StartSessionDialog';

export function SessionsView() {
  const activeId = useFactCheck((s) => s.activeId);
  return activeId ? <SessionRunner key={activeId} sessionId={activeId} /> : <SessionList />;
}

const STATE_LABELS = { active: 'In progress', paused: 'Paused', finished: 'Finished' } as const;

function SessionList() {
  const sessions = useFactCheck((s) => s.sessions);
  const loaded = useFactCheck((s) => s.loaded);
  const tableFilter = useFactCheck((s) => s.table.filter);
  const { refreshSessions, openSession, resumeSession, deleteSession } = useFactCheck.getState();
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    void refreshSessions();
  }, [refreshSessions]);

  function remove(s: SessionSummary) {
    if (window.confirm(`Delete the session “${s.name}”? The verdicts stay on the annotations.`)) void deleteSession(s);
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
              <button type="button" className="primary" onClick={() => void resumeSession(s)}>
                {s.state === 'finished' ? 'Review' : s.state === 'paused' ? 'Resume' : 'Continue'}
              </button>
              <ReportButtons id={s.id} />
              <button type="button" className="link-button danger" onClick={() => remove(s)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
      {starting && (
        <StartSessionDialog
          filter={sessionFilterFrom(tableFilter)}
          onClose={() => setStarting(false)}
          onStarted={(id) => openSession(id)}
        />
      )}
    </section>
  );
}
