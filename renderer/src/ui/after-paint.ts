import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Updates waiting for the next paint, each run at most once. */
const waiting = new Set<() => void>();
let listening = false;

/**
 * Brings every value waiting for the next paint up to date at once. Runs before any key or
 * pointer press is handled, so input after a change always meets the screen as it will be
 * (a name typed right after Q lands in the new card, not in the text).
 */
function catchUp(): void {
  if (waiting.size === 0) return;
  const runs = [...waiting];
  waiting.clear();
  flushSync(() => {
    for (const run of runs) run();
  });
}

function listen(): void {
  if (listening) return;
  listening = true;
  for (const type of ['keydown', 'pointerdown'] as const) window.addEventListener(type, catchUp, { capture: true });
}

/**
 * `value`, but a change reaches the caller only once the screen has painted the rest of
 * that change. The part of the screen that shows a change first (a new highlight) is not
 * held up by a part that may follow a frame later (the card list, with the new card's
 * editor); any input in between brings it up to date first. A change of `scope` (another
 * document) is shown at once: nothing on screen may belong to the one before.
 */
export function useAfterPaint<T>(value: T, scope: unknown): T {
  const [shown, setShown] = useState({ value, scope });
  const current = shown.scope === scope ? shown.value : value;
  useEffect(() => {
    if (shown.scope === scope && Object.is(shown.value, value)) return;
    if (shown.scope !== scope) {
      setShown({ value, scope });
      return;
    }
    listen();
    const run = () => setShown({ value, scope });
    waiting.add(run);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The next frame paints the rest of the change; the task after it renders this part.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (waiting.delete(run)) run();
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      waiting.delete(run);
    };
  }, [value, scope, shown]);
  return current;
}

/**
 * Resolves in the task after the next frame has painted, or after `atMostMs` when no frame
 * comes (a hidden or minimised window paints none). Work a key press asks for but the
 * screen does not show (sending a save) waits for it, so the key's own change paints first.
 */
export function afterNextPaint(atMostMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, atMostMs);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(finish, 0));
  });
}
