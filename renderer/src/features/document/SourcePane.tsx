import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import {
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Annotation } from '../../../../shared/domain/annotation';
import { paragraphDirectionAt } from '../../../../shared/text/direction';
import { MAX_BLOCK, type Paragraph, layoutBlocks } from '../../../../shared/text/paragraphs';
import { type Span, rangeIndexAt, spansPerRange } from '../../../../shared/text/segments';
import { exactRange, snapToWords } from '../../../../shared/text/words';
import { useSettled } from '../../ui/after-paint';
import { firstScreenRect } from '../../ui/measured-rows';
import { isEditable } from '../../ui/keys';
import type { TextSelection } from './document.state';
import { useDocument } from './document.store';
import { charOffsetAtPoint, offsetAtPoint, selectOffsets, selectionOffsets } from './dom-offsets';
import { EdgeHandles } from './EdgeHandles';
import { HighlightPainter } from './highlight-painter';
import { spansAt } from './highlights.logic';
import { type Cursor, moveCursor } from './keyboard-selection.logic';
import { rangeToMark } from './marking.logic';
import { PageMarker } from './PageMarker';
import { pageMarkers } from './pages.logic';
import { ParagraphView } from './ParagraphView';
import { RegionBanner } from './RegionBanner';
import { regionsPerParagraph } from './regions.logic';
import { SelectionActions } from './SelectionActions';
import { SpanBoxes } from './SpanBoxes';
import { cursorToMoveFrom, estimateHeight, motionForKey, nextUnderPointer, spanOf } from './source-pane.logic';
import { suggestionKey } from './suggestion-review.logic';
import { useReveal } from './useReveal';
import { useT } from '../../ui/i18n/I18n';

