import { type Virtualizer, useVirtualizer } from '@tanstack/react-virtual';
import { useReducer, useRef } from 'react';
import { flushSync } from 'react-dom';

type Options<S extends Element, I extends Element> = Parameters<typeof useVirtualizer<S, I>>[0];

/**
 * `useVirtualizer` whose rows are measured by its one ResizeObserver only, never by reading
 * layout while React commits. By default every row that mounts is measured in its ref
 * callback (offsetHeight), which makes the browser lay out the page in the middle of the
 * commit: a new card with its editor did so in the task after each Q. Here a mounting row
 * keeps its known (or estimated) height; the observer reports real heights after the
 * frame's layout and before its paint, and the rows move to their places in that same frame
 * (a synchronous render from the observer's callback), so no frame shows them overlapping.
 *
 * For the card list. The text pane keeps the default: on first open its rows are measured
 * in one task, while here rows brought in by real heights need a further frame each, which
 * made the cold open of the 200 KB article slower (measured side by side).
 */
export function useMeasuredRows<S extends Element, I extends Element>(options: Options<S, I>): Virtualizer<S, I> {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const fromObserver = useRef(false);
  return useVirtualizer<S, I>({
    ...options,
    measureElement: (element, entry, instance) => {
      const box = entry?.borderBoxSize?.[0];
      if (box) {
        fromObserver.current = true;
        return Math.round(box.blockSize);
      }
      const index = instance.indexFromElement(element);
      return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
    },
    onChange: (instance, sync) => {
      options.onChange?.(instance, sync);
      if (!fromObserver.current) return;
      fromObserver.current = false;
      // A synchronous change (a scroll correction) was rendered by the virtualizer already.
      if (!sync) flushSync(redraw);
    },
  });
}
