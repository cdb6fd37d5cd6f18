import { type FormEvent, useEffect, useRef, useState } from 'react';
import { TagList } from '../../../../shared/domain/document';
import { useLibrary } from './library.store';
import { parseTags } from './library.logic';

/** Why the tags typed cannot be saved, in the store's words, or null. */
function tagsProblem(input: string): string | null {
  const parsed = TagList.safeParse(parseTags(input));
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'these tags cannot be saved');
}

/** Rename a document and set its tags (F2 in the library). */
export function EditDocumentDialog({ documentId, onClose }: { documentId: string; onClose(): void }) {
  const doc = useLibrary((s) => s.documents.find((d) => d.id === documentId));
  const edit = useLibrary((s) => s.edit);
  const [title, setTitle] = useState(doc?.title ?? '');
  const [tags, setTags] = useState((doc?.tags ?? []).join(', '));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const el = dialog.current;
    el?.showModal();
    return () => el?.close();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local =
      title.trim() === '' ? 'The title cannot be empty' : title.length > 1000 ? 'A title has at most 1,000 characters' : tagsProblem(tags);
    if (local) return setProblem(local);
    setBusy(true);
    const refused = await edit(documentId, { title: title.trim(), tags: parseTags(tags) });
    setBusy(false);
    if (refused) setProblem(refused);
    else onClose();
  }

  return (
    <dialog ref={dialog} className="dialog" aria-label="Rename and tag" onCancel={onClose}>
      <form onSubmit={submit} noValidate>
        <h2>Rename and tag</h2>
        <label>
          Title
          <input
            dir="auto"
            value={title}
            aria-invalid={problem?.includes('title') ? true : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label>
          Tags <span className="hint">(separated by commas, e.g. elections, غزة)</span>
          <input
            dir="auto"
            value={tags}
            aria-invalid={problem && !problem.includes('title') ? true : undefined}
            onChange={(e) => setTags(e.target.value)}
          />
        </label>
        {problem && (
          <p role="alert" className="field-error" dir="auto">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