export function SourcePane() {
  const t = useT();
  const doc = useDocument((s) => s.doc);
  const annotations = useDocument((s) => s.annotations);
  const selectedId = useDocument((s) => s.selectedId);
  const selectedSuggestionId = useDocument((s) => s.selectedSuggestionId);
  const { setTextSelection, selectAnnotation, selectSuggestion, moveAnnotation, offeredNow } = useDocument.getState();
  /** The highlight drawn as selected: the selected annotation's, else the current suggestion's. */
  const selectedSpanId = selectedId ?? (selectedSuggestionId ? suggestionKey(selectedSuggestionId) : null);
  const textSelection = useDocument((s) => s.textSelection);
  const reveal = useDocument((s) => s.reveal);
  const scrollRef = useRef<HTMLElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ id: string; edge: 'start' | 'end'; start: number; end: number } | null>(null);
  const [cursorPins, setCursorPins] = useState<number[]>([]);
  const pendingCursor = useRef<{ cursor: Cursor; exact: boolean; tries: number } | null>(null);
  const altAtDown = useRef(false);
  const caret = useRef<number | null>(null);
  /** The selection last set by the pane itself, so a later `selectionchange` knows if Alt made it. */
  const lastSet = useRef<TextSelection | null>(null);
  const madeSpans = useRef(new WeakMap<Annotation, Span>());
  const [painter] = useState(() => new HighlightPainter());
  useEffect(() => {
    painter.attach();
    return () => painter.detach();
  }, [painter]);

  const text = doc?.text ?? '';
  // Paragraphs, with very long ones cut into blocks so each redraw stays small.
  // Boilerplate regions that start or end inside a line cut it there, so only they are shaded.
  // So do page starts of a PDF, so each page's marker stands above its first line.
  const regionEdges = useMemo(
    () => [...(doc?.regions ?? []).flatMap((r) => [r.start, r.end]), ...(doc?.pages ?? [])].join(','),
    [doc?.regions, doc?.pages],
  );
  const markers = useMemo(() => pageMarkers(doc?.pages), [doc?.pages]);
  const paragraphs = useMemo(
    () => layoutBlocks(text, MAX_BLOCK, regionEdges ? regionEdges.split(',').map(Number) : []),
    [text, regionEdges],
  );
  const regionLayout = useMemo(() => regionsPerParagraph(paragraphs, doc?.regions ?? []), [paragraphs, doc?.regions]);

  const selected = annotations.find((a) => a.id === selectedId) ?? null;
  useEffect(() => {
    if (textSelection) caret.current = textSelection.end;
    else if (selected) caret.current = selected.end;
  }, [textSelection, selected]);
  // Paragraphs holding the ends of the selection stay rendered, or scrolling would unmount
  // the selected text and the browser would drop the selection.
  const pins = useMemo(() => {
    const offsets = [...cursorPins];
    if (textSelection) offsets.push(textSelection.start, textSelection.end);
    if (selected) offsets.push(selected.start, selected.end);
    if (reveal) offsets.push(reveal.start);
    return [...new Set(offsets.map((o) => rangeIndexAt(paragraphs, o)))].filter((i) => i >= 0);
  }, [cursorPins, textSelection, selected, reveal, paragraphs]);

  const rangeExtractor = useCallback(
    (range: Parameters<typeof defaultRangeExtractor>[0]) => {
      const indexes = new Set(defaultRangeExtractor(range));
      for (const i of pins) if (i < range.count) indexes.add(i);
      return [...indexes].sort((a, b) => a - b);
    },
    [pins],
  );
  // One function per text: a new one each render made the list measure every paragraph again on each key.
  const paragraphKey = useCallback((i: number) => paragraphs[i]?.start ?? i, [paragraphs]);
  // The first screen lays out only the paragraphs in view; those around it follow once the thread is free.
  const overscan = useSettled(1, 6, doc?.id);
  const virtualizer = useVirtualizer({
    count: paragraphs.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimateHeight(paragraphs[i]),
    getItemKey: paragraphKey,
    overscan,
    rangeExtractor,
    initialRect: firstScreenRect(),
  });

  const { target, flash } = useReveal(reveal, paragraphs, virtualizer, contentRef, (range) => {
    lastSet.current = { ...range, exact: true };
  });

  // Overlays (suggestions) may arrive at any moment, even while a selection is being dragged:
  // painting them leaves the text nodes (and so the selection) alone.
  const overlays = useDocument((s) => s.overlays);
  const spans = useMemo(() => {
    const list = annotations.map((a) =>
      drag && a.id === drag.id ? { ...spanOf(a, madeSpans.current), start: drag.start, end: drag.end } : spanOf(a, madeSpans.current),
    );
    for (const owned of Object.values(overlays)) list.push(...owned);
    if (target) list.push({ id: 'target', start: target.start, end: target.end, kind: 'target', variant: 'target' });
    return list;
  }, [annotations, overlays, drag, target]);
  const previousLists = useRef<(readonly Span[])[] | undefined>(undefined);
  const perParagraph = useMemo(() => {
    const lists = spansPerRange(paragraphs, spans, previousLists.current);
    previousLists.current = lists;
    return lists;
  }, [paragraphs, spans]);

  // Keeps the screen's idea of the selection in step with the browser's.
  useEffect(() => {
    const onChange = () => {
      const root = contentRef.current;
      if (!root) return;
      const offsets = selectionOffsets(root);
      if (!offsets || offsets.start === offsets.end) {
        const selection = window.getSelection();
        // A selection elsewhere (a field, the panel) or a plain click ends the text selection.
        if (!selection || selection.isCollapsed || !root.contains(selection.anchorNode)) setTextSelection(null);
        return;
      }
      const last = lastSet.current;
      const exact = last?.start === offsets.start && last.end === offsets.end ? last.exact : false;
      setTextSelection({ start: offsets.start, end: offsets.end, exact });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  const applyCursor = useCallback(
    (cursor: Cursor, exact: boolean) => {
      pendingCursor.current = { cursor, exact, tries: 0 };
      setCursorPins([cursor.anchor, cursor.focus]);
      const root = contentRef.current;
      if (root && !root.querySelector(`p[data-start="${paragraphs[rangeIndexAt(paragraphs, cursor.focus)]?.start}"]`)) {
        virtualizer.scrollToIndex(rangeIndexAt(paragraphs, cursor.focus), { align: 'center' });
      }
    },
    [paragraphs, virtualizer],
  );

  // Applies a keyboard-made selection once its paragraphs are rendered.
  useLayoutEffect(() => {
    const pending = pendingCursor.current;
    const root = contentRef.current;
    if (!pending || !root) return;
    const start = Math.min(pending.cursor.anchor, pending.cursor.focus);
    const end = Math.max(pending.cursor.anchor, pending.cursor.focus);
    const backward = pending.cursor.focus < pending.cursor.anchor;
    if (selectOffsets(root, start, end, backward)) {
      pendingCursor.current = null;
      lastSet.current = { start, end, exact: pending.exact };
      setTextSelection({ start, end, exact: pending.exact });
      const focusNode = window.getSelection()?.focusNode;
      const element = focusNode instanceof Element ? focusNode : focusNode?.parentElement;
      element?.scrollIntoView({ block: 'nearest' });
    } else if (pending.tries++ < 30) {
      requestAnimationFrame(() => setCursorPins((p) => [...p]));
    }
  });

  /** The highlights drawn under a screen point, innermost first (highlights are painted, not elements). */
  const spansUnder = (x: number, y: number): Span[] => {
    const root = contentRef.current;
    const offset = root ? charOffsetAtPoint(root, x, y) : null;
    return offset === null ? [] : spansAt(perParagraph[rangeIndexAt(paragraphs, offset)] ?? [], offset);
  };

  // The pointer turns to a hand over a highlight, as over a link: clicking selects it.
  const hoverFrame = useRef(0);
  const hoverPoint = useRef({ x: 0, y: 0 });
  useEffect(() => () => cancelAnimationFrame(hoverFrame.current), []);
  const hoverAt = (x: number, y: number) => {
    hoverPoint.current = { x, y };
    if (hoverFrame.current) return;
    hoverFrame.current = requestAnimationFrame(() => {
      hoverFrame.current = 0;
      const over = spansUnder(hoverPoint.current.x, hoverPoint.current.y).length > 0;
      scrollRef.current?.toggleAttribute('data-over-highlight', over);
    });
  };

  const firstVisibleOffset = (): number => {
    const scroll = scrollRef.current;
    const item = virtualizer.getVirtualItems().find((v) => v.end > (scroll?.scrollTop ?? 0));
    return paragraphs[item?.index ?? 0]?.start ?? 0;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    if (isEditable(event.target) || (mod && event.key !== 'Home' && event.key !== 'End')) return;
    const root = contentRef.current;
    if (!root) return;
    if (event.key === 'Escape') {
      const { cardFocus, cancelCardFocus } = useDocument.getState();
      cancelCardFocus();
      // The card asked for by the key just before (Q, S, F, Enter) is not focused yet, or took focus
      // while this key was on its way: the key means "back to the text", as Escape on that card
      // does, and the place in the text stays.
      if ((cardFocus && cardFocus.mode !== 'scroll') || !event.currentTarget.contains(document.activeElement)) {
        event.preventDefault();
        event.currentTarget.focus({ preventScroll: true });
        return;
      }
      window.getSelection()?.removeAllRanges();
      setTextSelection(null);
      selectAnnotation(null);
      return;
    }
    if (event.key === 'Enter' && selectedId) {
      event.preventDefault();
      selectAnnotation(selectedId, { card: 'card' });
      return;
    }
    const suggestion = event.key === 'Enter' && selectedSuggestionId ? offeredNow().find((s) => s.id === selectedSuggestionId) : undefined;
    if (suggestion) {
      event.preventDefault();
      selectSuggestion(suggestion, { card: 'card' });
      return;
    }
    const current = cursorToMoveFrom(selectionOffsets(root), selected, caret.current);
    // The block's own direction as laid out: pieces of a long line carry it, others are dir="auto".
    const block = current ? paragraphs[rangeIndexAt(paragraphs, current.focus)] : undefined;
    const fallback = doc?.dir ?? 'ltr';
    const rtl = (block ? (block.dir ?? paragraphDirectionAt(text, block.start, fallback)) : fallback) === 'rtl';
    const motion = motionForKey(event.key, rtl, mod);
    if (!motion) return;
    const next = moveCursor(text, paragraphs, current, motion, {
      extend: event.shiftKey,
      exact: event.altKey,
      fallback: firstVisibleOffset(),
    });
    if (!next) return;
    event.preventDefault();
    const wasExact = event.shiftKey && textSelection?.exact === true;
    applyCursor(next, wasExact || (event.shiftKey && event.altKey));
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    altAtDown.current = event.altKey;
    const edge = (event.target as HTMLElement).closest<HTMLElement>('.edge');
    if (!edge || event.button !== 0) return;
    const id = edge.dataset.edgeOf as string;
    const annotation = annotations.find((a) => a.id === id);
    if (!annotation) return;
    event.preventDefault();
    edge.setPointerCapture(event.pointerId);
    setDrag({ id, edge: edge.dataset.edge as 'start' | 'end', start: annotation.start, end: annotation.end });
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const root = contentRef.current;
    if (!drag && event.buttons === 0) hoverAt(event.clientX, event.clientY);
    if (!drag || !root) return;
    const offset = offsetAtPoint(root, event.clientX, event.clientY);
    if (offset === null) return;
    const next =
      drag.edge === 'start' ? { ...drag, start: Math.min(offset, drag.end - 1) } : { ...drag, end: Math.max(offset, drag.start + 1) };
    if (next.start !== drag.start || next.end !== drag.end) setDrag(next);
  };

  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    const root = contentRef.current;
    if (!root) return;
    if (drag) {
      const range = event.altKey ? exactRange(text, drag.start, drag.end) : snapToWords(text, drag.start, drag.end);
      setDrag(null);
      if (range) moveAnnotation(drag.id, range.start, range.end);
      return;
    }
    if (event.button !== 0) return;
    const offsets = selectionOffsets(root);
    if (!offsets || offsets.start === offsets.end) return;
    const exact = event.altKey || altAtDown.current;
    const range = rangeToMark(text, { ...offsets, exact });
    if (!range) return;
    lastSet.current = { ...range, exact };
    if (range.start !== offsets.start || range.end !== offsets.end) selectOffsets(root, range.start, range.end, offsets.backward);
    setTextSelection({ ...range, exact });
  };

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    // Innermost first: annotations and dashed suggestions alike.
    const chain = spansUnder(event.clientX, event.clientY).map((s) => ({ id: s.id, suggested: s.variant === 'suggested' }));
    const next = nextUnderPointer(chain, selectedSpanId);
    if (!next) return;
    if (!next.suggested) {
      selectAnnotation(next.id, { card: 'scroll' });
      return;
    }
    // A dashed highlight takes the journalist to its card, ready for A or X.
    const suggestion = offeredNow().find((s) => suggestionKey(s.id) === next.id);
    if (suggestion) selectSuggestion(suggestion, { card: 'card' });
  };

  if (!doc) return null;
  const items = virtualizer.getVirtualItems();
  const handlesFor = drag ?? selected;
  // Where a span's paragraphs sit and how big they are: all that can move what is drawn over it.
  const layoutOf = (span: { start: number; end: number } | null) =>
    span
      ? items
          .filter((item) => {
            const p = paragraphs[item.index] as Paragraph;
            return p.end >= span.start && p.start <= span.end;
          })
          .map((item) => `${item.index}:${item.start}:${item.size}`)
          .join(' ')
      : '';
  const handlesLayout = layoutOf(handlesFor);
  const ringed = drag ?? (selectedSpanId ? (spans.find((s) => s.id === selectedSpanId) ?? null) : null);
  return (
    <section
      className="source-pane"
      ref={scrollRef}
      aria-label={t('document.source.label')}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onClick={onClick}
      data-testid="source-text"
    >
      <div className="source-content" ref={contentRef} lang={doc.lang} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const paragraph = paragraphs[item.index] as Paragraph;
          const list = perParagraph[item.index] ?? [];
          const region = regionLayout[item.index];
          const touchesSelected = selectedSpanId !== null && list.some((s) => s.id === selectedSpanId);
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={[
                'paragraph-item',
                region ? `in-region${region.region.excluded ? ' excluded' : ''}` : '',
                paragraphs[item.index + 1]?.continued ? 'continues' : '',
              ]
                .filter(Boolean)
                .join(' ')}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {markers.has(paragraph.start) && (
                <PageMarker {...(markers.get(paragraph.start) as { from: number; to: number })} ocr={doc.ocr} />
              )}
              {region?.first && <RegionBanner region={region.region} />}
              <ParagraphView
                paragraph={paragraph}
                text={text}
                spans={list}
                selectedId={touchesSelected ? selectedSpanId : null}
                painter={painter}
              />
            </div>
          );
        })}
        <SpanBoxes content={contentRef} span={ringed} layout={layoutOf(ringed)} className="selected-ring" />
        {flash && <SpanBoxes key={flash.seq} content={contentRef} span={flash} layout={layoutOf(flash)} className="flash" />}
        <EdgeHandles content={contentRef} annotation={handlesFor} layout={handlesLayout} />
      </div>
      <SelectionActions root={contentRef} scroller={scrollRef} />
    </section>
  );
}
