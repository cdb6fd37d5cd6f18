import { type KeyboardEvent, memo, useId, useRef } from 'react';
import type { Annotation } from '../../../../shared/domain/annotation';
import { paragraphDirectionAt } from '../../../../shared/text/direction';
import { CardEditor } from './CardEditor';
import { adjustSpan } from './keyboard-selection.logic';
import { useDocumentSlots } from '../../ui/document-slots';
import { AfterPaint, useHeldUntilPaint } from '../../ui/AfterPaint';
import { IsolatedParts } from '../../ui/Isolated';
import { TYPE_LABEL, TYPE_MARK, VERDICT_LABEL } from '../../ui/labels';
import { type SummaryPart, excerpt } from './cards.logic';
import { useDocument } from './document.store';
import { T, UserText, useT } from '../../ui/i18n/I18n';

/** How a new version of the document carried this annotation (kept is not worth a badge). */
function CarriedBadge({ annotation: a }: { annotation: Annotation }) {
  const t = useT();
  const carried = a.carried;
  if (!carried || carried.status === 'kept') return null;
  const was = carried.previousText === undefined ? undefined : t('document.versions.was', { text: carried.previousText });
  return (
    <>
      <span className={`carried-badge carried-${carried.status}`} title={was} data-carried={carried.status}>
        {t(carried.status === 'moved' ? 'document.versions.status.moved' : 'document.versions.status.changed')}
      </span>
      {carried.recheck && <span className="carried-badge carried-recheck">{t('document.versions.status.recheck')}</span>}
      <button
        type="button"
        className="mark-reviewed"
        title={t('document.versions.markReviewedTitle', { shortcut: 'R' })}
        aria-keyshortcuts="R"
        onClick={(event) => {
          // The card stays where it is; its click would only select it again.
          event.stopPropagation();
          useDocument.getState().markReviewed(a.id);
        }}
      >
        {t('document.versions.markReviewed')}
      </button>
    </>
  );
}

export const AnnotationCard = memo(function AnnotationCard(props: {
  annotation: Annotation;
  summary: readonly SummaryPart[];
  /** UTF-16 → code-point offsets in this document, built once per text (the editor shows both). */
  toCodePoints(utf16Offset: number): number;
  selected: boolean;
  /** The cards above and below (annotation ids or suggestion keys), for ↑ ↓. */
  previousKey: string | null;
  nextKey: string | null;
}) {
  const { annotation: a, summary, selected } = props;
  // The editor comes after the paint (AfterPaint) and, once another card is chosen, goes after it.
  const open = useHeldUntilPaint(selected);
  const cardRef = useRef<HTMLDivElement>(null);
  const t = useT();
  const slots = useDocumentSlots();
  const documentId = useDocument((s) => s.documentId);
  const status = a.verdict.status;
  // Span moves made during one visit to the card undo as one step.
  const cardId = useId();
  const labelId = `${cardId}-label`;
  const visits = useRef(0);

  /** Builds the editor now if it is still waiting for the paint (AfterPaint). */
  const editorNow = useRef<(() => void) | null>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    // Tab or Enter right after Q goes into the fields: they must exist before the browser moves focus.
    if (event.key === 'Tab' || event.key === 'Enter') editorNow.current?.();
    const { doc, focusCard, moveAnnotation, deleteAnnotation } = useDocument.getState();
    if (!doc) return;
    // The paragraph's direction, not the document's: an English paragraph quoted inside an
    // Arabic article runs left to right, and so must its arrows.
    const rtl = paragraphDirectionAt(doc.text, a.start, doc.dir) === 'rtl';
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const key = event.key === 'ArrowDown' ? props.nextKey : props.previousKey;
      if (!key || event.shiftKey) return;
      event.preventDefault();
      focusCard(key);
    } else if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && event.shiftKey) {
      // Arrows follow the text's direction: in Arabic, ← moves toward the end.
      event.preventDefault();
      const forward = (event.key === 'ArrowRight') !== rtl;
      const edge = event.ctrlKey || event.metaKey ? 'start' : 'end';
      const next = adjustSpan(doc.text, a, edge, forward, event.altKey);
      if (next) moveAnnotation(a.id, next.start, next.end, `span-${cardId}-${visits.current}-${a.id}`);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      deleteAnnotation(a.id);
    } else if (event.code === 'KeyR' && a.carried && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) {
      // The physical key, so it works with an Arabic layout too (as Q, S and F do).
      event.preventDefault();
      useDocument.getState().markReviewed(a.id);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      cardRef.current?.querySelector<HTMLElement>('.card-editor input, .card-editor select, .card-editor textarea')?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      document.querySelector<HTMLElement>('.source-pane')?.focus({ preventScroll: true });
    }
  };

  return (
    <div
      ref={cardRef}
      className={`card card-${a.type}${selected ? ' selected' : ''}${a.origin === 'suggested' ? ' origin-suggested' : ''}`}
      data-card-id={a.id}
      data-card-key={a.id}
      role="group"
      aria-labelledby={labelId}
      aria-current={selected ? 'true' : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget) visits.current++;
      }}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('.card-editor')) return;
        useDocument.getState().selectAnnotation(a.id, { reveal: true });
      }}
    >
      {/* The card's name: its type (ours) and the first words (the journalist's), kept apart for the pseudo-locale check. */}
      <span id={labelId} className="visually-hidden">
        <T id="document.card.label" values={{ type: t(TYPE_LABEL[a.type]), text: <UserText>{excerpt(a.text, 60)}</UserText> }} />
      </span>
      <div className="card-head">
        <span className={`type-badge badge-${a.type}`}>
          <span aria-hidden="true">{TYPE_MARK[a.type]}</span> {t(TYPE_LABEL[a.type])}
        </span>
        {a.origin === 'suggested' && (
          <span className="origin-marker" title={t('document.card.fromSuggestionTitle')}>
            <span aria-hidden="true">✧</span> {t('document.card.fromSuggestion')}
          </span>
        )}
        {status !== 'unchecked' && <span className={`verdict-badge verdict-${status}`}>{t(VERDICT_LABEL[status])}</span>}
        <CarriedBadge annotation={a} />
      </div>
      <p className="card-text" dir="auto" data-user-content="">
        {excerpt(a.text)}
      </p>
      <p className="card-summary" dir="auto">
        <IsolatedParts parts={summary} />
      </p>
      {open && (
        <AfterPaint showNow={editorNow} onShown={() => revealInList(cardRef.current)}>
          <CardEditor id={a.id} onDone={() => cardRef.current?.focus()} toCodePoints={props.toCodePoints} />
          {documentId && slots.card?.(documentId, a.id)}
        </AfterPaint>
      )}
    </div>
  );
});

/**
 * Scrolls the card list (and only it) so a card whose editor just opened shows whole, or its
 * head when it is taller than the list: `scrollIntoView` would also scroll the workspace around
 * the list, moving the article under the journalist's hand.
 */
function revealInList(card: HTMLElement | null): void {
  const list = card?.closest<HTMLElement>('.cards-scroll');
  if (!card || !list) return;
  const box = card.getBoundingClientRect();
  const view = list.getBoundingClientRect();
  if (box.top < view.top) list.scrollTop -= view.top - box.top;
  else if (box.bottom > view.bottom) list.scrollTop += Math.min(box.bottom - view.bottom, box.top - view.top);
}
