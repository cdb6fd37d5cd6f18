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
  /** One line, the articles behind a disclosure: the document screen in a short window. */
  compact?: boolean;
}) {
  const { splitDocument, keepWhole } = useDocument.getState();
  const [busy, setBusy] = useState(false);
  const t = useT();
  const { offer } = props;
  return (
    <section className={props.compact ? 'split-offer compact' : 'split-offer'} aria-label={t('document.split.label')}>
      <p>
        <strong>{t('document.split.runTogether', { count: offer.articles.length })}</strong> {props.where}.
        {!props.compact && <> {t('document.split.ask')}</>}
      </p>
      {props.compact ? (
        <details className="split-articles">
          <summary>{t('document.split.showArticles', { count: offer.articles.length })}</summary>
          <p>{t('document.split.ask')}</p>
          <Articles offer={offer} />
        </details>
      ) : (
        <Articles offer={offer} />
      )}
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

function Articles({ offer }: { offer: SplitSuggestion }) {
  return (
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
  );
}
