import { useEffect, useState } from 'react';
import { useDocument } from './document.store';
import { useT } from '../../ui/i18n/I18n';

/** "Saved" / "Saving…" / a failed save with its retry countdown. There is no Save button. */
export function SaveIndicator() {
  const save = useDocument((s) => s.save);
  const [now, setNow] = useState(Date.now());
  const t = useT();
  useEffect(() => {
    if (save.state !== 'retrying') return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [save.state]);

  if (save.state === 'retrying') {
    const seconds = Math.max(0, Math.ceil(((save.retryAt ?? now) - now) / 1000));
    return (
      <div className="save-indicator save-failed" role="status" aria-live="polite">
        <span>
          {seconds > 0
            ? t('document.save.retryingIn', { count: save.pending, error: save.error, seconds })
            : t('document.save.retrying', { count: save.pending, error: save.error })}
        </span>
        <button type="button" onClick={useDocument.getState().retrySavingNow}>
          {t('document.save.retryNow')}
        </button>
      </div>
    );
  }
  return (
    <div className={`save-indicator save-${save.state}`} role="status" aria-live="polite">
      {save.state === 'saving' ? t('document.save.saving') : t('document.save.saved')}
    </div>
  );
}
