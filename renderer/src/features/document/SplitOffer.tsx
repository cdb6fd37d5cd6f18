import { useState } from 'react';
import type { SplitSuggestion } from '../../../../shared/import/articles';
import { useDocument } from './document.store';

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
  const { offer } = props;
  return (
    <section className="split-offer" aria-label="Split offer">
      <p>
        <strong>{offer.articles.length} articles run together</strong> {props.where}. Split them into separate documents? They stay linked
        to each other.
      </p>
      <ol className="import-articles">
        {offer.articles.map((a) => (
          <li key={a.start} dir="auto">
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
          Split into {offer.articles.length} documents
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            keepWhole(props.documentId);
            props.onKeep?.();
          }}
        >
          Keep as one
        </button>
      </div>
    </section>
  );
}
