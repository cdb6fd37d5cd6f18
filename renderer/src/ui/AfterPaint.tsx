import { type ReactNode, type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { nextPaintTask, useEffectAfterPaint } from './after-paint';

/**
 * Renders its children from the task after the next paint, not in the commit that mounts it:
 * what the screen must show at once (a new highlight, its card) paints first, and the rest
 * (a card's editor: dozens of fields to create, style and lay out) follows a frame later.
 * `showNow` receives a function that renders them at once, for a key that needs them before
 * then (Tab or Enter into the fields right after Q).
 */
export function AfterPaint({
  children,
  showNow,
  onShown,
}: {
  children: ReactNode;
  showNow?: RefObject<(() => void) | null>;
  /** Called once they are in the page (laid out when asked: this is after the paint). */
  onShown?: () => void;
}) {
  const [shown, setShown] = useState(false);
  useEffectAfterPaint(() => setShown(true), [], 100);
  const told = useRef(false);
  useLayoutEffect(() => {
    if (!shown || told.current) return;
    told.current = true;
    onShown?.();
  }, [shown, onShown]);
  useLayoutEffect(() => {
    if (!showNow) return;
    showNow.current = shown ? null : () => flushSync(() => setShown(true));
    return () => {
      showNow.current = null;
    };
  }, [showNow, shown]);
  return shown ? children : null;
}

/**
 * `on`, held true until the task after the next paint once `on` turns false: what is taken
 * off the screen (the editor of the card left for a new one) goes after what is put on it
 * (the new highlight and card) has painted, and its removal and the reflow it causes are
 * not in that frame's way.
 */
export function useHeldUntilPaint(on: boolean): boolean {
  const [held, setHeld] = useState(on);
  // Turning on shows at once (a state update during render, as React allows for derived state).
  if (on && !held) setHeld(true);
  useEffect(() => {
    if (on || !held) return;
    return nextPaintTask(() => setHeld(false));
  }, [on, held]);
  return on || held;
}
