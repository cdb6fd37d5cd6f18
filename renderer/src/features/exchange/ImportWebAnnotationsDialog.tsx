import { type ChangeEvent, useState } from 'react';
import type { WebAnnotationImportResult } from '../../../../shared/exchange/web-annotation-place';
import { api } from '../../api/client';
import { describeError } from '../../app/notices';
import { useTranslator } from '../../ui/i18n/I18n';
import { isolate } from '../../../../shared/i18n/translate';
import { sizeText } from '../../../../shared/i18n/labels';
import { useDocument } from '../document/document.store';
import { MAX_UPLOAD_BYTES } from '../../../../shared/contract/transport';
import './exchange.css';
import { useModalDialog } from '../../ui/useModalDialog';

/**
 * Places a W3C Web Annotation file onto the open document (importWebAnnotations): the
 * report says how many were placed by position, by quote and approximately, and lists
 * each one that could not be placed with the reason. A bad file places nothing.
 */
export function ImportWebAnnotationsDialog({ onClose }: { onClose: () => void }) {
  const { t, number } = useTranslator();
  const doc = useDocument((s) => s.doc);
  const dialog = useModalDialog();
  const [result, setResult] = useState<WebAnnotationImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!doc) return null;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setResult(null);
    setError(null);
    if (!file || !doc) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(
        t('exchange.webAnnotations.tooLarge', {
          file: isolate(file.name),
          limit: sizeText(number, MAX_UPLOAD_BYTES),
          command: `isnad import-annotations "${file.name}" --doc ${doc.id} --corpus DIR`,
        }),
      );
      return;
    }
    setBusy(true);
    try {
      const placed = await api.importWebAnnotations({ documentId: doc.id, fileName: file.name, content: await file.text() });
      setResult(placed);
      await useDocument.getState().loadDocument(doc.id, { keepSelection: true });
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  }

  const by = (method: string) => result?.placed.filter((p) => p.method === method).length ?? 0;
  return (
    <dialog ref={dialog} className="dialog wide w3c-import-dialog" aria-label={t('exchange.w3c.title')} onCancel={onClose}>
      <h2>{t('exchange.w3c.title')}</h2>
      <p className="hint">{t('exchange.w3c.hint')}</p>
      <p>
        {t('exchange.w3c.document')}: <bdi dir="auto">{doc.title}</bdi>
      </p>
      <label>
        {t('exchange.w3c.file')}{' '}
        <input type="file" accept=".json,.jsonld,application/json,application/ld+json" disabled={busy} onChange={(e) => void choose(e)} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {result && (
        <div role="status" className="w3c-import-result">
          <p>
            {t('exchange.w3c.result', {
              imported: result.imported,
              position: by('position'),
              quote: by('quote'),
              fuzzy: by('fuzzy'),
              orphaned: result.orphaned.length,
            })}
            {result.alreadyThere > 0 && ` ${t('exchange.w3c.already', { count: result.alreadyThere })}`}
          </p>
          {result.orphaned.length > 0 && (
            <>
              <h3>{t('exchange.w3c.failed')}</h3>
              <ul className="w3c-orphans">
                {result.orphaned.map((o) => (
                  <li key={o.index}>
                    #{o.index} <bdi dir="auto">“{o.exact}”</bdi>: {o.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('document.versions.close')}
        </button>
      </div>
    </dialog>
  );
}
