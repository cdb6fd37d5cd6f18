import { TOKEN_QUERY } from '../../../shared/contract/transport';

/**
 * The address without its `token` parameter (and without a `?` left empty): the token must
 * not stay in the address bar, the history or a bookmark, where anyone glancing at the
 * screen or the history could copy it.
 */
export function withoutToken(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(TOKEN_QUERY);
  return url.href.replace(/\?(?=#|$)/, '');
}

/** Replaces the current history entry by the same address without the token. */
export function forgetTokenInAddressBar(): void {
  const clean = withoutToken(window.location.href);
  if (clean !== window.location.href) window.history.replaceState(window.history.state, '', clean);
}
