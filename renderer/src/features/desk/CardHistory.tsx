import { useState } from 'react';
import { useDesk } from './desk.store';
import { historyLines } from './history.logic';
import { historyKey } from './review.slice';

/** "History" at the foot of the selected card: who created it, who changed what, when (from git). */
export function CardHistory({ documentId, annotationId }: { documentId: string; annotationId: string }) {
  const [open, setOpen] = useState(false);
  const history = useDesk((s) => s.histories[historyKey(documentId, annotationId)]);
  const names = useDesk((s) => s.names);
  const { loadHistory } = useDesk.getState();
  return (
    <div className="card-history">
      <button
        type="button"
        className="link"
        aria-expanded={open}
        onClick={() => {
          if (!open) void loadHistory(documentId, annotationId);
          setOpen(!open);
        }}
      >
        {open ? 'Hide history' : 'History'}
      </button>
      {open && history?.loading && <p className="hint">Reading the history…</p>}
      {open && history?.error && (
        <p role="alert" className="field-error">
          Could not read the history: {history.error}
        </p>
      )}
      {open && history && !history.loading && !history.error && (
        <ol className="history-list" aria-label="History">
          {history.entries.length === 0 && <li className="hint">No history yet.</li>}
          {historyLines(history.entries, names).map((line, i) => (
            <li key={i}>
              <span className="history-who">
                <bdi dir="auto">{line.who}</bdi>
              </span>{' '}
              {line.what} <span className="hint">· {line.when}</span>
              {!line.synced && <span className="tag"> not yet synced</span>}
              {line.details.length > 0 && (
                <ul>
                  {line.details.map((d, j) => (
                    <li key={j} dir="auto">
                      {d}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
