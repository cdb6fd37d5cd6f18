import { type FormEvent, type ReactNode, useState } from 'react';
import type { SpeakerFieldsDraft } from './speakers.logic';
import { useT } from '../../ui/i18n/I18n';
import { useModalDialog } from '../../ui/useModalDialog';

export function SpeakerDialogShell({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const dialog = useModalDialog();
  return (
    <dialog ref={dialog} className="dialog" aria-label={title} onCancel={onClose}>
      <h2 dir="auto">{title}</h2>
      {children}
    </dialog>
  );
}

/** Name, role, affiliation and aliases (spelling variants, other scripts) of a registry entry. */
export function SpeakerEditor(props: {
  title: string;
  initial: SpeakerFieldsDraft;
  submitLabel: string;
  onClose: () => void;
  onSubmit: (draft: SpeakerFieldsDraft) => Promise<void>;
}) {
  const [draft, setDraft] = useState(props.initial);
  const [busy, setBusy] = useState(false);
  const t = useT();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    await props.onSubmit(draft);
    setBusy(false);
  }

  return (
    <SpeakerDialogShell title={props.title} onClose={props.onClose}>
      <form onSubmit={submit}>
        <label>
          {t('speakers.editor.name')}
          <input dir="auto" required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <div className="dialog-row">
          <label>
            {t('speakers.table.role')}
            <input
              dir="auto"
              value={draft.role}
              onChange={(e) => setDraft({ ...draft, role: e.target.value })}
              placeholder={t('speakers.editor.rolePlaceholder')}
            />
          </label>
          <label>
            {t('speakers.editor.affiliation')}
            <input dir="auto" value={draft.affiliation} onChange={(e) => setDraft({ ...draft, affiliation: e.target.value })} />
          </label>
        </div>
        <label>
          {t('speakers.editor.aliases')} <span className="hint">{t('speakers.editor.aliasesHint')}</span>
          <textarea dir="auto" rows={4} value={draft.aliases} onChange={(e) => setDraft({ ...draft, aliases: e.target.value })} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={props.onClose}>
            {t('document.toolbar.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || draft.name.trim().length === 0}>
            {props.submitLabel}
          </button>
        </div>
      </form>
    </SpeakerDialogShell>
  );
}
