/**
 * A window too narrow for the annotation list beside the text (under about 1100 px, where the
 * text column beside a 400 px list and the library falls under 400 px): the document screen
 * folds the list into a drawer over the text, opened by its toggle or the L key. The same bound
 * as the `max-width: 1100px` rules in the style sheets (narrow-window.css, library.css); the top bar
 * moves the lists of the corpus to its More menu below 1280 px (toolbar.css).
 */
export const NARROW_WINDOW_QUERY = '(max-width: 1100px)';

export function isNarrowWindow(): boolean {
  return typeof window !== 'undefined' && window.matchMedia(NARROW_WINDOW_QUERY).matches;
}
