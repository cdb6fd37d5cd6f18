import { type FocusEvent, type KeyboardEvent, type ReactNode, useEffect } from 'react';
import { flushSync } from 'react-dom';
import { isNarrowWindow } from '../../ui/narrow-window';
import { useT } from '../../ui/i18n/I18n';
import { useDocument } from './document.store';

/** The side of the split view (the annotation panel, the desk's layers), a drawer in a narrow window. */
const SIDE_ID = 'document-side';

function side(): HTMLElement | null {
  return document.getElementById(SIDE_ID);
}

/** The selected card if it is drawn, else the first card, else the panel's first control (a filter). */
function focusInside(): void {
  const here = side();
  const target =
    here?.querySelector<HTMLElement>('[data-card-key][aria-current="true"]') ??
    here?.querySelector<HTMLElement>('[data-card-key]') ??
    here?.querySelector<HTMLElement>('button, select');
  target?.focus();
}

function backToText(): void {
  document.querySelector<HTMLElement>('.source-pane')?.focus({ preventScroll: true });
}

/**
 * L and the list toggle: from the text (or anywhere outside the list) to the list, and back.
 * In a narrow window this opens and closes the drawer; in a wide one it only moves focus.
 */
export function toggleAnnotationList(): void {
  const { listOpen, setListOpen } = useDocument.getState();
  const narrow = isNarrowWindow();
  const inside = side()?.contains(document.activeElement) ?? false;
  if (inside || (narrow && listOpen)) {
    if (narrow) setListOpen(false);
    if (inside) backToText();
    return;
  }
  // Drawn open before focus moves: a hidden card cannot take focus.
  if (narrow) flushSync(() => setListOpen(true));
  focusInside();
}

/**
 * The annotation panel and what a feature shows beside it. Wide, it adds no box of its own
 * (`display: contents`): its children are columns of the split view. Narrow, it is a drawer over
 * the text on the side where the article's lines end (the left for Arabic text, in either interface
 * language), so it never hides the start of a line; closed by L, Escape, or focus moving back to the
 * text (a click in it); hidden rather than removed when closed, so the list keeps its measures.
 */
export function DocumentSide({ children }: { children: ReactNode }) {
  const open = useDocument((s) => s.listOpen);
  // The drawer lies where the article's lines end, not where they start, whatever the interface's direction.
  const textDir = useDocument((s) => s.doc?.dir);
  // Each document opens with its text in full view.
  useEffect(() => useDocument.getState().setListOpen(false), []);

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const to = event.relatedTarget;
    // Focus lost to nothing (another window, a card redrawn) is not a move away; the toggle closes it itself.
    if (!(to instanceof Element) || event.currentTarget.contains(to) || to.closest('.list-toggle')) return;
    if (isNarrowWindow()) useDocument.getState().setListOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // A card's Escape already sends focus to the text (and so closes the drawer); this is for the filters.
    if (event.key !== 'Escape' || event.defaultPrevented || !isNarrowWindow()) return;
    event.preventDefault();
    useDocument.getState().setListOpen(false);
    backToText();
  };
  return (
    <div
      id={SIDE_ID}
      className={open ? 'document-side open' : 'document-side'}
      data-text-dir={textDir}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
    >
      {children}
    </div>
  );
}

/** The drawer's toggle, on the annotate toolbar; shown only in a narrow window (narrow-window.css). */
export function ListToggle() {
  const open = useDocument((s) => s.listOpen);
  const count = useDocument((s) => s.annotations.length);
  const t = useT();
  return (
    <button
      type="button"
      className="list-toggle"
      aria-expanded={open}
      aria-controls={SIDE_ID}
      aria-keyshortcuts="L"
      title={t(open ? 'document.toolbar.hideListTitle' : 'document.toolbar.showListTitle', { key: 'L' })}
      onClick={toggleAnnotationList}
    >
      <span aria-hidden="true" className="list-toggle-mark">
        ☰
      </span>
      {t('document.toolbar.list', { count })}
      <kbd aria-hidden="true">L</kbd>
    </button>
  );
}
