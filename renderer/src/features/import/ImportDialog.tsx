import { useEffect, useRef } from 'react';
import { filesFromInput } from './files';
import { useImporter } from './import.store';
import { ImportReportView } from './ImportReport';
import { T, useT, useTranslator } from '../../ui/i18n/I18n';
import { jobCurrentText } from '../../../../shared/error-text';
import './import.css';

const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.docx,.pdf,.json,.jsonl,.ndjson,.csv,.tsv';

/** Import…: choose files or a folder (or drop them), watch the progress, read the report. */
export function ImportDialog() {
  const t = useT();
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
      aria-label={t('import.dialog.label')}
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
  const t = useT();
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
      <h2>{t('import.pick.title')}</h2>
      <p className="import-lead">
        <T
          id="import.pick.lead"
          values={{
            ar: (
              <bdi className="nowrap" lang="ar" translate="no">
                «اقرأ أيضاً»
              </bdi>
            ),
            en: (
              <bdi lang="en" translate="no">
                “Related”
              </bdi>
            ),
          }}
        />
      </p>
      <div className="import-choices">
        <button type="button" className="primary" onClick={() => files.current?.click()}>
          {t('import.pick.files')}
        </button>
        <button type="button" onClick={() => folder.current?.click()}>
          {t('import.pick.folder')}
        </button>
        <span className="hint">{t('import.pick.drop')}</span>
      </div>
      <input
        ref={files}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label={t('import.pick.filesLabel')}
        onChange={(e) => void start(filesFromInput(e.currentTarget.files))}
      />
      <input
        ref={folder}
        type="file"
        multiple
        hidden
        aria-label={t('import.pick.folderLabel')}
        onChange={(e) => void start(filesFromInput(e.currentTarget.files))}
      />
      {error && (
        <p role="alert" className="error inline-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('import.pick.close')}
        </button>
      </div>
    </div>
  );
}

function ProgressStep() {
  const translator = useTranslator();
  const { t } = translator;
  const phase = useImporter((s) => s.phase);
  const progress = useImporter((s) => s.progress);
  const cancel = useImporter((s) => s.cancel);
  const label = t(phase === 'upload' ? 'import.progress.reading' : 'import.progress.importing');
  const counts = { done: progress.done, count: progress.total, percent: progress.total ? progress.done / progress.total : 0 };
  return (
    <div className="import-progress">
      <h2>{t('import.progress.heading', { label })}</h2>
      <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={t('import.progress.count', { label, ...counts })} />
      <p className="import-count" aria-live="polite">
        {t('import.progress.countPercent', { label, ...counts })}
      </p>
      {progress.currentId ? (
        // A step named by a message (a PDF's page, an OCR page): our words, in the reader's language.
        <p className="import-current" dir="auto">
          {jobCurrentText(translator, progress)}
        </p>
      ) : (
        <p className="import-current" dir="auto" title={progress.current}>
          <bdi data-user-content="">{progress.current || ' '}</bdi>
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => void cancel()}>
          {t('import.progress.cancel')}
        </button>
      </div>
    </div>
  );
}
