import { useState } from 'react';
import { useDesk } from './desk.store';
import { historyLines } from './history.logic';
import { useT, useTranslator } from '../../ui/i18n/I18n';
import { moment } from '../../../../shared/i18n/labels';
import { historyKey } from './review.slice';

/** "History" at the foot of the selected card: who created it, who changed what, when (from git). */
export function CardHistory({ documentId, annotationId }: { documentId: string; annotationId: string }) {
  const [open, setOpen] = useState(false);
  const history = useDesk((s) => s.histories[historyKey(documentId, annotationId)]);
  const names = useDesk((s) => s.names);
  const { loadHistory } = useDesk.getState();
  const t = useT();
  const tr = useTranslator();
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
        {open ? t('desk.history.hide') : t('desk.history.show')}
      </button>
      {open && history?.loading && <p className="hint">{t('desk.history.reading')}</p>}
      {open && history?.error && (
        <p role="alert" className="field-error">
          {t('desk.history.failed', { error: history.error })}
        </p>
      )}
      {open && history && !history.loading && !history.error && (
        <ol className="history-list" aria-label={t('desk.history.show')}>
          {history.entries.length === 0 && <li className="hint">{t('desk.history.none')}</li>}
          {historyLines(history.entries, names, t).map((line, i) => (
            <li key={i}>
              <span className="history-who">
                <bdi dir="auto" data-user-content="">
                  {line.who}
                </bdi>
              </span>{' '}
              {line.what}{' '}
              <span className="hint">
                ·{' '}
                <bdi>
                  <time dateTime={line.when}>{moment(tr.date, line.when)}</time>
                </bdi>
              </span>
              {!line.synced && <span className="tag"> {t('desk.history.notSynced')}</span>}
              {line.details.length > 0 && (
                <ul>
                  {line.details.map((d, j) => (
                    // The field's name is translated; the values in it are the journalist's.
                    <li key={j} dir="auto" data-user-content="">
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
