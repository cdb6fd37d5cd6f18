import { useEffect, useRef } from 'react';
import type { AnnotationType } from '../../../../shared/domain/annotation';
import type { Span } from '../../../../shared/text/segments';
import { isDesktop, onMenuCommand } from '../../api/client';
import { useNavigation } from '../../app/navigation';
import { useDocumentSlots } from '../../ui/document-slots';
import { isEditable, isTextField } from '../../ui/keys';
import { AnnotateToolbar } from './AnnotateToolbar';
import { AnnotationPanel } from './AnnotationPanel';
import { DocumentHeader } from './DocumentHeader';
import { DocumentSplitOffer } from './DocumentSplitOffer';
import { DocumentSide, toggleAnnotationList } from './ListDrawer';
import { useDocument, useOfferedSuggestions } from './document.store';
import { SourcePane } from './SourcePane';
import { suggestionSpans } from './suggestion-review.logic';
import { useT } from '../../ui/i18n/I18n';
import { useShortWindow } from '../../ui/short-window';
// In this order: rules of equal weight in later files win, as when they were one file.
import './document.css';
import './source-pane.css';
import './panel.css';
import './suggestion-bar.css';
import './narrow-window.css';

/** Physical keys, so Q/S/F (and G, L) work with an Arabic keyboard layout too. */
const MARK_KEYS: Record<string, AnnotationType> = { KeyQ: 'quote', KeyS: 'speaker', KeyF: 'figure' };

function onKeyDown(event: KeyboardEvent): void {
  const { undo, redo, suggestAndReview, markSelection } = useDocument.getState();
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
  if (event.code === 'KeyL') {
    event.preventDefault();
    toggleAnnotationList();
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
  const loaded = useDocument((s) => s.documentId === documentId && s.doc !== null);
  useEffect(() => {
    if (!loaded || !target || useNavigation.getState().documentId !== documentId) return;
    const { selectAnnotation, revealRange } = useDocument.getState();
    if ('annotationId' in target) selectAnnotation(target.annotationId, { reveal: true, card: 'scroll' });
    else revealRange(target.start, target.end);
  }, [loaded, target, targetSeq, documentId]);
}

/** Suggestions the journalist has not reviewed yet, loaded when the document opens where they help. */
function useSuggestionsOnScreen(documentId: string): void {
  const loaded = useDocument((s) => s.documentId === documentId && s.doc !== null);
  useEffect(() => {
    if (!loaded) return;
    const { openSuggestions, closeSuggestions } = useDocument.getState();
    openSuggestions(documentId);
    return () => closeSuggestions(documentId);
  }, [loaded, documentId]);
  // Drawn dashed over the text, through the overlay the split view offers other features.
  const offered = useOfferedSuggestions();
  const drawn = useRef<readonly Span[]>([]);
  useEffect(() => {
    drawn.current = suggestionSpans(offered, drawn.current);
    useDocument.getState().setOverlaySpans('suggestions', drawn.current);
  }, [offered]);
}

export function DocumentScreen({ documentId }: { documentId: string }) {
  const doc = useDocument((s) => (s.documentId === documentId ? s.doc : null));
  const loadError = useDocument((s) => (s.documentId === documentId ? s.loadError : null));
  const slots = useDocumentSlots();
  const t = useT();
  // A short window puts the versions bar on the title's line: the text keeps the height.
  const short = useShortWindow();

  useEffect(() => {
    const { loadDocument, closeDocument } = useDocument.getState();
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
      else if (command === 'undo') useDocument.getState().undo();
      else useDocument.getState().redo();
    });
    // In a browser tab, closing with changes still queued would lose them: ask first.
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (useDocument.getState().save.pending > 0) event.preventDefault();
    };
    if (!isDesktop) window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('beforeunload', beforeUnload);
      stopMenu();
    };
  }, []);

  if (loadError)
    return (
      <p role="alert" className="error">
        {t('document.screen.loadFailed', { error: loadError })}
      </p>
    );
  if (!doc) return <p className="hint">{t('document.screen.loading')}</p>;
  return (
    <article className="document-screen" aria-labelledby="document-screen-title">
      {/* Named by its title, which is the journalist's text (not the interface's). */}
      <span id="document-screen-title" className="visually-hidden" data-user-content="">
        {doc.title}
      </span>
      <DocumentHeader beside={short ? slots.header : undefined} />
      {!short && slots.header}
      <DocumentSplitOffer key={doc.id} documentId={doc.id} text={doc.text} regions={doc.regions} />
      <AnnotateToolbar />
      {slots.bar}
      <div className={slots.beside ? 'document-body with-beside' : 'document-body'}>
        <SourcePane />
        <DocumentSide>
          <AnnotationPanel />
          {slots.beside}
        </DocumentSide>
      </div>
    </article>
  );
}
