import { useEffect, useState } from 'react';
import { useNavigation } from '../../app/navigation';
import { JobProgressBar } from '../exchange/JobProgressBar';
import { useDesk } from './desk.store';
import { headerParts } from './sync.logic';
import { useTranslator } from '../../ui/i18n/I18n';

/** Re-reads the status this often while the window is open (it reads local files only). */
const REFRESH_MS = 30_000;

/**
 * The desk in the header: what I have to share, what is arriving, when we last synced and
 * what waits for a decision, with the Sync button (and its progress) and Desk settings.
 */
export function SyncHeader() {
  const tr = useTranslator();
  const { t } = tr;
  const sync = useDesk((s) => s.sync);
  const job = useDesk((s) => s.syncJob);
  const outcome = useDesk((s) => s.syncOutcome);
  const syncError = useDesk((s) => s.syncError);
  const [now, setNow] = useState(() => new Date());
  const { startSync, openRemote, refreshSync } = useDesk.getState();
  const showView = useNavigation((s) => s.showView);

  useEffect(() => {
    void refreshSync();
    const timer = setInterval(() => {
      setNow(new Date());
      void useDesk.getState().refreshSync();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refreshSync]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyY') {
        event.preventDefault();
        void useDesk.getState().startSync();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const running = job?.state === 'running';
  const parts = sync ? headerParts(sync, now, tr) : null;
  return (
    <section className="sync-header" aria-label={t('desk.sync.label')}>
      {parts && !parts.unconfigured && (
        <ul className="sync-facts">
          <li
            className={sync && sync.toShare.files + sync.toShare.commits > 0 ? 'fact-pending' : undefined}
            data-fact="to-share"
            title={parts.toShare}
          >
            <span aria-hidden="true">↑</span> {parts.toShare}
          </li>
          <li className={sync && sync.arriving.commits > 0 ? 'fact-pending' : undefined} data-fact="arriving">
            <span aria-hidden="true">↓</span> {parts.arriving}
          </li>
          <li data-fact="last-sync" title={sync?.lastSyncAt ?? t('desk.ago.never')}>
            {parts.last}
          </li>
          <li data-fact="conflicts">
            <button
              type="button"
              className={`link${sync && sync.conflicts.open > 0 ? ' fact-alert' : ''}`}
              onClick={() => showView('conflicts')}
            >
              {sync && sync.conflicts.open > 0 && (
                <span className="fact-alert-mark" aria-hidden="true">
                  !
                </span>
              )}
              {parts.conflicts}
            </button>
          </li>
        </ul>
      )}
      {parts?.unconfigured && <span className="hint sync-unset">{t('desk.sync.unconfigured')}</span>}
      {syncError && !sync && <span className="hint sync-unset">{t('desk.sync.unavailable')}</span>}
      <button
        type="button"
        className="sync-button"
        disabled={running}
        title={t('desk.sync.buttonTitle', { shortcut: 'Ctrl+Shift+Y' })}
        aria-keyshortcuts="Control+Shift+Y"
        onClick={() => void startSync()}
      >
        {t(running ? 'desk.sync.running' : 'desk.sync.button')}
      </button>
      <button type="button" title={t('desk.sync.settingsTitle')} onClick={openRemote}>
        {t('desk.sync.settings')}
      </button>
      {running && job && (
        <div className="sync-progress">
          <JobProgressBar status={job} label={t('desk.sync.progress')} unit="steps" />
        </div>
      )}
      {!running && outcome && !outcome.ok && (
        <p role="alert" className="sync-error" dir="auto">
          {t('desk.sync.failed', { reason: outcome.message })}
        </p>
      )}
      {!running && outcome?.ok && (
        <p role="status" className="sync-ok" dir="auto">
          {outcome.message}
        </p>
      )}
    </section>
  );
}
