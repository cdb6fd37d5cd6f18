import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useDesk } from './desk.store';

/**
 * "Who are you?": asked once, at first start, until the journalist confirms a name and an
 * email (their annotations, verdicts and commits carry them); changed later from Desk settings.
 */
export function AnnotatorDialog() {
  const annotator = useDesk((s) => s.annotator);
  const errors = useDesk((s) => s.annotatorErrors);
  const saving = useDesk((s) => s.annotatorSaving);
  const { saveAnnotator, closeAnnotatorPrompt } = useDesk.getState();
  const confirmed = annotator?.confirmed ?? false;
  const [name, setName] = useState(annotator?.name ?? '');
  const [email, setEmail] = useState(confirmed ? (annotator?.email ?? '') : '');
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const el = dialog.current;
    el?.showModal();
    return () => el?.close();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    void saveAnnotator(name, email);
  }

  return (
    <dialog
      ref={dialog}
      className="dialog desk-dialog"
      aria-label="Who annotates on this computer"
      onCancel={(event) => {
        event.preventDefault();
        closeAnnotatorPrompt();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2>{confirmed ? 'Your name and email' : 'Who is annotating?'}</h2>
        <p className="hint">
          Your annotations, verdicts and synced changes are signed with your name and email, so colleagues on the desk see who did what.
          Asked once; change it later in Desk settings.
        </p>
        <label>
          Name
          <input
            name="annotator-name"
            dir="auto"
            autoFocus
            value={name}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? 'annotator-name-error' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {errors.name && (
            <span id="annotator-name-error" role="alert" className="field-error">
              {errors.name}
            </span>
          )}
        </label>
        <label>
          Email
          <input
            name="annotator-email"
            type="email"
            dir="ltr"
            value={email}
            placeholder="layla@example.org"
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? 'annotator-email-error' : undefined}
            onChange={(e) => setEmail(e.target.value)}
          />
          {errors.email && (
            <span id="annotator-email-error" role="alert" className="field-error">
              {errors.email}
            </span>
          )}
        </label>
        <div className="dialog-actions">
          {confirmed && (
            <button type="button" onClick={closeAnnotatorPrompt}>
              Cancel
            </button>
          )}
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
