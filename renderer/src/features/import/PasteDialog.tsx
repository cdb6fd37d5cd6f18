import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useImporter } from './import.store';

export function PasteDialog({ onClose }: { onClose: () => void }) {
  const pasteText = useImporter((s) => s.pasteText);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const el = dialog.current;
    el?.showModal();
    return () => el?.close();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const added = await pasteText(title, text);
    setBusy(false);
    if (added) onClose();
  }

  return (
    <dialog ref={dialog} className="dialog" aria-label="Paste text" onCancel={onClose}>
      <form onSubmit={submit}>
        <h2>Paste an article</h2>
        <label>
          Title <span className="hint">(optional: the first line is used otherwise)</span>
          <input dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Text
          <textarea dir="auto" required rows={16} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || text.trim().length === 0}>
            {busy ? 'Adding…' : 'Add document'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
