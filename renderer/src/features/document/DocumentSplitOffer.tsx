import { useMemo, useState } from 'react';
import type { Region } from '../../../../shared/domain/document';
import { suggestSplit } from '../../../../shared/import/articles';
import { useNavigation } from '../../app/navigation';
import { isKeptWhole } from './kept-whole';
import { SplitOffer } from './SplitOffer';
import { useT } from '../../ui/i18n/I18n';
import { useShortWindow } from '../../ui/short-window';

/**
 * A page imported whole that holds several articles keeps offering the split here, on the
 * document itself, until the journalist splits it or chooses to keep it as one.
 *
 * The offer is worked out from the text already loaded, in the same render as the text (about
 * a millisecond for a megabyte): asked of the server after the first paint, it arrived above
 * the text and pushed it down under a pointer already on its way to a quote.
 */
export function DocumentSplitOffer({ documentId, text, regions }: { documentId: string; text: string; regions: Region[] }) {
  const t = useT();
  const short = useShortWindow();
  const [kept, setKept] = useState(() => isKeptWhole(documentId));
  // Where articles end depends on the boilerplate regions; worked out again when they change.
  const offer = useMemo(() => (kept ? null : suggestSplit(text, regions)), [kept, text, regions]);
  if (!offer) return null;
  return (
    <div className="document-split-offer">
      <SplitOffer
        documentId={documentId}
        offer={offer}
        where={t('document.split.onThisPage')}
        compact={short}
        onKeep={() => setKept(true)}
        onSplit={(pieces) => {
          if (pieces[0]) useNavigation.getState().openDocument(pieces[0].id);
        }}
      />
    </div>
  );
}
