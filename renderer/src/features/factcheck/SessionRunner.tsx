import { useEffect, useRef } from 'react';
import type { SessionClaimView } from '../../../../shared/contract/sessions';
import { useNavigation } from '../../app/navigation';
import { isEditable } from '../../ui/keys';
import { TYPE_LABEL, VERDICT_LABEL } from '../../ui/labels';
import { VERDICT_KEYS, allChecked, verdictForKey } from './factcheck.logic';
import { useFactCheck } from './factcheck.store';
import { ProgressBar, ReportButtons } from './SessionParts';

/** One claim at a time: the claim in its context beside the verdict form. */
export function SessionRunner({ sessionId }: { sessionId: string }) {
  const mine = useFactCheck((s) => s.runner.sessionId === sessionId);
  const session = useFactCheck((s) => s.runner.session);
  const claim = useFactCheck((s) => s.runner.claim);
  const draft = useFactCheck((s) => s.runner.draft);
  const error = useFactCheck((s) => s.runner.error);
  const saving = useFactCheck((s) => s.runner.saving);
  const {
    closeSession: close,
    startRunner,
    moveInSession: move,
    saveVerdict: save,
    editDraft,
    setSessionState: setState,
  } = useFactCheck.getState();
  const openDocument = useNavigation((s) => s.openDocument);
  const note = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    void startRunner(sessionId);
    return () => useFactCheck.getState().stopRunner();
  }, [startRunner, sessionId]);

  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      const inField = isEditable(event.target);
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void save(draft.status === 'unchecked' ? 'verified' : draft.status);
        return;
      }
      if (inField && !event.altKey) return;
      if (event.ctrlKey || event.metaKey) return;
      const verdict = verdictForKey(event.key, event.code);
      if (verdict) {
        event.preventDefault();
        void save(verdict);
      } else if (!inField && (event.key === 'j' || event.key === 'ArrowRight')) {
        event.preventDefault();
        void move({ step: 'next' });
      } else if (!inField && (event.key === 'k' || event.key === 'ArrowLeft')) {
        event.preventDefault();
        void move({ step: 'previous' });
      } else if (!inField && event.key === 'n') {
        event.preventDefault();
        note.current?.focus();
      }
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [save, move, draft.status]);

  if (!mine) return <p className="hint">Loading…</p>;
  if (error) {
    return (
      <section className="session-runner" aria-label="Fact-checking session">
        <p role="alert" className="error">
          {error}
        </p>
        <button type="button" onClick={close}>
          Back to sessions
        </button>
      </section>
    );
  }
  if (!session || !claim) return <p className="hint">Loading…</p>;
  const done = allChecked(session.progress);

  return (
    <section className="session-runner" aria-label="Fact-checking session">
      <header className="runner-header">
        <button type="button" className="link-button" onClick={close}>
          ← Sessions
        </button>
        <h2 dir="auto">{session.name}</h2>
        <ProgressBar progress={session.progress} />
        {session.state === 'finished' ? (
          <span className="state-badge state-finished">Finished</span>
        ) : (
          <>
            <button type="button" onClick={() => void setState('paused')}>
              Pause
            </button>
            <button type="button" className={done ? 'primary' : undefined} onClick={() => void setState('finished')}>
              Finish
            </button>
          </>
        )}
      </header>
      {done && (
        <div className="session-done" role="status">
          <strong>Every claim in this session has a verdict.</strong>
          {session.state !== 'finished' && ' Finish the session, then export the report.'}
          <ReportButtons id={session.id} />
        </div>
      )}
      <div className="runner-body">
        <ClaimPanel claim={claim} onOpen={() => openDocument(claim.documentId, { annotationId: claim.annotationId })} />
        <form
          className="verdict-form"
          aria-label="Verdict"
          onSubmit={(e) => {
            e.preventDefault();
            void save(draft.status);
          }}
        >
          <fieldset className="verdict-choices" disabled={claim.missing || saving}>
            <legend>Verdict</legend>
            {VERDICT_KEYS.map(([key, status]) => (
              <label key={status} className={`verdict-choice verdict-${status}`}>
                <input type="radio" name="status" checked={draft.status === status} onChange={() => editDraft({ status })} />
                <span>{VERDICT_LABEL[status]}</span>
                <kbd>{key}</kbd>
              </label>
            ))}
          </fieldset>
          <label>
            Note
            <textarea
              ref={note}
              dir="auto"
              rows={4}
              value={draft.note}
              onChange={(e) => editDraft({ note: e.target.value })}
              disabled={claim.missing}
            />
          </label>
          <label>
            Evidence <span className="hint">(one link or source per line)</span>
            <textarea
              dir="auto"
              rows={3}
              value={draft.evidence}
              onChange={(e) => editDraft({ evidence: e.target.value })}
              disabled={claim.missing}
            />
          </label>
          <div className="dialog-row">
            <label>
              Checked by
              <input
                dir="auto"
                value={draft.checkedBy}
                onChange={(e) => editDraft({ checkedBy: e.target.value })}
                disabled={claim.missing}
              />
            </label>
            <label>
              Checked at
              <output>{claim.row?.verdict.checkedAt ? new Date(claim.row.verdict.checkedAt).toLocaleString() : 'when saved'}</output>
            </label>
          </div>
          <div className="runner-nav">
            <button type="button" onClick={() => void move({ step: 'previous' })} disabled={claim.position === 0} aria-keyshortcuts="K">
              ← Previous
            </button>
            <span className="hint">
              Claim {claim.position + 1} of {claim.total}
            </span>
            <button
              type="button"
              onClick={() => void move({ step: 'next' })}
              disabled={claim.position >= claim.total - 1}
              aria-keyshortcuts="J"
            >
              Skip →
            </button>
            <button type="submit" className="primary" disabled={claim.missing || saving} aria-keyshortcuts="Control+Enter">
              Save &amp; next
            </button>
          </div>
          <p className="hint shortcuts">
            Keys: <kbd>1</kbd>–<kbd>4</kbd> set the verdict and move on (<kbd>Alt</kbd>+number while typing), <kbd>Ctrl</kbd>+
            <kbd>Enter</kbd> saves, <kbd>J</kbd>/<kbd>K</kbd> next/previous, <kbd>N</kbd> note.
          </p>
        </form>
      </div>
    </section>
  );
}

