import { DocumentScreen } from './DocumentScreen';

/** The document screen: source text beside its annotation panel (see renderer/src/document). */
export function DocumentView({ documentId }: { documentId: string }) {
  return <DocumentScreen documentId={documentId} />;
}
