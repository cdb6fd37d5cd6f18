import { useEffect, useRef, useState } from 'react';
import { useLibrary } from './library.store';
import { isolate } from '../../../../shared/i18n/translate';
import { T, useT, useTranslator } from '../../ui/i18n/I18n';
import { moment } from '../../../../shared/i18n/labels';

/** The trash: restore a document with all its annotations, or delete it for good. */
export function TrashDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const trash = useLibrary((s) => s.trash);
  const { loadTrash, restore, emptyTrash } = useLibrary.getState();
  // Emptying cannot be undone, so it takes a second, explicit press.
  const [confirming, setConfirming] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const { date } = useTranslator();

  useEffect(() => {
    const el = dialog.current;
    el?.showModal();
    void loadTrash();
    return () => el?.close();
  }, [loadTrash]);

  return (
    <dialog ref={dialog} className="dialog wide trash-dialog" aria-label={t('library.trash.title')} onCancel={onClose}>
      <h2>{t('library.trash.title')}</h2>
      {trash.length === 0 ? (
        <p className="hint">{t('library.trash.empty')}</p>
      ) : (
        <ul className="trash-list" aria-label={t('library.trash.list')}>
          {trash.map((d) => (
            <li key={d.id}>
              <span className="document-title" dir="auto" data-user-content="">
                {d.title}
              </span>
              <span className="hint">
                <T
                  id="library.trash.deletedAt"
                  values={{
                    when: (
                      <bdi>
                        <time dateTime={d.deletedAt}>{moment(date, d.deletedAt ?? '')}</time>
                      </bdi>
                    ),
                  }}
                />
              </span>
              <button
                type="button"
                onClick={() => void restore(d.id)}
                aria-label={t('library.trash.restoreOne', { title: isolate(d.title) })}
              >
                {t('library.trash.restore')}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => void emptyTrash([d.id])}
                aria-label={t('library.trash.deleteOne', { title: isolate(d.title) })}
              >
                {t('library.trash.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        {trash.length > 0 &&
          (confirming ? (
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirming(false);
                void emptyTrash();
              }}
            >
              {t('library.trash.deleteAll', { count: trash.length })}
            </button>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              {t('library.trash.emptyAsk')}
            </button>
          ))}
        <button type="button" className="primary" onClick={onClose}>
          {t('library.trash.close')}
        </button>
      </div>
    </dialog>
  );
}
