import { useEffect, useRef } from 'react';
import { filesFromInput } from './files';
import { useImporter } from './import.store';
import { ImportReportView } from './ImportReport';
import './import.css';

const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.docx,.pdf,.json,.jsonl,.ndjson,.csv,.tsv';

/** Import…: choose files or a folder (or drop them), watch the progress, read the report. */
export function ImportDialog() {
  const phase = useImporter((s) => s.phase);
  const close = useImporter((s) => s.close);
  const dialog = useRef<HTMLDialogElement>(null);
  const busy = phase === 'upload' || phase === 'import';

  useEffect(() => {
    const el = dialog.current;
    if (phase !== 'closed' && el && !el.open) el.showModal();
    if (phase === 'closed' && el?.open) el.close();
  }, [phase]);

  if (phase === 'closed') return null;
  return (
    <dialog
      ref={dialog}
      className="dialog import-dialog"
      aria-label="Import"
      onCancel={(e) => {
        // Escape must not hide a running import; Cancel is explicit.
        e.preventDefault();
        if (!busy) close();
      }}
    >
      {phase === 'pick' && <PickStep />}
      {busy && <ProgressStep />}
      {phase === 'report' && <ImportReportView />}
    </dialog>
  );
}

function PickStep() {
  const start = useImporter((s) => s.start);
  const close = useImporter((s) => s.close);
  const error = useImporter((s) => s.error);
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Chromium supports folder picking through this non-standard attribute only.
    folder.current?.setAttribute('webkitdirectory', '');
  }, []);

  return (
    <div className="import-pick">
      <h2>Import articles</h2>
      <p className="import-lead">
        Text (.txt, .md), saved web pages (.html), Word (.docx), PDF (.pdf; scans read with OCR on request) and datasets (.json, .jsonl,
        .csv). Each file is checked; boilerplate such as{' '}
        <bdi className="nowrap" lang="ar">
          «اقرأ أيضاً»
        </bdi>{' '}
        and “Related” is marked, and pages holding several articles can be split. Isnad’s own exports come back with their annotations; to
        import copies of documents already here, use Import dataset….
      </p>
      <div className="import-choices">
        <button type="button" className="primary" onClick={() => files.current?.click()}>
          Choose files…
        </button>
        <button type="button" onClick={() => folder.current?.click()}>
          Choose a folder…
        </button>
        <span className="hint">or drop files and folders anywhere on the window</span>
      </div>
      <input
        ref={files}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="Files to import"
        onChange={(e) => void start(filesFromInput(e.currentTarget.files))}
      />
      <input
        ref={folder}
        type="file"
        multiple
        hidden
        aria-label="Folder to import"
        onChange={(e) => void start(filesFromInput(e.currentTarget.files))}
      />
      {error && (
        <p role="alert" className="error inline-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </div>
  );
}

function ProgressStep() {
  const phase = useImporter((s) => s.phase);
  const progress = useImporter((s) => s.progress);
  const cancel = useImporter((s) => s.cancel);
  const label = phase === 'upload' ? 'Reading files' : 'Importing';
  const percent = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="import-progress">
      <h2>{label}…</h2>
      <progress
        max={Math.max(progress.total, 1)}
        value={progress.done}
        aria-label={`${label}: ${progress.done} of ${progress.total} files`}
      />
      <p className="import-count" aria-live="polite">
        {label}: {progress.done.toLocaleString()} of {progress.total.toLocaleString()} files ({percent}%)
      </p>
      <p className="import-current" dir="auto" title={progress.current}>
        <bdi>{progress.current || ' '}</bdi>
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={() => void cancel()}>
          Cancel import
        </button>
      </div>
    </div>
  );
}
