import { useEffect, useRef, useState } from 'react';
import { useLibrary } from './library.store';

/** The trash: restore a document with all its annotations, or delete it for good. */
export function TrashDialog({ onClose }: { onClose(): void }) {
  const trash = useLibrary((s) => s.trash);
  const { loadTrash, restore, emptyTrash } = useLibrary.getState();
  // Emptying cannot be undone, so it takes a second, explicit press.
  const [confirming, setConfirming] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const el = dialog.current;
    el?.showModal();
    void loadTrash();
    return () => el?.close();
  }, [loadTrash]);

  return (
    <dialog ref={dialog} className="dialog wide trash-dialog" aria-label="Trash" onCancel={onClose}>
      <h2>Trash</h2>
      {trash.length === 0 ? (
        <p className="hint">The trash is empty. Deleted documents wait here until the trash is emptied.</p>
      ) : (
        <ul className="trash-list" aria-label="Deleted documents">
          {trash.map((d) => (
            <li key={d.id}>
              <span className="document-title" dir="auto">
                {d.title}
              </span>
              <span className="hint">
                deleted <bdi dir="ltr">{(d.deletedAt ?? '').slice(0, 16).replace('T', ' ')}</bdi>
              </span>
              <button type="button" onClick={() => void restore(d.id)} aria-label={`Restore ${d.title}`}>
                Restore
              </button>
              <button type="button" className="danger" onClick={() => void emptyTrash([d.id])} aria-label={`Delete ${d.title} for good`}>
                Delete for good
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        {trash.length > 0 &&
          (confirming ? (
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirming(false);
                void emptyTrash();
              }}
            >
              Delete {trash.length} document{trash.length === 1 ? '' : 's'} for good
            </button>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              Empty trash…
            </button>
          ))}
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
