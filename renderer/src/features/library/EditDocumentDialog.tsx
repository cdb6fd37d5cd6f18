import { type FormEvent, useState } from 'react';
import { TagList } from '../../../../shared/domain/document';
import { useLibrary } from './library.store';
import { parseTags } from './library.logic';
import { T, UserText, useT } from '../../ui/i18n/I18n';
import { translate } from '../../ui/i18n/i18n.store';
import { useModalDialog } from '../../ui/useModalDialog';

/** Why the tags typed cannot be saved, in the store's words, or null. */
function tagsProblem(input: string): string | null {
  const parsed = TagList.safeParse(parseTags(input));
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? translate('library.edit.tagsRefused'));
}

/** Rename a document and set its tags (F2 in the library). */
export function EditDocumentDialog({ documentId, onClose }: { documentId: string; onClose(): void }) {
  const t = useT();
  const doc = useLibrary((s) => s.documents.find((d) => d.id === documentId));
  const edit = useLibrary((s) => s.edit);
  const [title, setTitle] = useState(doc?.title ?? '');
  const [tags, setTags] = useState((doc?.tags ?? []).join(', '));
  const [problem, setProblem] = useState<{ field: 'title' | 'tags'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useModalDialog();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') return setProblem({ field: 'title', message: t('library.edit.titleEmpty') });
    if (title.length > 1000) return setProblem({ field: 'title', message: t('library.edit.titleLong', { max: 1000 }) });
    const tagsRefused = tagsProblem(tags);
    if (tagsRefused) return setProblem({ field: 'tags', message: tagsRefused });
    setBusy(true);
    const refused = await edit(documentId, { title: title.trim(), tags: parseTags(tags) });
    setBusy(false);
    if (refused) setProblem({ field: refused.includes('title') ? 'title' : 'tags', message: refused });
    else onClose();
  }

  return (
    <dialog ref={dialog} className="dialog" aria-label={t('library.edit.title')} onCancel={onClose}>
      <form onSubmit={submit} noValidate>
        <h2>{t('library.edit.title')}</h2>
        <label>
          {t('library.edit.titleField')}
          <input
            dir="auto"
            value={title}
            aria-invalid={problem?.field === 'title' ? true : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label>
          {t('library.edit.tagsField')}{' '}
          <span className="hint">
            <T id="library.edit.tagsHint" values={{ example: <UserText>elections، غزة</UserText> }} />
          </span>
          <input
            dir="auto"
            value={tags}
            aria-invalid={problem?.field === 'tags' ? true : undefined}
            onChange={(e) => setTags(e.target.value)}
          />
        </label>
        {problem && (
          <p role="alert" className="field-error" dir="auto">
            {problem.message}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('library.edit.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t(busy ? 'library.edit.saving' : 'library.edit.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
