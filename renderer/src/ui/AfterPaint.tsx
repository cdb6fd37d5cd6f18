import { type ReactNode, type RefObject, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useEffectAfterPaint } from './after-paint';

/**
 * Renders its children from the task after the next paint, not in the commit that mounts it:
 * what the screen must show at once (a new highlight, its card) paints first, and the rest
 * (a card's editor: dozens of fields to create, style and lay out) follows a frame later.
 * `showNow` receives a function that renders them at once, for a key that needs them before
 * then (Tab or Enter into the fields right after Q).
 */
export function AfterPaint({ children, showNow }: { children: ReactNode; showNow?: RefObject<(() => void) | null> }) {
  const [shown, setShown] = useState(false);
  useEffectAfterPaint(() => setShown(true), [], 100);
  useLayoutEffect(() => {
    if (!showNow) return;
    showNow.current = shown ? null : () => flushSync(() => setShown(true));
    return () => {
      showNow.current = null;
    };
  }, [showNow, shown]);
  return shown ? children : null;
}
