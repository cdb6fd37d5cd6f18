import { type ReactNode, type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useEffectAfterPaint } from './after-paint';

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
