import type { OrphanView } from '../../../../shared/contract/versions';
import { api } from '../../api/client';
import { reportError, reportInfo } from '../../app/notices';
import { useT } from '../../ui/i18n/I18n';
import { TYPE_LABEL } from '../../ui/labels';
import { useDocument } from '../document/document.store';
import { useVersions } from './versions.store';

/**
 * Annotations a new version could not place. Each is re-placed on the text selected in the
 * article (it returns to its layer with its attributes and verdict) or deleted; a delete
 * can be undone from here, a placement like any annotation (Ctrl+Z deletes it again).
 */
export function OrphanList() {
  const t = useT();
  const orphans = useVersions((s) => s.orphans);
  const deleted = useVersions((s) => s.deleted);
  const doc = useDocument((s) => s.doc);
  if (!doc) return null;
  const documentId = doc.id;
  const { loadOrphans, setDeleted } = useVersions.getState();

  async function place(o: OrphanView) {
    const selection = useDocument.getState().textSelection;
    if (!selection || selection.end <= selection.start) {
      reportInfo(t('document.versions.selectFirst'));
      return;
    }
    try {
      const text = doc!.text.slice(selection.start, selection.end);
      await api.placeOrphan({ documentId, annotator: o.annotator, id: o.annotation.id, start: selection.start, end: selection.end, text });
      await useDocument.getState().loadDocument(documentId, { keepSelection: false });
      // Placing writes a layer, which need not change the revision the versions bar watches: list them here.
      await loadOrphans(documentId);
    } catch (err) {
      reportError(t('document.versions.place'), err);
    }
  }

  async function remove(o: OrphanView) {
    try {
      setDeleted(await api.deleteOrphan({ documentId, annotator: o.annotator, id: o.annotation.id }));
      await loadOrphans(documentId);
    } catch (err) {
      reportError(t('document.versions.delete'), err);
    }
  }

  async function undo() {
    if (!deleted) return;
    const { version, orphanedAt, annotation } = deleted;
    await api.restoreOrphan({ documentId, annotator: deleted.annotator, entry: { version, orphanedAt, annotation } });
    setDeleted(null);
    await loadOrphans(documentId);
  }

  return (
    <div className="orphan-list" role="region" aria-label={t('document.versions.orphansTitle')}>
      <h3>{t('document.versions.orphansTitle')}</h3>
      <p className="hint">{t('document.versions.orphansHint')}</p>
      <ul>
        {orphans.map((o) => {
          // My layer's orphans and the curated layer's are mine to place or delete; a colleague's stay theirs.
          const ours = o.mine || o.annotator === 'curated';
          return (
            <li key={`${o.annotator}/${o.annotation.id}`} className={`orphan card-${o.annotation.type}`}>
              <span className={`type-badge badge-${o.annotation.type}`}>{t(TYPE_LABEL[o.annotation.type])}</span>
              <bdi className="orphan-text" dir="auto">
                {o.annotation.text}
              </bdi>
              <span className="hint-inline">
                {t('document.versions.orphanFrom', { version: o.version })}
                {!ours && ` · ${t('document.versions.orphanOther', { annotator: o.annotator })}`}
              </span>
              <span className="orphan-actions">
                <button type="button" onClick={() => void place(o)} disabled={!ours}>
                  {t('document.versions.place')}
                </button>
                <button type="button" onClick={() => void remove(o)} disabled={!ours}>
                  {t('document.versions.delete')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {deleted && (
        <button type="button" className="link" onClick={() => void undo()}>
          {t('document.versions.undoDelete')}
        </button>
      )}
    </div>
  );
}
