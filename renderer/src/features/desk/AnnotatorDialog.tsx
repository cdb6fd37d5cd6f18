import { type FormEvent, useState } from 'react';
import { useDesk } from './desk.store';
import { useT } from '../../ui/i18n/I18n';
import { useModalDialog } from '../../ui/useModalDialog';

/**
 * "Who are you?": asked once, at first start, until the journalist confirms a name and an
 * email (their annotations, verdicts and commits carry them); changed later from Desk settings.
 */
export function AnnotatorDialog() {
  const t = useT();
  const annotator = useDesk((s) => s.annotator);
  const errors = useDesk((s) => s.annotatorErrors);
  const saving = useDesk((s) => s.annotatorSaving);
  const { saveAnnotator, closeAnnotatorPrompt } = useDesk.getState();
  const confirmed = annotator?.confirmed ?? false;
  const [name, setName] = useState(annotator?.name ?? '');
  const [email, setEmail] = useState(confirmed ? (annotator?.email ?? '') : '');
  const dialog = useModalDialog();

  function submit(event: FormEvent) {
    event.preventDefault();
    void saveAnnotator(name, email);
  }

  return (
    <dialog
      ref={dialog}
      className="dialog desk-dialog"
      aria-label={t('desk.annotator.label')}
      onCancel={(event) => {
        event.preventDefault();
        closeAnnotatorPrompt();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2>{confirmed ? t('desk.annotator.titleConfirmed') : t('desk.annotator.title')}</h2>
        <p className="hint">{t('desk.annotator.hint')}</p>
        <label>
          {t('desk.annotator.name')}
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
          {t('desk.annotator.email')}
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
              {t('document.toolbar.cancel')}
            </button>
          )}
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('document.save.saving') : t('speakers.editor.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
