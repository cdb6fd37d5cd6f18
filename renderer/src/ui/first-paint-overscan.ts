import { useEffect, useState } from 'react';

/** Rows added per step once the list is on screen: a step stays a short task even on a busy machine. */
const STEP = 2;

/**
 * How many rows a virtual list renders beyond the visible ones: one until the list has first
 * painted, then `full`, reached a few rows at a time. Opening a long document, rows off
 * screen would otherwise be laid out (Arabic shaping is most of that) before anything
 * shows; they follow after the paint instead, in tasks short enough that a click or a key
 * press in between is answered at once, and scrolling later still finds them ready.
 */
export function useOverscanAfterFirstPaint(full: number): number {
  const [overscan, setOverscan] = useState(Math.min(1, full));
  useEffect(() => {
    if (overscan >= full) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The next frame paints what is rendered now; the task after it adds the next rows.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setOverscan((n) => Math.min(full, n + STEP)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [overscan, full]);
  return overscan;
}
