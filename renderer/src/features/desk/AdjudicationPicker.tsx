import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { AdjudicableDocument } from '../../../../shared/agreement/disagreements';
import { isolate } from '../../../../shared/i18n/translate';
import { api } from '../../api/client';
import { describeError } from '../../app/notices';
import { useT } from '../../ui/i18n/I18n';
import { useDesk } from './desk.store';
import './adjudication-picker.css';

/**
 * What the Adjudication view shows before a document is chosen: the documents two or more
 * annotators marked, each opened into adjudication by a click or from the keyboard (↑ ↓ move,
 * Enter opens), or, when there are none, why not and how a desk shares its work.
 */
export function AdjudicationPicker({ problem }: { problem?: string | null }) {
  const t = useT();
  const [list, setList] = useState<AdjudicableDocument[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    let live = true;
    api.listAdjudicable({}).then(
      (found) => live && setList(found),
      (err: unknown) => live && setError(describeError(err)),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    // Keyboard users land on the first document, ready for Enter.
    if (list && list.length > 0 && !problem) listRef.current?.querySelector('button')?.focus({ preventScroll: true });
  }, [list, problem]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
    const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : Math.min(buttons.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
    buttons[next]?.focus();
    event.preventDefault();
  };

  return (
    <section className="desk-view adjudication-picker" aria-label={t('desk.adjudication.title')}>
      <header className="desk-view-head">
        <h2>{t('desk.adjudication.title')}</h2>
      </header>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!list && !error && (
        <p className="hint" role="status">
          {t('desk.adjudication.pick.loading')}
        </p>
      )}
      {list && list.length === 0 && <NoneYet />}
      {list && list.length > 0 && (
        <>
          <p className="hint" id="adjudication-pick-hint">
            {t('desk.adjudication.pick.hint')}
          </p>
          <ul
            ref={listRef}
            className="adjudicable-list"
            aria-label={t('desk.adjudication.pick.list')}
            aria-describedby="adjudication-pick-hint"
            onKeyDown={onKeyDown}
          >
            {list.map((d) => (
              <li key={d.documentId}>
                <button type="button" className="adjudicable-row" onClick={() => void useDesk.getState().openAdjudication(d.documentId)}>
                  <bdi className="adjudicable-title" dir="auto" data-user-content="">
                    {d.title || d.documentId}
                  </bdi>
                  <span className="adjudicable-who">
                    {d.annotators
                      .map((a) => t('desk.adjudication.pick.annotator', { name: isolate(a.name || a.id), count: a.annotations }))
                      .join(t('document.list.separator'))}
                  </span>
                  <span className="adjudicable-state">
                    {d.disagreements === 0
                      ? t('desk.adjudication.pick.agree')
                      : t('desk.adjudication.pick.progress', { total: d.disagreements, open: d.disagreements - d.settled })}
                    {t('document.list.separator')}
                    {d.curated > 0 ? t('desk.adjudication.pick.curated', { count: d.curated }) : t('desk.adjudication.pick.noCurated')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** No document has two layers: say why, and how colleagues' work arrives. */
function NoneYet() {
  const t = useT();
  return (
    <div className="adjudication-none">
      <p>{t('desk.adjudication.pick.none')}</p>
      <p>{t('desk.adjudication.pick.howToShare')}</p>
      <button type="button" onClick={() => useDesk.getState().openRemote()}>
        {t('desk.sync.settings')}
      </button>
    </div>
  );
}
