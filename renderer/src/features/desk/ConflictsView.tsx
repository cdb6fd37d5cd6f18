import { useEffect } from 'react';
import type { SyncConflict } from '../../../../shared/sync/conflicts';
import { useNavigation } from '../../app/navigation';
import { useLibrary } from '../library/library.store';
import { shortAnnotatorName } from './annotator.logic';
import { T, UserText, useT, useTranslator } from '../../ui/i18n/I18n';
import { moment } from '../../../../shared/i18n/labels';
import { useDesk } from './desk.store';
import { conflictField, conflictValue } from './sync.logic';

/**
 * Conflicts sync found between colleagues' edits of shared data: each shows both sides with
 * who and when, and a person keeps one. Nothing is settled here without a click.
 */
export function ConflictsView() {
  const conflicts = useDesk((s) => s.conflicts);
  const error = useDesk((s) => s.conflictsError);
  const state = useDesk((s) => s.conflictState);
  const { loadConflicts } = useDesk.getState();
  const t = useT();

  useEffect(() => {
    void loadConflicts();
  }, [loadConflicts]);

  return (
    <section className="desk-view conflicts-view" aria-label={t('desk.conflicts.label')}>
      <header className="desk-view-head">
        <h2>{t('desk.conflicts.title')}</h2>
        <div role="radiogroup" aria-label={t('desk.conflicts.which')} className="segmented">
          {(['open', 'decided', 'all'] as const).map((s) => (
            <button key={s} type="button" role="radio" aria-checked={state === s} onClick={() => void loadConflicts(s)}>
              {t(s === 'open' ? 'desk.conflicts.open' : s === 'decided' ? 'desk.conflicts.decided' : 'desk.conflicts.all')}
            </button>
          ))}
        </div>
      </header>
      <p className="hint">{t('desk.conflicts.hint')}</p>
      {error && (
        <p role="alert" className="dialog-error">
          {error}
        </p>
      )}
      {conflicts.length === 0 && !error && (
        <p className="empty-note">{state === 'open' ? t('desk.conflicts.noneOpen') : t('desk.conflicts.none')}</p>
      )}
      <ol className="conflict-list">
        {conflicts.map((c) => (
          <ConflictCard key={c.id} conflict={c} />
        ))}
      </ol>
    </section>
  );
}

function ConflictCard({ conflict: c }: { conflict: SyncConflict }) {
  const names = useDesk((s) => s.names);
  const title = useLibrary((s) => s.documents.find((d) => d.id === c.documentId)?.title);
  const { decideConflict } = useDesk.getState();
  const openDocument = useNavigation((s) => s.openDocument);
  const decided = c.state === 'decided';
  const t = useT();
  const tr = useTranslator();
  return (
    <li className={`conflict-card${decided ? ' decided' : ''}`} data-conflict-id={c.id}>
      <div className="conflict-place">
        <strong>{conflictField(c.field, t)}</strong>
        {c.documentId && (
          <>
            {` ${t('desk.conflicts.in')} `}
            <button
              type="button"
              className="link"
              onClick={() => openDocument(c.documentId ?? null, c.annotationId ? { annotationId: c.annotationId } : undefined)}
            >
              <bdi dir="auto" data-user-content="">
                {title ?? c.documentId}
              </bdi>
            </button>
          </>
        )}
        {c.layer && (
          <span className="hint">
            {' · '}
            <T id="desk.conflicts.layer" values={{ name: <UserText>{shortAnnotatorName(c.layer, names, t)}</UserText> }} />
          </span>
        )}
      </div>
      <div className="conflict-sides">
        {c.sides.map((side, i) => {
          const chosen = decided ? c.decision?.side === i : c.provisional === i;
          return (
            <div key={i} className={`conflict-side${chosen ? ' chosen' : ''}`}>
              <p className="conflict-value" dir="auto" data-user-content="">
                {conflictValue(side.value, t)}
              </p>
              <p className="hint">
                <UserText>{shortAnnotatorName(side.by, names, t)}</UserText> ·{' '}
                <bdi>
                  <time dateTime={side.at}>{moment(tr.date, side.at)}</time>
                </bdi>
                {!decided && c.provisional === i && <span className="tag"> {t('desk.conflicts.shownNow')}</span>}
                {decided && c.decision?.side === i && <span className="tag"> {t('desk.conflicts.kept')}</span>}
              </p>
              {!decided && (
                <button type="button" onClick={() => void decideConflict(c.id, i as 0 | 1)}>
                  {t('desk.conflicts.keep')}
                </button>
              )}
            </div>
          );
        })}
      </div>
      {decided && c.decision && (
        <p className="hint">
          <T id="desk.conflicts.decidedBy" values={{ name: <UserText>{shortAnnotatorName(c.decision.by, names, t)}</UserText> }} /> ·{' '}
          <bdi>
            <time dateTime={c.decision.at}>{moment(tr.date, c.decision.at)}</time>
          </bdi>
          {c.decision.side === null && (
            <>
              {' '}
              — {t('desk.conflicts.another')} <UserText>{conflictValue(c.decision.value, t)}</UserText>
            </>
          )}
        </p>
      )}
    </li>
  );
}
