import { useEffectAfterPaint } from '../../ui/after-paint';
import { useNavigation } from '../../app/navigation';
import { useDocument } from './document.store';
import { SplitOffer } from './SplitOffer';
import { useT } from '../../ui/i18n/I18n';

/**
 * A page imported whole that holds several articles keeps offering the split here, on the
 * document itself, until the journalist splits it or chooses to keep it as one.
 */
export function DocumentSplitOffer({ documentId, regionsKey }: { documentId: string; regionsKey: string }) {
  const t = useT();
  const offer = useDocument((s) => (s.splitOffer?.documentId === documentId ? s.splitOffer.offer : null));
  // Where articles end depends on the boilerplate regions; re-check when they change.
  useEffectAfterPaint(() => void useDocument.getState().checkSplitOffer(documentId), [documentId, regionsKey]);
  if (!offer) return null;
  return (
    <div className="document-split-offer">
      <SplitOffer
        documentId={documentId}
        offer={offer}
        where={t('document.split.onThisPage')}
        onSplit={(pieces) => {
          if (pieces[0]) useNavigation.getState().openDocument(pieces[0].id);
        }}
      />
    </div>
  );
}
