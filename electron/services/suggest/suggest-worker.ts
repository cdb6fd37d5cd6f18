// The suggestion engine in a worker thread of the main process (or the browser-mode host):
// a long article's rules run here, so the host keeps answering other requests meanwhile.
import { parentPort } from 'node:worker_threads';
import { suggest } from '../../../shared/suggest';
import type { EngineReply, EngineRequest } from './off-thread';

const port = parentPort;
if (!port) throw new Error('suggest-worker runs only as a worker thread');
port.on('message', ({ id, text, options }: EngineRequest) => {
  let reply: EngineReply;
  try {
    reply = { id, suggestions: suggest(text, options) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
