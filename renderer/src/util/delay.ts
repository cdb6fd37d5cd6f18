import { type DependencyList, useEffect } from 'react';

export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs `effect` once its inputs have been still for `ms` (a user typing), so each key does
 * not start a query. `live()` turns false once the inputs change again or the view goes,
 * so a late answer is not shown over a newer one.
 */
export function useDelayedEffect(effect: (live: () => boolean) => void, ms: number, deps: DependencyList): void {
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => effect(() => live), ms);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, deps);
}
