import { type DependencyList, useEffect, useState } from 'react';

/**
 * Resolves in the task after the next frame has painted, or after `atMostMs` when no frame
 * comes (a hidden or minimised window paints none). Work a key press asks for but the
 * screen does not show (sending a save) waits for it, so the key's own change paints first.
 */
export function afterNextPaint(atMostMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let cancelPaint = () => {};
    const timer = setTimeout(() => {
      cancelPaint();
      resolve();
    }, atMostMs);
    cancelPaint = nextPaintTask(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Runs `work` in the task right after the next frame has painted: the frame (rAF) comes
 * first, and a task queued from it runs once that frame's paint is done. Returns a cancel.
 * Where there are no frames (no requestAnimationFrame), `work` never runs: callers that
 * must finish have their own bound (`afterNextPaint`).
 */
export function nextPaintTask(work: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * useEffect for work the screen does not show at once (asking the server about orphans,
 * other layers, a split): it runs in the task after the next paint, or after `atMostMs` where
 * no frame comes (a hidden window), and not at all if the inputs change or the view goes
 * first. Run straight from the commit, such requests made the task that lays out and paints
 * a newly opened document tens of milliseconds longer.
 */
export function useEffectAfterPaint(effect: () => void, deps: DependencyList, atMostMs = 250): void {
  useEffect(() => {
    let done = false;
    let cancelPaint = () => {};
    const run = () => {
      if (done) return;
      done = true;
      cancelPaint();
      clearTimeout(timer);
      effect();
    };
    const timer = setTimeout(run, atMostMs);
    cancelPaint = nextPaintTask(run);
    return () => {
      done = true;
      cancelPaint();
      clearTimeout(timer);
    };
    // The caller's inputs are the dependencies, as for useEffect.
  }, deps);
}

/**
 * `first` until the screen has painted and the main thread has had a moment with nothing to
 * do, then `settled`; back to `first` whenever `scope` changes (another document). The
 * virtual lists draw only what is in view on a document's first screen (overscan `first`)
 * and the rows around it (overscan `settled`, for smooth scrolling) once the thread is free:
 * on the 200 KB article the rows out of view were about half of the first screen's layout
 * and paint.
 */
export function useSettled<T>(first: T, settled: T, scope: unknown): T {
  const [settledFor, setSettledFor] = useState<unknown>(NOT_YET);
  useEffect(() => {
    let idle = 0;
    const cancelPaint = nextPaintTask(() => {
      const done = () => setSettledFor(() => scope);
      // Idle callbacks wait for a quiet thread; a busy one still gets the rows within 500 ms.
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(done, { timeout: 500 });
      else done();
    });
    return () => {
      cancelPaint();
      if (idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    };
  }, [scope]);
  return Object.is(settledFor, scope) ? settled : first;
}

const NOT_YET = Symbol('not settled');
