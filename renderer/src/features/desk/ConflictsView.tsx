import { useEffect } from 'react';
import type { SyncConflict } from '../../../../shared/sync/conflicts';
import { useNavigation } from '../../app/navigation';
import { useLibrary } from '../library/library.store';
import { shortAnnotatorName } from './annotator.logic';
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

  useEffect(() => {
    void loadConflicts();
  }, [loadConflicts]);

  return (
    <section className="desk-view conflicts-view" aria-label="Conflicts to decide">
      <header className="desk-view-head">
        <h2>Conflicts</h2>
        <div role="radiogroup" aria-label="Which conflicts" className="segmented">
          {(['open', 'decided', 'all'] as const).map((s) => (
            <button key={s} type="button" role="radio" aria-checked={state === s} onClick={() => void loadConflicts(s)}>
              {s === 'open' ? 'To decide' : s === 'decided' ? 'Decided' : 'All'}
            </button>
          ))}
        </div>
      </header>
      <p className="hint">
        Two people changed the same thing differently. Until someone decides, every copy shows the more cautious side (marked “shown now”).
        Your decision is shared by the next sync.
      </p>
      {error && (
        <p role="alert" className="dialog-error">
          {error}
        </p>
      )}
      {conflicts.length === 0 && !error && <p className="empty-note">{state === 'open' ? 'No conflicts to decide.' : 'No conflicts.'}</p>}
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
  return (
    <li className={`conflict-card${decided ? ' decided' : ''}`} data-conflict-id={c.id}>
      <div className="conflict-place">
        <strong>{conflictField(c.field)}</strong>
        {c.documentId && (
          <>
            {' in '}
            <button
              type="button"
              className="link"
              onClick={() => openDocument(c.documentId ?? null, c.annotationId ? { annotationId: c.annotationId } : undefined)}
            >
              <bdi dir="auto">{title ?? c.documentId}</bdi>
            </button>
          </>
        )}
        {c.layer && <span className="hint"> · {shortAnnotatorName(c.layer, names)}’s layer</span>}
      </div>
      <div className="conflict-sides">
        {c.sides.map((side, i) => {
          const chosen = decided ? c.decision?.side === i : c.provisional === i;
          return (
            <div key={i} className={`conflict-side${chosen ? ' chosen' : ''}`}>
              <p className="conflict-value" dir="auto">
                {conflictValue(side.value)}
              </p>
              <p className="hint">
                {shortAnnotatorName(side.by, names)} · {side.at.slice(0, 16).replace('T', ' ')}
                {!decided && c.provisional === i && <span className="tag"> shown now</span>}
                {decided && c.decision?.side === i && <span className="tag"> kept</span>}
              </p>
              {!decided && (
                <button type="button" onClick={() => void decideConflict(c.id, i as 0 | 1)}>
                  Keep this
                </button>
              )}
            </div>
          );
        })}
      </div>
      {decided && c.decision && (
        <p className="hint">
          Decided by {shortAnnotatorName(c.decision.by, names)} · {c.decision.at.slice(0, 16).replace('T', ' ')}
          {c.decision.side === null && <> — another value: {conflictValue(c.decision.value)}</>}
        </p>
      )}
    </li>
  );
}
