import { type EventListener, type EventName, type Subscribe, isEventName } from '../../../shared/contract';
import { EVENTS_PATH, TOKEN_QUERY } from '../../../shared/contract/transport';

/**
 * Browser mode's events: one EventSource per tab on the host's Server-Sent Events stream,
 * opened on the first subscription. The browser reconnects by itself after a break.
 */
/** The least time between two attempts to reopen a broken stream. */
const RESUME_MS = 2000;

export function httpEvents(token: () => string) {
  let source: EventSource | null = null;
  let open = false;
  let connectedAt = 0;
  const listeners = new Map<EventName, Set<EventListener<EventName>>>();
  const openWaiters = new Set<() => void>();
  const gapListeners = new Set<() => void>();

  function deliver(name: EventName, data: string): void {
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    for (const listener of listeners.get(name) ?? []) listener(payload as never);
  }

  function connect(): void {
    if (source) return;
    connectedAt = Date.now();
    const es = new EventSource(`${EVENTS_PATH}?${TOKEN_QUERY}=${encodeURIComponent(token())}`);
    source = es;
    for (const name of listeners.keys()) es.addEventListener(name, (message) => deliver(name, (message as MessageEvent<string>).data));
    es.addEventListener('open', () => {
      open = true;
      for (const resolve of openWaiters) resolve();
      openWaiters.clear();
    });
    // The stream broke (the server stopped, or refused the token). No retry loop against a
    // server that is gone, or whose token has changed: `resume` reconnects once an API call
    // gets through again. Events may have been missed either way, so followers re-read.
    es.addEventListener('error', () => {
      es.close();
      if (source === es) source = null;
      open = false;
      for (const listener of gapListeners) listener();
    });
  }

  const on: Subscribe = (name, listener) => {
    if (!isEventName(name)) throw new Error(`Isnad has no event "${String(name)}"`);
    let set = listeners.get(name);
    if (!set) {
      set = new Set();
      listeners.set(name, set);
      source?.addEventListener(name, (message) => deliver(name, (message as MessageEvent<string>).data));
    }
    connect();
    const entry = listener as EventListener<EventName>;
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  };

  /** `ready` resolves once the stream is open; `onGap` runs when it breaks and when it is back. */
  function whenOpen(onGap: () => void): { ready: Promise<void>; stop: () => void } {
    connect();
    gapListeners.add(onGap);
    let resolveReady = () => {};
    const ready = open ? Promise.resolve() : new Promise<void>((resolve) => (resolveReady = resolve));
    if (!open) openWaiters.add(resolveReady);
    return {
      ready,
      stop: () => {
        gapListeners.delete(onGap);
        openWaiters.delete(resolveReady);
      },
    };
  }

  /** The server answered an API call: if the stream broke meanwhile and someone listens, reopen it. */
  function resume(): void {
    // At most one attempt per RESUME_MS: a stream that keeps failing must not spin with the calls.
    if (source || listeners.size === 0 || Date.now() - connectedAt < RESUME_MS) return;
    connect();
    const reopened = source as EventSource | null;
    reopened?.addEventListener(
      'open',
      () => {
        for (const listener of gapListeners) listener();
      },
      { once: true },
    );
  }

  return { on, whenOpen, resume };
}