function ClaimPanel({ claim, onOpen }: { claim: SessionClaimView; onOpen: () => void }) {
  if (claim.missing || !claim.row || !claim.context) {
    return (
      <article className="claim-panel" aria-label="Claim">
        <p className="error">This claim was deleted from its document after the session started. Skip it.</p>
      </article>
    );
  }
  const { row, context } = claim;
  return (
    <article className="claim-panel" aria-label="Claim" lang={row.lang}>
      <header>
        <span className={`type-badge type-${row.type}`}>{TYPE_LABEL[row.type]}</span>
        <button type="button" className="link-button" dir="auto" onClick={onOpen} title="Open the document at this claim">
          {row.documentTitle}
        </button>
        <span className="document-meta">
          {row.outlet && <span dir="auto">{row.outlet}</span>}
          {row.publishedAt && <span>{row.publishedAt}</span>}
        </span>
      </header>
      <blockquote className="claim-context" dir={row.dir} data-testid="claim-context">
        {context.offset > 0 && '… '}
        {context.text.slice(0, context.claimStart)}
        <mark className="claim-mark">{context.text.slice(context.claimStart, context.claimEnd)}</mark>
        {context.text.slice(context.claimEnd)}
      </blockquote>
      <dl className="claim-facts">
        {row.speakerName && (
          <>
            <dt>Speaker</dt>
            <dd dir="auto">{row.speakerName}</dd>
          </>
        )}
        {row.detail && (
          <>
            <dt>{row.type === 'figure' ? 'Figure' : 'Detail'}</dt>
            <dd dir="auto">{row.detail}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
