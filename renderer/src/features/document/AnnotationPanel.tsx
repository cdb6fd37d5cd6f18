import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ANNOTATION_TYPES, VERDICT_STATUSES } from '../../../../shared/domain/annotation';
import { countByType } from '../../../../shared/domain/counts';
import { codePointMapper } from '../../../../shared/text/offsets';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import { TYPE_MARK, TYPE_PLURAL, VERDICT_LABEL } from '../../ui/labels';
import { T, useT } from '../../ui/i18n/I18n';
import { AnnotationCard } from './AnnotationCard';
import { CardSummaries, alsoMarks } from './cards.logic';
import { useDocument, useOfferedSuggestions } from './document.store';
import { type VerdictFilter, filteredItems } from './panel-filter.logic';
import { SuggestionBar } from './SuggestionBar';
import { SuggestionCard } from './SuggestionCard';
import { suggestionKey } from './suggestion-review.logic';
import { nextPaintTask, useSettled } from '../../ui/after-paint';
import { type CardJump, jumpToShow, scrollToJump } from './card-jump';
import { useMeasuredRows } from '../../ui/measured-rows';

/** About how tall a selected annotation's card is once its editor is in: room kept for it below the card. */
const OPEN_CARD = 520;

/**
 * The cards beside the text in text order: annotations, and the suggestions on offer
 * among them (dashed, marked "Suggested"), with type and verdict filters.
 */
