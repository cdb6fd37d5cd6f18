import { type ChangeEvent, type FormEvent, type SyntheticEvent, useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../../../shared/contract/app';
import type { DatasetPreview, ImportJobResult } from '../../../../shared/contract/exchange';
import { useExchange } from './exchange.store';
import { useLibrary } from '../library/library.store';
import { describeError, reportInfo } from '../../app/notices';
import { JobProgressBar } from './JobProgressBar';
import './exchange.css';
import { plural } from '../../util/format';

/** The browser-mode host takes request bodies up to 100 MB; the file travels inside JSON. */
const MAX_UPLOAD_BYTES = 80 * 1024 * 1024;

function describeDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** Brings an Isnad .json export back: read and check it, ask about conflicts, then import. */
export function ImportDatasetDialog() {
  const close = useExchange((s) => s.closeImport);
  const refresh = useLibrary((s) => s.refresh);
  const [preview, setPreview] = useState<DatasetPreview | null>(null);
  const [reading, setReading] = useState(false);
  const [onConflict, setOnConflict] = useState<'skip' | 'duplicate'>('skip');
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const job = useExchange((s) => s.job);
  const running = job?.state === 'running';
  const { stageDataset, runDatasetImport, cancelJob } = useExchange.getState();

  useEffect(() => {
    const el = dialog.current;
    el?.showModal();
    return () => el?.close();
  }, []);

  function finish(status: JobStatus) {
    void refresh();
    if (status.state === 'done') {
      const result = status.result as ImportJobResult;
      const parts = [plural(result.imported, 'document'), plural(result.annotations, 'annotation')];
      const extra = [result.skipped && `${result.skipped} skipped`, result.duplicated && `${result.duplicated} as copies`].filter(Boolean);
      reportInfo('Dataset imported', `${parts.join(', ')}${extra.length ? ` (${extra.join(', ')})` : ''}.`);
      close();
    } else {
      setPreview(null);
      setError(
        status.state === 'cancelled'
          ? 'Import cancelled. The corpus is as it was.'
          : `Import failed: ${status.error ?? 'unknown error'}. The corpus is as it was.`,
      );
    }
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setPreview(null);
    setError(null);
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(
        `${file.name} is larger than 80 MB, too large to send to Isnad from this window. Import it with the command line: isnad import "${file.name}" --corpus DIR`,
      );
      return;
    }
    setReading(true);
    try {
      setPreview(await stageDataset(file));
    } catch (err) {
      setError(describeError(err));
    } finally {
      setReading(false);
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
    <dialog ref={dialog} className="dialog exchange-dialog" aria-label="Import dataset" onCancel={onCancel}>
      <form onSubmit={submit}>
        <h2>Import dataset</h2>
        <p className="lead">Bring an Isnad JSON export back into this corpus, with the same ids, offsets, attributes and verdicts.</p>
        <label>
          Export file (.json)
          <input type="file" accept=".json,application/json" disabled={running} onChange={choose} />
        </label>
        {reading && <p className="hint">Reading and checking the file…</p>}
        {preview && (
          <div className="dataset-summary" role="status">
            <bdi dir="auto">{preview.fileName}</bdi>: {plural(preview.documents, 'document')}, {plural(preview.annotations, 'annotation')},
            exported {describeDate(preview.exportedAt)} by Isnad {preview.appVersion}.
          </div>
        )}
        {conflicts.length > 0 && (
          <fieldset className="conflicts" disabled={running}>
            <legend>{conflicts.length === 1 ? '1 document is' : `${conflicts.length} documents are`} already in the corpus</legend>
            <ul>
              {conflicts.slice(0, 8).map((c) => (
                <li key={c.documentId}>
                  <bdi dir="auto" className="doc-title">
                    {c.title}
                  </bdi>{' '}
                  <span className="hint">{c.reason === 'same-id' ? '(same id)' : `(same text as “${c.existingTitle}”)`}</span>
                </li>
              ))}
              {conflicts.length > 8 && <li className="hint">and {conflicts.length - 8} more</li>}
            </ul>
            <label className="choice">
              <input type="radio" name="conflict" checked={onConflict === 'skip'} onChange={() => setOnConflict('skip')} />
              <span>
                Skip them <span className="hint">— keep what is in the corpus; import only the new documents</span>
              </span>
            </label>
            <label className="choice">
              <input type="radio" name="conflict" checked={onConflict === 'duplicate'} onChange={() => setOnConflict('duplicate')} />
              <span>
                Import them as copies <span className="hint">— with new ids; nothing existing is changed</span>
              </span>
            </label>
          </fieldset>
        )}
        {preview && preview.warnings.length > 0 && (
          <details className="warnings">
            <summary>{plural(preview.warnings.length, 'note')} about this file</summary>
            <ul>
              {preview.warnings.map((w) => (
                <li key={w} dir="auto">
                  {w}
                </li>
              ))}
            </ul>
          </details>
        )}
        {running && <JobProgressBar status={job} label="Import progress" unit="documents" />}
        {error && (
          <p role="alert" className="dialog-error" dir="auto">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          {running ? (
            <button type="button" onClick={() => void cancelJob()}>
              Cancel import
            </button>
          ) : (
            <button type="button" onClick={close}>
              Cancel
            </button>
          )}
          <button type="submit" className="primary" disabled={!preview || running}>
            {running ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
