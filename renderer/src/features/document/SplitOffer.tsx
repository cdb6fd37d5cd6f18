import { useState } from 'react';
import type { SplitSuggestion } from '../../../../shared/import/articles';
import { useDocument } from './document.store';
import { useT } from '../../ui/i18n/I18n';

/**
 * The offer to split a page holding several articles run together, shown in the import
 * report and on the document screen. Split pieces stay linked to each other.
 */
export function SplitOffer(props: {
  documentId: string;
  offer: SplitSuggestion;
  where: string;
  onSplit?: (pieces: Array<{ id: string; title: string }>) => void;
  onKeep?: () => void;
}) {
  const { splitDocument, keepWhole } = useDocument.getState();
  const [busy, setBusy] = useState(false);
  const t = useT();
  const { offer } = props;
  return (
    <section className="split-offer" aria-label={t('document.split.label')}>
      <p>
        <strong>{t('document.split.runTogether', { count: offer.articles.length })}</strong> {props.where}. {t('document.split.ask')}
      </p>
      <ol className="import-articles">
        {offer.articles.map((a) => (
          <li key={a.start} dir="auto" data-user-content="">
            <span className="doc-title">{a.title || a.excerpt}</span>
            {a.outlet && (
              <span className="article-outlet" dir="auto">
                {a.outlet}
              </span>
            )}
          </li>
        ))}
      </ol>
      <div className="split-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const pieces = await splitDocument(props.documentId, offer.at);
            setBusy(false);
            if (pieces) props.onSplit?.(pieces);
          }}
        >
          {t('document.split.split', { count: offer.articles.length })}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            keepWhole(props.documentId);
            props.onKeep?.();
          }}
        >
          {t('document.split.keep')}
        </button>
      </div>
    </section>
  );
}
