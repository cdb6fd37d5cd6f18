// The suggestion engine off the UI thread: a long document's rules run here, so typing,
// scrolling and shortcuts in the window never wait for them.
import { suggest } from '../../../../shared/suggest';
import type { SuggestRequest, SuggestResponse } from './suggest-worker-client';

self.onmessage = (event: MessageEvent<SuggestRequest>) => {
  const { id, text, excluded } = event.data;
  let reply: SuggestResponse;
  try {
    reply = { id, suggestions: suggest(text, { excluded }) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  // The window's lib types `self` as a Window; in a worker postMessage takes just the message.
  (self as unknown as { postMessage(message: SuggestResponse): void }).postMessage(reply);
};
