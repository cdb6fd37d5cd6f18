import { type ReactNode, createContext, useContext } from 'react';

/**
 * Places on the document screen where a feature that depends on the document feature (the
 * desk) adds its parts, without the document feature importing it: `app/App.tsx` provides
 * them. All are optional; without a provider the screen is as before.
 */
export interface DocumentSlots {
  /** Under the document's header (its versions). */
  header?: ReactNode;
  /** Above the split view, beside the annotate toolbar (the layer picker). */
  bar?: ReactNode;
  /** Beside the annotation panel (other annotators' layers, read-only). */
  beside?: ReactNode;
  /** At the foot of the selected annotation's card (its history). */
  card?: (documentId: string, annotationId: string) => ReactNode;
}

export const DocumentSlotsContext = createContext<DocumentSlots>({});

export function useDocumentSlots(): DocumentSlots {
  return useContext(DocumentSlotsContext);
}