export function AnnotationPanel() {
  // The new card is painted in the same frame as its highlight (Q, a click on a highlight):
  // only it and the selected one render again (AnnotationCard is memoized), the rows below
  // move by a transform.
  const annotations = useDocument((s) => s.annotations);
  const selectedId = useDocument((s) => s.selectedId);
  const selectedSuggestionId = useDocument((s) => s.selectedSuggestionId);
  const cardFocus = useDocument((s) => s.cardFocus);
  const documentId = useDocument((s) => s.documentId);
  const text = useDocument((s) => s.doc?.text ?? '');
  // Scanning 200 KB for surrogate pairs each time a card opened cost a key press milliseconds.
  const toCodePoints = useMemo(() => codePointMapper(text), [text]);
  const panelRef = useRef<HTMLElement>(null);
  const filter = useDocument((s) => s.panelFilter);
  const { clearPanelFilter, toggleTypeFilter, setVerdictFilter } = useDocument.getState();
  const { types, verdict } = filter;
  const offered = useOfferedSuggestions();
  const scrollRef = useRef<HTMLDivElement>(null);
  const t = useT();

  // Each document opens with every card shown.
  useEffect(() => clearPanelFilter(), []);

  const counts = useMemo(() => countByType(annotations), [annotations]);
  const items = useMemo(() => filteredItems(annotations, offered, filter), [annotations, offered, filter]);
  const offeredById = useMemo(() => new Map<string, Suggestion>(offered.map((s) => [s.id, s])), [offered]);
  const lastSummaries = useRef<CardSummaries | null>(null);
  const summaries = useMemo(() => (lastSummaries.current = new CardSummaries(annotations, t, lastSummaries.current)), [annotations, t]);
  const selectedKey = selectedId ?? (selectedSuggestionId ? suggestionKey(selectedSuggestionId) : null);
  const selectedIndex = selectedKey ? items.findIndex((i) => i.key === selectedKey) : -1;

  // Where the list is about to scroll to show a card a key asked for (card-jump.ts).
  const [jump, setJump] = useState<CardJump | null>(null);
  const rangeExtractor = useCallback(
    (range: { startIndex: number; endIndex: number; overscan: number; count: number }) => {
      // While a jump is under way, the rows out of view wait for the paint (as on a first screen).
      const overscan = jump ? 0 : range.overscan;
      const start = Math.max(0, range.startIndex - overscan);
      const end = Math.min(range.count - 1, range.endIndex + overscan);
      const indexes: number[] = [];
      for (let i = start; i <= end; i++) indexes.push(i);
      // The selected card stays mounted so keyboard focus is never lost by scrolling.
      if (selectedIndex >= 0 && (selectedIndex < start || selectedIndex > end)) indexes.push(selectedIndex);
      // The rows in view where the list is about to scroll come in the same render as the card.
      if (jump) for (let i = jump.first; i <= Math.min(jump.last, range.count - 1); i++) if (i < start || i > end) indexes.push(i);
      return [...new Set(indexes)].sort((a, b) => a - b);
    },
    [selectedIndex, jump],
  );

  // The same function while the list is the same: a new one makes the list measure all its rows again.
  const getItemKey = useCallback((i: number) => items[i]?.key ?? i, [items]);
  // The cards in view first; those around them once the thread is free (as the text pane).
  const overscan = useSettled(1, 8, documentId);
  const virtualizer = useMeasuredRows({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    // A selected annotation's card is drawn without its editor first (AfterPaint): as tall as the others.
    estimateSize: (i) => {
      const item = items[i];
      if (item?.kind === 'suggestion') return item.key === selectedKey ? 170 : 100;
      // As they measure with the app's fonts: a speaker's summary line (name, role) sits taller.
      return item?.annotation.type === 'speaker' ? 100 : 92;
    },
    getItemKey,
    overscan,
    rangeExtractor,
  });
  // The selected card grows when its editor opens, a frame after it is shown. The list keeps
  // still what is in view when a row starting above its scroll offset changes size, which for
  // this card kept its bottom in place and pushed its head (type, text, speaker) out of view.
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, list) =>
    item.key !== selectedKey && item.start < (list.scrollOffset ?? 0);

  // A card asked for (new annotation, highlight clicked, undo) is shown, and focused if asked.
  // This runs in the same task as the key that asked, so keys typed right after (Tab, then a
  // name) already land in the card; each request is handled once. Once met or given up, the
  // request is withdrawn from the store, so a later Escape in the text is the user's own.
  const request = useRef<{ key: string; seq: number; mode: 'scroll' | 'card'; focusedBefore: Element | null } | null>(null);
  const handledSeq = useRef(0);
  useLayoutEffect(() => {
    if (cardFocus && cardFocus.seq !== handledSeq.current) {
      handledSeq.current = cardFocus.seq;
      request.current = { key: cardFocus.key, seq: cardFocus.seq, mode: cardFocus.mode, focusedBefore: document.activeElement };
      const exists = annotations.some((a) => a.id === cardFocus.key) || offered.some((s) => suggestionKey(s.id) === cardFocus.key);
      if (!items.some((i) => i.key === cardFocus.key) && exists) {
        // A filter hides it: show everything rather than leave the user's work out of sight.
        clearPanelFilter();
        return;
      }
    }
    const pending = request.current;
    if (!pending) return;
    const index = items.findIndex((i) => i.key === pending.key);
    if (index < 0) return;
    // No layout is read here: the rows around the card render first, then the list scrolls.
    const to = jumpToShow(virtualizer, index, items[index]?.kind === 'annotation' ? OPEN_CARD : 0);
    if (to) setJump(to);
    const settle = () => {
      request.current = null;
      if (useDocument.getState().cardFocus?.seq === pending.seq) useDocument.getState().cancelCardFocus();
    };
    if (pending.mode === 'scroll') {
      settle();
      return;
    }
    const focus = (): boolean => {
      // If the user has moved on (back to the text, another field) meanwhile, leave focus there.
      if (document.activeElement !== pending.focusedBefore) return true;
      // Withdrawn (Escape in the text) or replaced by a later request while the card was drawn.
      if (useDocument.getState().cardFocus?.seq !== pending.seq) return true;
      const card = scrollRef.current?.querySelector<HTMLElement>(`[data-card-key="${CSS.escape(pending.key)}"]`);
      if (!card) return false;
      card.focus({ preventScroll: true });
      return true;
    };
    if (focus()) {
      settle();
      return;
    }
    let frames = 0;
    let raf = requestAnimationFrame(function retry() {
      if (focus() || frames++ > 60) settle();
      else raf = requestAnimationFrame(retry);
    });
    return () => cancelAnimationFrame(raf);
  }, [cardFocus, items, annotations, offered, virtualizer]);

  // The rows at the jump's place are in the page now: scroll there, in the key's task, so the
  // next frame shows the card. Once the list has heard of it (its scroll event, a frame
  // later), the rows in view are its own again.
  useLayoutEffect(() => {
    if (!jump) return;
    scrollToJump(virtualizer, jump);
    return nextPaintTask(() => setJump((current) => (current === jump ? null : current)));
  }, [jump, virtualizer]);

  return (
    <aside className="annotation-panel" ref={panelRef} aria-label={t('document.panel.label')}>
      <div className="panel-filters" role="group" aria-label={t('document.panel.filters')}>
        {ANNOTATION_TYPES.map((type) => (
          <button
            key={type}
            type="button"
            className={`filter-chip chip-${type}`}
            aria-pressed={types.has(type)}
            onClick={() => toggleTypeFilter(type)}
          >
            <span aria-hidden="true" className={`type-mark mark-${type}`}>
              {TYPE_MARK[type]}
            </span>
            {t(TYPE_PLURAL[type])} <span className="chip-count">{t('document.panel.chipCount', { count: counts[type] })}</span>
          </button>
        ))}
        <label className="verdict-filter">
          <span className="visually-hidden">{t('document.panel.verdictFilter')}</span>
          <select
            aria-label={t('document.panel.verdictFilter')}
            value={verdict}
            onChange={(e) => setVerdictFilter(e.target.value as VerdictFilter)}
          >
            <option value="all">{t('document.panel.allVerdicts')}</option>
            {VERDICT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(VERDICT_LABEL[s])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <SuggestionBar offered={offered} />
      <div className="cards-scroll" ref={scrollRef}>
        {items.length > 0 ? null : annotations.length === 0 ? (
          <p className="panel-empty">
            <T id="document.panel.empty" values={{ kbd: (parts) => <kbd>{parts}</kbd> }} />
          </p>
        ) : (
          <p className="panel-empty">{t('document.panel.noMatch')}</p>
        )}
        <ul className="cards" aria-label={t('document.panel.cards')} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const item = items[row.index];
            if (!item) return null;
            const previousKey = items[row.index - 1]?.key ?? null;
            const nextKey = items[row.index + 1]?.key ?? null;
            return (
              <li
                key={row.key}
                data-index={row.index}
                ref={virtualizer.measureElement}
                className="card-slot"
                style={{ transform: `translateY(${row.start}px)` }}
              >
                {item.kind === 'annotation' ? (
                  <AnnotationCard
                    annotation={item.annotation}
                    summary={summaries.of(item.annotation)}
                    toCodePoints={toCodePoints}
                    selected={item.key === selectedId}
                    previousKey={previousKey}
                    nextKey={nextKey}
                  />
                ) : (
                  <SuggestionCard
                    suggestion={item.suggestion}
                    alsoMarks={item.suggestion.type === 'quote' ? alsoMarks(item.suggestion, offeredById) : ''}
                    selected={item.suggestion.id === selectedSuggestionId}
                    previousKey={previousKey}
                    nextKey={nextKey}
                  />
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </aside>
  );
}
