import { useEffect, useMemo } from 'react';
import type { DocumentSlots } from '../../ui/document-slots';
import { AnnotatorDialog } from './AnnotatorDialog';
import { CardHistory } from './CardHistory';
import { useDesk } from './desk.store';
import { LayerColumn } from './LayerColumn';
import { LayerPicker } from './LayerPicker';
import { RemoteDialog } from './RemoteDialog';
import './desk.css';
import './desk-views.css';

/** The desk's dialogs: who I am (asked once, at first start) and the desk settings. */
export function DeskDialogs() {
  const promptOpen = useDesk((s) => s.annotatorPromptOpen);
  const remoteOpen = useDesk((s) => s.remoteOpen);
  useEffect(() => {
    void useDesk.getState().loadAnnotator();
  }, []);
  return (
    <>
      {remoteOpen && !promptOpen && <RemoteDialog />}
      {promptOpen && <AnnotatorDialog />}
    </>
  );
}

/** What the desk adds to the document screen (app/App.tsx provides them). */
export function useDeskDocumentSlots(): DocumentSlots {
  return useMemo(
    () => ({
      bar: <LayerPicker />,
      beside: <LayerColumn />,
      card: (documentId: string, annotationId: string) => <CardHistory documentId={documentId} annotationId={annotationId} />,
    }),
    [],
  );
}
