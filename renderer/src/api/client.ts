import { type IsnadBridge, type IsnadClient, type MenuCommand, contract } from '../../../shared/contract';
import { createClient } from '../../../shared/contract/dispatch';
import type { DatasetPreview } from '../../../shared/contract/exchange';
import { DATASET_UPLOAD_PATH, DOWNLOAD_PREFIX, TOKEN_HEADER, TOKEN_QUERY, httpPath } from '../../../shared/contract/transport';
import { type Envelope, IsnadError } from '../../../shared/errors';
import { httpEvents } from './events';
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
  const fromUrl = new URLSearchParams(window.location.search).get(TOKEN_QUERY);
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    forgetTokenInAddressBar();
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export const isDesktop = typeof window !== 'undefined' && window.isnad !== undefined;

// Read at load, not at the first call, so the token leaves the address bar at once.
if (typeof window !== 'undefined' && !isDesktop) browserToken();

const browserEvents = isDesktop ? null : httpEvents(browserToken);

async function httpCall(name: string, input: unknown): Promise<Envelope<unknown>> {
  return httpPost(httpPath(name), 'application/json', JSON.stringify(input ?? {}));
}

async function httpPost(path: string, contentType: string, body: string | Blob): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers: { 'content-type': contentType, [TOKEN_HEADER]: browserToken() }, body });
  } catch {
    return {
      ok: false,
      error: { code: 'unavailable', message: 'Isnad’s local server is not reachable. Is `npm run serve` still running?' },
    };
  }
  if (response.ok) browserEvents?.resume();
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `unexpected response (${response.status})` } };
  }
}

/**
 * Browser mode's stageDataset: the file itself is the request's body, streamed by the browser
 * and written to disk by the host as it arrives (DATASET_UPLOAD_PATH), never read into a string.
 */
export async function uploadDataset(file: File): Promise<DatasetPreview> {
  const envelope = await httpPost(`${DATASET_UPLOAD_PATH}?name=${encodeURIComponent(file.name)}`, 'application/octet-stream', file);
  if (envelope.ok) return envelope.value as DatasetPreview;
  throw IsnadError.from(envelope.error);
}

/** A download link for browser mode (exports, reports); the token rides in the query. */
export function downloadUrl(downloadId: string): string {
  return `${DOWNLOAD_PREFIX}${encodeURIComponent(downloadId)}?${TOKEN_QUERY}=${encodeURIComponent(browserToken())}`;
}

/**
 * Same renderer in both modes: the preload bridge in the desktop app, HTTP in browser mode.
 * `api.on(event, handler)` listens to the contract's events and returns the unsubscribe.
 */
export const api: IsnadClient = {
  ...createClient(contract, (name, input) => {
    const bridge = window.isnad as unknown as Record<string, (input: unknown) => Promise<Envelope<unknown>>> | undefined;
    return bridge ? (bridge[name] as (input: unknown) => Promise<Envelope<unknown>>)(input) : httpCall(name, input);
  }),
  on: (name, listener) =>
    window.isnad ? window.isnad.on(name, listener) : (browserEvents as NonNullable<typeof browserEvents>).on(name, listener),
};

/**
 * `ready` resolves once events are being received; `onGap` runs whenever the stream breaks
 * and again when it is back, since events may have been missed: re-read what you follow
 * (a read while the server is gone fails, which is how a follower learns it). The desktop
 * IPC channel is always open.
 */
export function whenListening(onGap: () => void): { ready: Promise<void>; stop: () => void } {
  if (!browserEvents) return { ready: Promise.resolve(), stop: () => {} };
  return browserEvents.whenOpen(onGap);
}

export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return api.on('menuCommand', listener);
}
