import { useEffectAfterPaint } from '../../ui/after-paint';
import { useT } from '../../ui/i18n/I18n';
import { useDocument } from '../document/document.store';
import { CompareDialog } from './CompareDialog';
import { NewVersionDialog } from './NewVersionDialog';
import { OrphanList } from './OrphanList';
import { useVersions } from './versions.store';
import './versions.css';

/** Under the document's header: which version this is, a new one, the comparison, and the orphans. */
export function VersionsBar() {
  const t = useT();
  const doc = useDocument((s) => s.doc);
  const documentId = doc?.id;
  const { dialog, orphans, orphansOpen, lastResult } = useVersions();
  const { open, toggleOrphans, loadOrphans } = useVersions.getState();
  // Also after each reload of the document (a version came in, an orphan was placed elsewhere).
  const revision = doc?.revision;
  useEffectAfterPaint(() => {
    if (documentId) void loadOrphans(documentId);
  }, [documentId, revision, loadOrphans]);
  if (!doc) return null;
  const version = doc.version ?? 1;
  return (
    <section className="versions-bar" aria-label={t('document.versions.label', { version, count: version })}>
      <span className="badge version-badge">{t('document.versions.label', { version, count: version })}</span>
      <button type="button" onClick={() => open('new')}>
        {t('document.versions.new')}
      </button>
      {version > 1 && (
        <button type="button" onClick={() => open('compare')}>
          {t('document.versions.compare')}
        </button>
      )}
      {orphans.length > 0 && (
        <button type="button" className="orphans-toggle" aria-expanded={orphansOpen} onClick={toggleOrphans}>
          {t('document.versions.orphans', { count: orphans.length })}
        </button>
      )}
      {lastResult && lastResult.documentId === doc.id && (
        <span className="version-result" role="status">
          {t('document.versions.result', { version: lastResult.version, ...lastResult.counts })}
          {lastResult.recheck > 0 && ` · ${t('document.versions.recheck', { count: lastResult.recheck })}`}
        </span>
      )}
      {orphansOpen && orphans.length > 0 && <OrphanList />}
      {dialog === 'new' && <NewVersionDialog />}
      {dialog === 'compare' && <CompareDialog />}
    </section>
  );
}
