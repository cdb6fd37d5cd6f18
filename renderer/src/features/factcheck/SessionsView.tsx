import { useEffect, useState } from 'react';
import type { SessionSummary } from '../../../../shared/contract/sessions';
import { sessionFilterFrom } from './factcheck.logic';
import { useFactCheck } from './factcheck.store';
import { ProgressBar, ReportButtons } from './SessionParts';
import { SessionRunner } from './SessionRunner';
import { StartSessionDialog } from './StartSessionDialog';
import { UserText, useTranslator } from '../../ui/i18n/I18n';
import type { MessageId } from '../../../../shared/i18n/catalogs';
import { isolate } from '../../../../shared/i18n/translate';

export function SessionsView() {
  const activeId = useFactCheck((s) => s.activeId);
  return activeId ? <SessionRunner key={activeId} sessionId={activeId} /> : <SessionList />;
}

const STATE_LABELS: Record<SessionSummary['state'], MessageId> = {
  active: 'factcheck.state.active',
  paused: 'factcheck.state.paused',
  finished: 'factcheck.state.finished',
};

function SessionList() {
  const sessions = useFactCheck((s) => s.sessions);
  const loaded = useFactCheck((s) => s.loaded);
  const tableFilter = useFactCheck((s) => s.table.filter);
  const { refreshSessions, openSession, resumeSession, deleteSession } = useFactCheck.getState();
  const [starting, setStarting] = useState(false);
  const tr = useTranslator();
  const { t } = tr;

  useEffect(() => {
    void refreshSessions();
  }, [refreshSessions]);

  function remove(s: SessionSummary) {
    if (window.confirm(t('factcheck.sessions.confirmDelete', { name: isolate(s.name) }))) void deleteSession(s);
  }

  return (
    <section className="sessions-view" aria-label={t('factcheck.sessions.title')}>
      <header className="view-header">
        <h2>{t('factcheck.sessions.title')}</h2>
        <button type="button" className="primary" onClick={() => setStarting(true)}>
          {t('factcheck.sessions.new')}
        </button>
      </header>
      {loaded && sessions.length === 0 && (
        <div className="empty">
          <h3>{t('factcheck.sessions.emptyTitle')}</h3>
          <p>{t('factcheck.sessions.emptyBody')}</p>
        </div>
      )}
      <ul className="session-list" aria-label={t('factcheck.sessions.list')}>
        {sessions.map((s) => (
          <li key={s.id} className="session-item">
            <div className="session-head">
              <strong dir="auto" data-user-content="">
                {s.name}
              </strong>
              <span className={`state-badge state-${s.state}`}>{t(STATE_LABELS[s.state])}</span>
            </div>
            <p className="hint" dir="auto">
              <UserText>{s.filterDescription}</UserText>
              {s.checkedBy ? (
                <>
                  {' · '}
                  <UserText>{s.checkedBy}</UserText>
                </>
              ) : null}{' '}
              · {t('factcheck.sessions.updated', { when: tr.isoDate(s.updatedAt) })}
            </p>
            <div className="session-actions">
              <ProgressBar progress={s.progress} />
              <button type="button" className="primary" onClick={() => void resumeSession(s)}>
                {t(
                  s.state === 'finished'
                    ? 'factcheck.sessions.review'
                    : s.state === 'paused'
                      ? 'factcheck.sessions.resume'
                      : 'factcheck.sessions.continue',
                )}
              </button>
              <ReportButtons id={s.id} />
              <button type="button" className="link-button danger" onClick={() => remove(s)}>
                {t('factcheck.sessions.delete')}
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
