import { useState } from 'react';
import type { NewVersionResult } from '../../../../shared/contract/versions';
import type { ImportedDocument } from '../../../../shared/import/report';
import { api } from '../../api/client';
import { describeError } from '../../app/notices';
import { useT } from '../../ui/i18n/I18n';
import { useLibrary } from '../library/library.store';

/**
 * On the import report, beside an article that matches a stored one (same URL, or a
 * near-duplicate by fingerprint): make it that document's new version instead of a copy.
 */
export function AsVersionOffer({ doc }: { doc: ImportedDocument }) {
  const t = useT();
  const target = doc.sameUrlAs ?? doc.nearDuplicateOf;
  const [done, setDone] = useState<NewVersionResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!target) return null;
  async function make() {
    setError(null);
    try {
      setDone(await api.addDocumentVersion({ documentId: target!.id, fromDocumentId: doc.id }));
      void useLibrary.getState().refresh();
    } catch (err) {
      setError(describeError(err));
    }
  }
  if (done) {
    return (
      <p className="import-version-done" role="status">
        {t('document.versions.offerDone', { version: done.version, title: target.title, ...done.counts })}
      </p>
    );
  }
  return (
    <p className="import-version-offer">
      {doc.sameUrlAs && <span>{t('document.versions.offerSameUrl', { title: doc.sameUrlAs.title })} </span>}
      <button type="button" onClick={() => void make()}>
        {t('document.versions.offer', { title: target.title })}
      </button>
      {error && (
        <span role="alert" className="error">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}
