import { type FormEvent, useState } from 'react';
import { useImporter } from './import.store';
import { useT } from '../../ui/i18n/I18n';
import { useModalDialog } from '../../ui/useModalDialog';

export function PasteDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const pasteText = useImporter((s) => s.pasteText);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const dialog = useModalDialog();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const added = await pasteText(title, text);
    setBusy(false);
    if (added) onClose();
  }

  return (
    <dialog ref={dialog} className="dialog" aria-label={t('import.paste.label')} onCancel={onClose}>
      <form onSubmit={submit}>
        <h2>{t('import.paste.title')}</h2>
        <label>
          {t('import.paste.titleField')} <span className="hint">{t('import.paste.titleHint')}</span>
          <input dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('import.paste.textField')}
          <textarea dir="auto" required rows={16} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('import.paste.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || text.trim().length === 0}>
            {t(busy ? 'import.paste.adding' : 'import.paste.add')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
