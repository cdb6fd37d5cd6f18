import { type ChangeEvent, type FormEvent, type SyntheticEvent, useRef, useState } from 'react';
import type { JobStatus } from '../../../../shared/contract/app';
import type { DatasetPreview, ImportJobResult } from '../../../../shared/contract/exchange';
import { useExchange } from './exchange.store';
import { useLibrary } from '../library/library.store';
import { describeError, describeJobError, reportInfo } from '../../app/notices';
import { JobProgressBar } from './JobProgressBar';
import { MAX_DATASET_UPLOAD_BYTES } from '../../../../shared/contract/transport';
import './exchange.css';
import { T, UserText, useTranslator } from '../../ui/i18n/I18n';
import { isolate } from '../../../../shared/i18n/translate';
import { sizeText } from '../../../../shared/i18n/labels';
import { messageText } from '../../../../shared/error-text';
import { warningsOf } from '../../../../shared/import/report';
import { useModalDialog } from '../../ui/useModalDialog';

/** Brings an Isnad .json export back: read and check it, ask about conflicts, then import. */
export function ImportDatasetDialog() {
  const close = useExchange((s) => s.closeImport);
  const refresh = useLibrary((s) => s.refresh);
  const [preview, setPreview] = useState<DatasetPreview | null>(null);
  const [reading, setReading] = useState(false);
  const [onConflict, setOnConflict] = useState<'skip' | 'duplicate'>('skip');
  const [error, setError] = useState<string | null>(null);
  const dialog = useModalDialog();
  const job = useExchange((s) => s.job);
  const upload = useExchange((s) => s.upload);
  const running = job?.state === 'running';
  const { stageDataset, stopReading, runDatasetImport, cancelJob } = useExchange.getState();
  /** Counts the files chosen: only the latest choice's answer is shown (an earlier one was stopped). */
  const choice = useRef(0);
  const tr = useTranslator();
  const { t } = tr;
  const describeDate = (iso: string) => (Number.isNaN(new Date(iso).getTime()) ? iso : tr.isoDate(iso));

  function finish(status: JobStatus) {
    void refresh();
    if (status.state === 'done') {
      const result = status.result as ImportJobResult;
      const parts = [
        t('document.count.document', { count: result.imported }),
        t('document.count.annotation', { count: result.annotations }),
      ];
      const extra = [
        result.skipped ? t('exchange.import.skipped', { count: result.skipped }) : '',
        result.duplicated ? t('exchange.import.copies', { count: result.duplicated }) : '',
      ].filter(Boolean);
      const separator = t('document.list.separator');
      reportInfo(
        t('exchange.import.done'),
        extra.length
          ? t('exchange.import.summaryExtra', { parts: parts.join(separator), extra: extra.join(separator) })
          : t('exchange.import.summary', { parts: parts.join(separator) }),
      );
      close();
    } else {
      setPreview(null);
      setError(
        status.state === 'cancelled'
          ? t('exchange.import.cancelled')
          : t('exchange.import.failed', { error: describeJobError(status) ?? t('exchange.unknownError') }),
      );
    }
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    const mine = ++choice.current;
    setPreview(null);
    setError(null);
    if (!file) {
      stopReading();
      setReading(false);
      return;
    }
    // Both modes send the file to a temp file on disk (browser mode uploads it; the desktop app
    // sends it a piece at a time), so only a far larger one is refused here; main or the host
    // may set a lower cap (ISNAD_MAX_DATASET_MB) and says so.
    const limit = MAX_DATASET_UPLOAD_BYTES;
    if (file.size > limit) {
      stopReading();
      setReading(false);
      setError(
        t('exchange.import.tooLarge', {
          file: isolate(file.name),
          limit: sizeText(tr.number, limit),
          command: `isnad import "${file.name}" --corpus DIR`,
        }),
      );
      return;
    }
    setReading(true);
    try {
      const staged = await stageDataset(file);
      if (mine === choice.current) setPreview(staged);
    } catch (err) {
      // A choice replaced by a newer one was stopped on purpose: nothing to say about it. A stop
      // the journalist asked for says so ("reading … was stopped; nothing was imported").
      if (mine === choice.current) setError(describeError(err));
    } finally {
      if (mine === choice.current) setReading(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!preview) return;
    setError(null);
    try {
      const last = await runDatasetImport({ stageId: preview.stageId, onConflict: preview.conflicts.length ? onConflict : 'fail' });
      if (last) finish(last);
    } catch (err) {
      setError(describeError(err));
    }
  }

  function onCancel(event: SyntheticEvent) {
    event.preventDefault();
    if (running) void cancelJob();
    else close();
  }

  const conflicts = preview?.conflicts ?? [];
  return (
    <dialog ref={dialog} className="dialog exchange-dialog" aria-label={t('exchange.import.title')} onCancel={onCancel}>
      <form onSubmit={submit}>
        <h2>{t('exchange.import.title')}</h2>
        <p className="lead">{t('exchange.import.lead')}</p>
        <label>
          {t('exchange.import.file')}
          <input type="file" accept=".json,.jsonl,.ndjson,application/json,application/jsonl" disabled={running} onChange={choose} />
        </label>
        {reading && !upload && <p className="hint">{t('exchange.import.reading')}</p>}
        {upload && (
          // Desktop: the file goes to the main process a piece at a time; then main checks it.
          <div className="job-progress">
            <progress aria-label={t('exchange.import.sending')} max={Math.max(upload.total, 1)} value={upload.sent} />
            <span className="job-progress-text">
              {upload.sent < upload.total
                ? t('exchange.import.sent', { sent: sizeText(tr.number, upload.sent), total: sizeText(tr.number, upload.total) })
                : t('exchange.import.checking', { total: sizeText(tr.number, upload.total) })}
            </span>
          </div>
        )}
        {preview && (
          <div className="dataset-summary" role="status">
            {/* A JSONL export has no header: no export date or version to show. */}
            <T
              id={preview.exportedAt === undefined ? 'exchange.import.previewLines' : 'exchange.import.preview'}
              values={{
                file: <UserText>{preview.fileName}</UserText>,
                documents: t('document.count.document', { count: preview.documents }),
                annotations: t('document.count.annotation', { count: preview.annotations }),
                when: describeDate(preview.exportedAt ?? ''),
                version: preview.appVersion ?? '',
              }}
            />
          </div>
        )}
        {conflicts.length > 0 && (
          <fieldset className="conflicts" disabled={running}>
            <legend>{t('exchange.import.conflicts', { count: conflicts.length })}</legend>
            <ul>
              {conflicts.slice(0, 8).map((c) => (
                <li key={c.documentId}>
                  <bdi dir="auto" className="doc-title" data-user-content="">
                    {c.title}
                  </bdi>{' '}
                  <span className="hint">
                    {c.reason === 'same-id' ? (
                      t('exchange.import.sameId')
                    ) : (
                      <T id="exchange.import.sameText" values={{ title: <UserText>{c.existingTitle}</UserText> }} />
                    )}
                  </span>
                </li>
              ))}
              {conflicts.length > 8 && <li className="hint">{t('search.unsearchable.more', { count: conflicts.length - 8 })}</li>}
            </ul>
            <label className="choice">
              <input type="radio" name="conflict" checked={onConflict === 'skip'} onChange={() => setOnConflict('skip')} />
              <span>
                {t('exchange.import.skip')} <span className="hint">{t('exchange.import.skipHint')}</span>
              </span>
            </label>
            <label className="choice">
              <input type="radio" name="conflict" checked={onConflict === 'duplicate'} onChange={() => setOnConflict('duplicate')} />
              <span>
                {t('exchange.import.copy')} <span className="hint">{t('exchange.import.copyHint')}</span>
              </span>
            </label>
          </fieldset>
        )}
        {preview && preview.warnings.length > 0 && (
          <details className="warnings">
            <summary>{t('exchange.import.notes', { count: preview.warnings.length })}</summary>
            <ul>
              {warningsOf(preview).map((w, i) => (
                <li key={`${i}:${w.message}`} dir="auto">
                  {messageText(tr, w)}
                </li>
              ))}
            </ul>
          </details>
        )}
        {running && <JobProgressBar status={job} label={t('exchange.import.progress')} unit="documents" />}
        {error && (
          <p role="alert" className="dialog-error" dir="auto">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          {running ? (
            <button type="button" onClick={() => void cancelJob()}>
              {t('exchange.import.cancel')}
            </button>
          ) : upload ? (
            <button type="button" onClick={stopReading}>
              {t('exchange.import.stop')}
            </button>
          ) : (
            <button type="button" onClick={close}>
              {t('document.toolbar.cancel')}
            </button>
          )}
          <button type="submit" className="primary" disabled={!preview || running}>
            {running ? t('exchange.import.running') : t('exchange.import.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
