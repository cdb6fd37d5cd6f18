import { type IsnadApi, type IsnadBridge, contract } from '../../../shared/contract';
import { httpPath } from '../../../shared/contract/define';
import { createClient } from '../../../shared/contract/dispatch';
import type { Envelope } from '../../../shared/errors';
import { forgetTokenInAddressBar } from './token-url';

declare global {
  interface Window {
    isnad?: IsnadBridge;
  }
}

const TOKEN_KEY = 'isnad.token';

/**
 * The browser-mode token: from the URL the server printed, then kept in this tab's
 * sessionStorage (for reloads) and taken out of the address bar and history.
 */
export function browserToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    forgetTokenInAddressBar();
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function httpCall(name: string, input: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(httpPath(name), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-isnad-token': browserToken() },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'unavailable', message: 'Isnad’s local server is not reachable. Is `npm run serve` still running?' } };
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `unexpected response (${response.status})` } };
  }
}

/** A download link for browser mode (exports, reports); the token rides in the query. */
export function downloadUrl(downloadId: string): string {
  return `${httpPath('download/')}${encodeURIComponent(downloadId)}?token=${encodeURIComponent(browserToken())}`;
}

export const isDesktop = typeof window !== 'undefined' && window.isnad !== undefined;

// Read at load, not at the first call, so the token leaves the address bar at once.
if (typeof window !== 'undefined' && !isDesktop) browserToken();

/** Same renderer in both modes: the preload bridge in the desktop app, HTTP in browser mode. */
export const api: IsnadApi = createClient(contract, (name, input) => {
  const bridge = window.isnad as unknown as Record<string, (input: unknown) => Promise<Envelope<unknown>>> | undefined;
  return bridge ? (bridge[name] as (input: unknown) => Promise<Envelope<unknown>>)(input) : httpCall(name, input);
});

export function onMenuCommand(listener: Parameters<IsnadBridge['onMenuCommand']>[0]): () => void {
  return window.isnad?.onMenuCommand(listener) ?? (() => {});
}
