import { type Virtualizer, useVirtualizer } from '@tanstack/react-virtual';
import { useReducer, useRef } from 'react';
import { flushSync } from 'react-dom';

type Options<S extends Element, I extends Element> = Parameters<typeof useVirtualizer<S, I>>[0];

/**
 * The box a virtual list assumes before it has been laid out (`initialRect`): the window,
 * which no list is taller than. Left at zero, a list's first render holds no rows; the list
 * then reads its real size in the commit (laying out the whole new screen), renders again
 * with the rows in view and has them laid out again. Assuming the window, the rows in view
 * come with the first render and the screen is laid out once; a row or two too many is cut
 * when the real size is read.
 */
export function firstScreenRect(): { width: number; height: number } {
  return typeof window === 'undefined' ? { width: 0, height: 0 } : { width: window.innerWidth, height: window.innerHeight };
}

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
    initialRect: firstScreenRect(),
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
