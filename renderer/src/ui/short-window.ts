import { useSyncExternalStore } from 'react';

/**
 * A window too short for every bar at full size (a 1280×720 laptop): the document screen
 * folds its source fields and the split offer into one line each, so the text keeps most of
 * the height. The same bound as the `max-height: 800px` rules in the style sheets.
 */
export const SHORT_WINDOW_QUERY = '(max-height: 800px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(SHORT_WINDOW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useShortWindow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(SHORT_WINDOW_QUERY).matches);
}
