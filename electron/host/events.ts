import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventHub } from '../services/events';

/** A tab that stops reading (asleep, stuck) is dropped past this much unsent data; it reconnects and re-reads. */
const MAX_BACKLOG_BYTES = 4 * 1024 * 1024;
/** How soon the browser's EventSource reconnects after the stream breaks. */
const RETRY_MS = 1000;

/**
 * Browser mode's side of the contract's events: one Server-Sent Events stream per tab,
 * `event: <name>` and `data: <JSON payload>` per event. The caller has checked the Host
 * header and the token, as for every other request.
 */
export function streamEvents(
  req: IncomingMessage,
  res: ServerResponse,
  events: Pick<EventHub, 'subscribe'>,
  headers: Record<string, string>,
  open: Set<ServerResponse>,
): void {
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // Sent at once, so the EventSource opens (the renderer waits for that before reading a
  // job's first status, lest it miss the end of a short job).
  res.write(`retry: ${RETRY_MS}\n\n`);
  const stop = events.subscribe((name, payload) => {
    if (res.writableLength > MAX_BACKLOG_BYTES) {
      res.destroy();
      return;
    }
    // JSON has no raw line breaks, so one data line carries the whole payload.
    res.write(`event: ${name}\ndata: ${JSON.stringify(payload ?? null)}\n\n`);
  });
  open.add(res);
  const end = () => {
    stop();
    open.delete(res);
  };
  req.once('close', end);
  res.once('close', end);
}

/**
 * Ends every open stream properly before the host closes, so a tab sees the stream end
 * rather than a broken response (which the browser reports as an error). Waits for the
 * last bytes to leave, at most `ms`.
 */
export function endStreams(open: Set<ServerResponse>, ms = 200): Promise<void> {
  const ended = [...open].map((res) => new Promise<void>((resolve) => res.end(resolve)));
  open.clear();
  return Promise.race([Promise.all(ended).then(() => {}), new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);
}
