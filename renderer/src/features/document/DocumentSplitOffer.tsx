import { useEffect, useState } from 'react';
import type { SplitSuggestion } from '../../../../shared/import/articles';
import { api } from '../../api/client';
import { SplitOffer } from './SplitOffer';
import { isKeptWhole } from './kept-whole';
import { useNavigation } from '../../app/navigation';

/**
 * A page imported whole that holds several articles keeps offering the split here, on the
 * document itself, until the journalist splits it or chooses to keep it as one.
 */
export function DocumentSplitOffer({ documentId, regionsKey }: { documentId: string; regionsKey: string }) {
  const [offer, setOffer] = useState<SplitSuggestion | null>(null);
  useEffect(() => {
    if (isKeptWhole(documentId)) return;
    let live = true;
    // A failed check only means no offer; the document itself is unaffected.
    api.suggestSplit({ id: documentId }).then(
      (found) => live && setOffer(found && found.articles.length > 1 ? found : null),
      () => live && setOffer(null),
    );
    return () => {
      live = false;
    };
    // Where articles end depends on the boilerplate regions; re-check when they change.
  }, [documentId, regionsKey]);
  if (!offer) return null;
  return (
    <div className="document-split-offer">
      <SplitOffer
        documentId={documentId}
        offer={offer}
        where="on this page"
        onSplit={(pieces) => {
          if (pieces[0]) useNavigation.getState().openDocument(pieces[0].id);
        }}
        onKeep={() => setOffer(null)}
      />
    </div>
  );
}
