import { useEffect, useState } from 'react';
import { useDocument } from './document.store';
import { plural } from '../../util/format';

/** "Saved" / "Saving…" / a failed save with its retry countdown. There is no Save button. */
export function SaveIndicator() {
  const save = useDocument((s) => s.save);
  const [now, setNow] = useState(Date.now());
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
          Not saved ({plural(save.pending, 'change')} waiting): {save.error}. Retrying
          {seconds > 0 ? ` in ${seconds} s` : '…'}
        </span>
        <button type="button" onClick={useDocument.getState().retrySavingNow}>
          Retry now
        </button>
      </div>
    );
  }
  return (
    <div className={`save-indicator save-${save.state}`} role="status" aria-live="polite">
      {save.state === 'saving' ? 'Saving…' : 'All changes saved'}
    </div>
  );
}
