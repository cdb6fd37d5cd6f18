import { useEffect, useRef } from 'react';
import { figureDetail } from '../../../../shared/i18n/labels';
import type { SessionClaimView } from '../../../../shared/contract/sessions';
import { useNavigation } from '../../app/navigation';
import { isEditable } from '../../ui/keys';
import { TYPE_LABEL, VERDICT_LABEL } from '../../ui/labels';
import { VERDICT_KEYS, allChecked, verdictForKey } from './factcheck.logic';
import { useFactCheck } from './factcheck.store';
import { T, useTranslator } from '../../ui/i18n/I18n';
import { QUOTE_KIND } from '../document/cards.logic';
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
  const tr = useTranslator();
  const { t } = tr;

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

  if (!mine) return <p className="hint">{t('factcheck.loading')}</p>;
  if (error) {
    return (
      <section className="session-runner" aria-label={t('factcheck.runner.label')}>
        <p role="alert" className="error">
          {error}
        </p>
        <button type="button" onClick={close}>
          {t('factcheck.runner.back')}
        </button>
      </section>
    );
  }
  if (!session || !claim) return <p className="hint">{t('factcheck.loading')}</p>;
  const done = allChecked(session.progress);

  return (
    <section className="session-runner" aria-label={t('factcheck.runner.label')}>
      <header className="runner-header">
        <button type="button" className="link-button" onClick={close}>
          {t('factcheck.runner.sessions')}
        </button>
        <h2 dir="auto" data-user-content="">
          {session.name}
        </h2>
        <ProgressBar progress={session.progress} />
        {session.state === 'finished' ? (
          <span className="state-badge state-finished">{t('factcheck.state.finished')}</span>
        ) : (
          <>
            <button type="button" onClick={() => void setState('paused')}>
              {t('factcheck.runner.pause')}
            </button>
            <button type="button" className={done ? 'primary' : undefined} onClick={() => void setState('finished')}>
              {t('factcheck.runner.finish')}
            </button>
          </>
        )}
      </header>
      {done && (
        <div className="session-done" role="status">
          <strong>{t('factcheck.runner.done')}</strong>
          {session.state !== 'finished' && ` ${t('factcheck.runner.doneHint')}`}
          <ReportButtons id={session.id} />
        </div>
      )}
      <div className="runner-body">
        <ClaimPanel claim={claim} onOpen={() => openDocument(claim.documentId, { annotationId: claim.annotationId })} />
        <form
          className="verdict-form"
          aria-label={t('factcheck.filter.verdict')}
          onSubmit={(e) => {
            e.preventDefault();
            void save(draft.status);
          }}
        >
          <fieldset className="verdict-choices" disabled={claim.missing || saving}>
            <legend>{t('factcheck.filter.verdict')}</legend>
            {VERDICT_KEYS.map(([key, status]) => (
              <label key={status} className={`verdict-choice verdict-${status}`}>
                <input type="radio" name="status" checked={draft.status === status} onChange={() => editDraft({ status })} />
                <span>{t(VERDICT_LABEL[status])}</span>
                <kbd>{key}</kbd>
              </label>
            ))}
          </fieldset>
          <label>
            {t('factcheck.runner.note')}
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
            {t('factcheck.runner.evidence')} <span className="hint">{t('factcheck.runner.evidenceHint')}</span>
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
              {t('factcheck.runner.checkedBy')}
              <input
                dir="auto"
                value={draft.checkedBy}
                onChange={(e) => editDraft({ checkedBy: e.target.value })}
                disabled={claim.missing}
              />
            </label>
            <label>
              {t('factcheck.runner.checkedAt')}
              <output>{claim.row?.verdict.checkedAt ? tr.isoDate(claim.row.verdict.checkedAt) : t('factcheck.runner.whenSaved')}</output>
            </label>
          </div>
          <div className="runner-nav">
            <button type="button" onClick={() => void move({ step: 'previous' })} disabled={claim.position === 0} aria-keyshortcuts="K">
              {t('factcheck.runner.previous')}
            </button>
            <span className="hint">{t('factcheck.runner.position', { position: claim.position + 1, total: claim.total })}</span>
            <button
              type="button"
              onClick={() => void move({ step: 'next' })}
              disabled={claim.position >= claim.total - 1}
              aria-keyshortcuts="J"
            >
              {t('factcheck.runner.skip')}
            </button>
            <button type="submit" className="primary" disabled={claim.missing || saving} aria-keyshortcuts="Control+Enter">
              {t('factcheck.runner.save')}
            </button>
          </div>
          <p className="hint shortcuts">
            <T id="factcheck.runner.keys" values={{ kbd: (parts) => <kbd>{parts}</kbd> }} />
          </p>
        </form>
      </div>
    </section>
  );
}

function ClaimPanel({ claim, onOpen }: { claim: SessionClaimView; onOpen: () => void }) {
  const tr = useTranslator();
  const { t } = tr;
  if (claim.missing || !claim.row || !claim.context) {
    return (
      <article className="claim-panel" aria-label={t('factcheck.claim.label')}>
        <p className="error">{t('factcheck.claim.deleted')}</p>
      </article>
    );
  }
  const { row, context } = claim;
  return (
    <article className="claim-panel" aria-label={t('factcheck.claim.label')}>
      <header>
        <span className={`type-badge type-${row.type}`}>{t(TYPE_LABEL[row.type])}</span>
        <button type="button" className="link-button" dir="auto" onClick={onOpen} title={t('factcheck.claim.open')}>
          <span data-user-content="">{row.documentTitle}</span>
        </button>
        <span className="document-meta">
          {row.outlet && (
            <span dir="auto" data-user-content="">
              {row.outlet}
            </span>
          )}
          {row.publishedAt && <bdi dir="ltr">{tr.isoDate(row.publishedAt)}</bdi>}
        </span>
      </header>
      <blockquote className="claim-context" dir={row.dir} lang={row.lang} data-testid="claim-context" data-user-content="">
        {context.offset > 0 && '… '}
        {context.text.slice(0, context.claimStart)}
        <mark className="claim-mark">{context.text.slice(context.claimStart, context.claimEnd)}</mark>
        {context.text.slice(context.claimEnd)}
      </blockquote>
      <dl className="claim-facts">
        {row.speakerName && (
          <>
            <dt>{t('factcheck.column.speaker')}</dt>
            <dd dir="auto" data-user-content="">
              {row.speakerName}
            </dd>
          </>
        )}
        {row.detail && (
          <>
            <dt>{row.type === 'figure' ? t('document.type.figure') : t('factcheck.claim.detail')}</dt>
            {row.type === 'quote' && row.detail in QUOTE_KIND ? (
              <dd>{t(QUOTE_KIND[row.detail as keyof typeof QUOTE_KIND])}</dd>
            ) : (
              <dd dir="auto" data-user-content="">
                {row.figure ? figureDetail(t, row.figure) : row.detail}
              </dd>
            )}
          </>
        )}
      </dl>
    </article>
  );
}
