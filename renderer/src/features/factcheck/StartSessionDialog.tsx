import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useLibrary } from '../library/library.store';
import { describeError } from '../../app/notices';
import { ChooseDocuments } from '../exchange/ChooseDocuments';
import type { FilterState } from './factcheck.logic';
import { useFactCheck } from './factcheck.store';
import { FilterBar } from './FilterBar';
import { useDelayedEffect } from '../../util/delay';
import { useT } from '../../ui/i18n/I18n';

const CHECKER_KEY = 'isnad.checkedBy';

/** Starts a session from a filter: the claims it matches now become the session's queue. */
export function StartSessionDialog({
  filter: initial,
  onClose,
  onStarted,
}: {
  filter: FilterState;
  onClose: () => void;
  onStarted: (id: string) => void;
}) {
  const [filter, setFilter] = useState(initial);
  const [name, setName] = useState('');
  const [checkedBy, setCheckedBy] = useState(() => localStorage.getItem(CHECKER_KEY) ?? '');
  const [count, setCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const documents = useLibrary((s) => s.documents);
  const { countClaims, startSession } = useFactCheck.getState();

  useEffect(() => {
    const el = dialog.current;
    el?.showModal();
    // The name field takes the focus, so Enter starts the session; on a filter chip it would toggle it.
    nameField.current?.focus();
    return () => el?.close();
  }, []);

  useDelayedEffect(
    (live) => {
      countClaims(filter).then(
        (total) => live() && (setCount(total), setError(null)),
        (err: unknown) => live() && (setCount(null), setError(describeError(err))),
      );
    },
    150,
    [filter],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      localStorage.setItem(CHECKER_KEY, checkedBy);
      const id = await startSession({ name, filter, checkedBy });
      onClose();
      onStarted(id);
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} className="dialog wide" aria-label={t('factcheck.start.title')} onCancel={onClose}>
      <form onSubmit={submit}>
        <h2>{t('factcheck.start.title')}</h2>
        <FilterBar filter={filter} onChange={setFilter} idPrefix="session" />
        <details className="session-documents">
          <summary>
            {t('factcheck.start.choose')}{' '}
            <span className="hint">
              {filter.documentIds.length === 0
                ? t('factcheck.start.allChosen')
                : t('factcheck.start.chosen', { count: filter.documentIds.length })}
            </span>
          </summary>
          <ChooseDocuments
            documents={documents}
            chosen={filter.documentIds}
            onChange={(documentIds) => setFilter({ ...filter, documentIds })}
          />
        </details>
        <div className="dialog-row">
          <label>
            {t('factcheck.start.name')} <span className="hint">{t('factcheck.start.optional')}</span>
            <input
              ref={nameField}
              dir="auto"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={t('factcheck.start.namePlaceholder')}
            />
          </label>
          <label>
            {t('factcheck.runner.checkedBy')}
            <input
              dir="auto"
              value={checkedBy}
              onChange={(e) => setCheckedBy(e.target.value)}
              placeholder={t('factcheck.start.yourName')}
            />
          </label>
        </div>
        <p className="results-summary" role="status">
          {error ? (
            <span className="error inline-error">{error}</span>
          ) : count === null ? (
            t('factcheck.start.counting')
          ) : (
            t('factcheck.start.count', { count })
          )}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('document.toolbar.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !count}>
            {t('factcheck.start.start')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
