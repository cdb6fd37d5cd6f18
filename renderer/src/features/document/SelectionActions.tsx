import { type RefObject, useLayoutEffect, useState } from 'react';
import { ANNOTATION_TYPES, type AnnotationType } from '../../../../shared/domain/annotation';
import { rangeRects } from './dom-offsets';
import { TYPE_KEY, TYPE_LABEL } from '../../ui/labels';
import { useDocument } from './document.store';
import { useT } from '../../ui/i18n/I18n';

/** Quote / Speaker / Figure buttons floating just below the selected text. */
export function SelectionActions({ root, scroller }: { root: RefObject<HTMLElement | null>; scroller: RefObject<HTMLElement | null> }) {
  const selection = useDocument((s) => s.textSelection);
  const pendingSpeaker = useDocument((s) => s.pendingSpeakerFor);
  const { markSelection } = useDocument.getState();
  const t = useT();
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const content = root.current;
    const scroll = scroller.current;
    if (!selection || !content || !scroll) {
      setPlace(null);
      return;
    }
    const rects = rangeRects(content, selection.start, selection.end).filter((r) => r.width > 0);
    const last = rects.at(-1);
    if (!last) {
      setPlace(null);
      return;
    }
    const box = scroll.getBoundingClientRect();
    const left = Math.min(Math.max(8, last.left - box.left + scroll.scrollLeft), scroll.clientWidth - 260);
    setPlace({ top: last.bottom - box.top + scroll.scrollTop + 6, left });
  }, [selection, root, scroller]);

  if (!selection || !place) return null;
  const types: AnnotationType[] = pendingSpeaker ? ['speaker'] : [...ANNOTATION_TYPES];
  return (
    <div
      className="selection-actions"
      role="toolbar"
      aria-label={t('document.selection.label')}
      style={{ top: place.top, left: place.left }}
    >
      {types.map((type) => (
        <button
          key={type}
          type="button"
          className={`mark-button mark-${type}`}
          aria-label={t(TYPE_LABEL[type])}
          title={`${t(TYPE_LABEL[type])} (${TYPE_KEY[type]})`}
          aria-keyshortcuts={TYPE_KEY[type]}
          // Keep the text selection: a button press must not move focus or collapse it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => markSelection(type)}
        >
          {t(TYPE_LABEL[type])}
          <kbd aria-hidden="true">{TYPE_KEY[type]}</kbd>
        </button>
      ))}
    </div>
  );
}
