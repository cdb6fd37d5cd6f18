import { useEffect } from 'react';
import type { AnnotationType } from '../../../../shared/domain/annotation';
import { isDesktop, onMenuCommand } from '../../api/client';
import { isEditable } from '../../app/Toolbar';
import { useNavigation } from '../../app/navigation';
import { markSelection } from './marking';
import { AnnotateToolbar } from './AnnotateToolbar';
import { AnnotationPanel } from './AnnotationPanel';
import { DocumentHeader } from './DocumentHeader';
import { DocumentSplitOffer } from './DocumentSplitOffer';
import { closeDocument, loadDocument, redo, revealRange, saveQueue, selectAnnotation, setOverlaySpans, undo, useSession } from './document.store';
import { SourcePane } from './SourcePane';
import { suggestionSpans } from './suggestion-review.logic';
import { closeSuggestions, openSuggestions, suggestAndReview, useOfferedSuggestions } from './suggestions.slice';
import './document.css';

declare global {
  interface Window {
    /**
     * The navigation store other features drive (`openDocument(id, target)`); reachable here
     * so browser tests and the render benchmark can navigate exactly as a search result does.
     */
    isnadNavigation?: typeof useNavigation;
  }
}
window.isnadNavigation = useNavigation;

/** Physical keys, so Q/S/F work with an Arabic keyboard layout too. */
const MARK_KEYS: Record<string, AnnotationType> = { KeyQ: 'quote', KeyS: 'speaker', KeyF: 'figure' };

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA');
}

function onKeyDown(event: KeyboardEvent): void {
  const mod = event.ctrlKey || event.metaKey;
  // Text fields keep their own undo; everywhere else Ctrl+Z undoes annotation changes.
  if (mod && !event.altKey && (event.code === 'KeyZ' || event.code === 'KeyY') && !isTextField(event.target)) {
    event.preventDefault();
    if (event.code === 'KeyY' || event.shiftKey) redo();
    else undo();
    return;
  }
  if (isEditable(event.target) || mod || event.altKey || event.shiftKey || event.repeat) return;
  if (event.code === 'KeyG') {
    event.preventDefault();
    suggestAndReview();
    return;
  }
  const type = MARK_KEYS[event.code];
  if (!type) return;
  event.preventDefault();
  markSelection(type);
}

/** Applies a navigation target (search hit, session item) once the document is loaded. */
function useNavigationTarget(documentId: string): void {
  const target = useNavigation((s) => s.target);
  const targetSeq = useNavigation((s) => s.targetSeq);
  const loaded = useSession((s) => s.documentId === documentId && s.doc !== null);
  useEffect(() => {
    if (!loaded || !target || useNavigation.getState().documentId !== documentId) return;
    if ('annotationId' in target) selectAnnotation(target.annotationId, { reveal: true, card: 'scroll' });
    else revealRange(target.start, target.end);
  }, [loaded, target, targetSeq, documentId]);
}

/** Suggestions the journalist has not reviewed yet, loaded when the document opens where they help. */
function useSuggestionsOnScreen(documentId: string): void {
  const loaded = useSession((s) => s.documentId === documentId && s.doc !== null);
  useEffect(() => {
    if (!loaded) return;
    openSuggestions(documentId);
    return () => closeSuggestions(documentId);
  }, [loaded, documentId]);
  // Drawn dashed over the text, through the overlay the split view offers other features.
  const offered = useOfferedSuggestions();
  useEffect(() => setOverlaySpans('suggestions', suggestionSpans(offered)), [offered]);
}

export function DocumentScreen({ documentId }: { documentId: string }) {
  const doc = useSession((s) => (s.documentId === documentId ? s.doc : null));
  const loadError = useSession((s) => (s.documentId === documentId ? s.loadError : null));

  useEffect(() => {
    void loadDocument(documentId);
    return () => closeDocument(documentId);
  }, [documentId]);
  useNavigationTarget(documentId);
  useSuggestionsOnScreen(documentId);

  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = onMenuCommand((command) => {
      if (command !== 'undo' && command !== 'redo') return;
      // In a text field the menu's Undo undoes typing, as everywhere else.
      if (isTextField(document.activeElement)) document.execCommand(command);
      else if (command === 'undo') undo();
      else redo();
    });
    // In a browser tab, closing with changes still queued would lose them: ask first.
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (saveQueue().status.pending > 0) event.preventDefault();
    };
    if (!isDesktop) window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('beforeunload', beforeUnload);
      stopMenu();
    };
  }, []);

  if (loadError) return <p role="alert" className="error">Could not open the document: {loadError}</p>;
  if (!doc) return <p className="hint">Loading…</p>;
  return (
    <article className="document-screen" aria-label={doc.title}>
      <DocumentHeader />
      <DocumentSplitOffer documentId={doc.id} regionsKey={doc.regions.map((r) => `${r.id}${r.excluded ? '-' : '+'}`).join()} />
      <AnnotateToolbar />
      <div className="document-body">
        <SourcePane />
        <AnnotationPanel />
      </div>
    </article>
  );
}
