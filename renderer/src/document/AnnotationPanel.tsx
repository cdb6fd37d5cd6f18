import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ANNOTATION_TYPES, type Annotation, type AnnotationType, VERDICT_STATUSES, type VerdictStatus } from '../../../shared/domain/annotation';
import { AnnotationCard, cardSummaries } from './AnnotationCard';
import { TYPE_MARK, TYPE_PLURAL, VERDICT_LABEL } from './labels';
import { useSession } from './session';

type VerdictFilter = 'all' | VerdictStatus;

/** The list of annotation cards beside the text, in text order, with type and verdict filters. */
export function AnnotationPanel() {
  const annotations = useSession((s) => s.annotations);
  const selectedId = useSession((s) => s.selectedId);
  const cardFocus = useSession((s) => s.cardFocus);
  const [types, setTypes] = useState<ReadonlySet<AnnotationType>>(new Set(ANNOTATION_TYPES));
  const [verdict, setVerdict] = useState<VerdictFilter>('all');
  const scrollRef = useRef<HTMLDivElement>(null);

  const counts = useMemo(() => {
    const c: Record<AnnotationType, number> = { quote: 0, speaker: 0, figure: 0 };
    for (const a of annotations) c[a.type]++;
    return c;
  }, [annotations]);
  const visible = useMemo(
    () => annotations.filter((a) => types.has(a.type) && (verdict === 'all' || a.verdict.status === verdict)),
    [annotations, types, verdict],
  );
  const summaries = useMemo(() => cardSummaries(annotations), [annotations]);
  const selectedIndex = visible.findIndex((a) => a.id === selectedId);

  const rangeExtractor = useCallback(
    (range: { startIndex: number; endIndex: number; overscan: number; count: number }) => {
      const start = Math.max(0, range.startIndex - range.overscan);
      const end = Math.min(range.count - 1, range.endIndex + range.overscan);
      const indexes: number[] = [];
      for (let i = start; i <= end; i++) indexes.push(i);
      // The selected card stays mounted so keyboard focus is never lost by scrolling.
      if (selectedIndex >= 0 && (selectedIndex < start || selectedIndex > end)) indexes.push(selectedIndex);
      return indexes.sort((a, b) => a - b);
    },
    [selectedIndex],
  );

  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (visible[i]?.id === selectedId ? 520 : 84),
    getItemKey: (i) => visible[i]?.id ?? i,
    overscan: 8,
    rangeExtractor,
  });

  // A card asked for (new annotation, highlight clicked, undo) is shown, and focused if asked.
  // This runs in the same task as the key that asked, so keys typed right after (Tab, then a
  // name) already land in the card; each request is handled once.
  const request = useRef<{ id: string; mode: 'scroll' | 'card' | 'field'; focusedBefore: Element | null } | null>(null);
  const handledSeq = useRef(0);
  useLayoutEffect(() => {
    if (cardFocus && cardFocus.seq !== handledSeq.current) {
      handledSeq.current = cardFocus.seq;
      request.current = { id: cardFocus.id, mode: cardFocus.mode, focusedBefore: document.activeElement };
      if (!visible.some((a) => a.id === cardFocus.id) && annotations.some((a) => a.id === cardFocus.id)) {
        // A filter hides it: show everything rather than leave the user's work out of sight.
        setTypes(new Set(ANNOTATION_TYPES));
        setVerdict('all');
        return;
      }
    }
    const pending = request.current;
    if (!pending) return;
    const index = visible.findIndex((a) => a.id === pending.id);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    if (pending.mode === 'scroll') {
      request.current = null;
      return;
    }
    const focus = (): boolean => {
      // If the user has moved on (back to the text, another field) meanwhile, leave focus there.
      if (document.activeElement !== pending.focusedBefore) return true;
      const card = scrollRef.current?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(pending.id)}"]`);
      if (!card) return false;
      const field = pending.mode === 'field' ? card.querySelector<HTMLElement>('input, select, textarea') : null;
      (field ?? card).focus({ preventScroll: true });
      return true;
    };
    if (focus()) {
      request.current = null;
      return;
    }
    let frames = 0;
    let raf = requestAnimationFrame(function retry() {
      if (focus() || frames++ > 60) request.current = null;
      else raf = requestAnimationFrame(retry);
    });
    return () => cancelAnimationFrame(raf);
  }, [cardFocus, visible, annotations, virtualizer]);

  const toggleType = (type: AnnotationType) => {
    setTypes((current) => {
      const next = new Set(current);
      if (next.has(type)) next.delete(type);
      else next.add(type);
      return next;
    });
  };

  return (
    <aside className="annotation-panel" aria-label="Annotation panel">
      <div className="panel-filters" role="group" aria-label="Filter annotations">
        {ANNOTATION_TYPES.map((type) => (
          <button
            key={type}
            type="button"
            className={`filter-chip chip-${type}`}
            aria-pressed={types.has(type)}
            onClick={() => toggleType(type)}
          >
            <span aria-hidden="true" className={`type-mark mark-${type}`}>
              {TYPE_MARK[type]}
            </span>
            {TYPE_PLURAL[type]} <span className="chip-count">{counts[type]}</span>
          </button>
        ))}
        <label className="verdict-filter">
          <span className="visually-hidden">Verdict filter</span>
          <select aria-label="Verdict filter" value={verdict} onChange={(e) => setVerdict(e.target.value as VerdictFilter)}>
            <option value="all">All verdicts</option>
            {VERDICT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {VERDICT_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="cards-scroll" ref={scrollRef}>
        {annotations.length === 0 ? (
          <p className="panel-empty">
            No annotations yet. Select words in the text, then press <kbd>Q</kbd> for a quote, <kbd>S</kbd> for a speaker or{' '}
            <kbd>F</kbd> for a figure.
          </p>
        ) : visible.length === 0 ? (
          <p className="panel-empty">No annotation matches these filters.</p>
        ) : null}
        <ul className="cards" aria-label="Annotations" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const annotation = visible[item.index] as Annotation;
            return (
              <li
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="card-slot"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <AnnotationCard
                  annotation={annotation}
                  summary={summaries.get(annotation.id) ?? ''}
                  selected={annotation.id === selectedId}
                  previousId={visible[item.index - 1]?.id ?? null}
                  nextId={visible[item.index + 1]?.id ?? null}
                />
              </li>
            );
          })}
        </ul>
      </div>
    </aside>
  );
}
