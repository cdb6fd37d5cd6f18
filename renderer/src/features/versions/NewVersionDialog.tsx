import { type ChangeEvent, type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { describeError } from '../../app/notices';
import { useT } from '../../ui/i18n/I18n';
import { useDocument } from '../document/document.store';
import { useVersions } from './versions.store';
import { useModalDialog } from '../../ui/useModalDialog';

/** Paste or choose the article's new text; the corpus refuses an empty one or the same text, storing nothing. */
export function NewVersionDialog() {
  const t = useT();
  const doc = useDocument((s) => s.doc);
  const dialog = useModalDialog();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { open, applied } = useVersions.getState();
  if (!doc) return null;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setError(null);
    if (file) setText(await file.text());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!doc) return;
    setError(null);
    setBusy(true);
    try {
      await applied(await api.addDocumentVersion({ documentId: doc.id, text }));
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="dialog wide new-version-dialog"
      aria-label={t('document.versions.newTitle')}
      onCancel={() => open(null)}
    >
      <form onSubmit={submit}>
        <h2>{t('document.versions.newTitle')}</h2>
        <p className="hint">{t('document.versions.newHint')}</p>
        <label>
          {t('document.versions.file')} <input type="file" accept=".txt,.md,text/plain" onChange={(e) => void choose(e)} />
        </label>
        <label className="new-version-text">
          {t('document.versions.text')}
          <textarea dir={doc.dir} rows={12} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => open(null)}>
            {t('document.versions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('document.versions.import')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
