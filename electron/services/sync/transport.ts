import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { HttpClient } from 'isomorphic-git';
import http from 'isomorphic-git/http/node';

/**
 * How long a git server may stay silent (no byte sent or received on the connection) before
 * the sync gives up on it. Node's own default agent allows 5 s, and simple-get (under
 * isomorphic-git's Node client) aborts with "Request timed out" when it passes: a server that
 * takes longer to answer a push (indexing a large corpus's pack, or waiting for a colleague's
 * push to finish) failed the sync although nothing was wrong. Two minutes of silence still
 * ends a sync to a server that hung. Connections are not kept alive: a reused one keeps the
 * shorter timeout Node took from the server's Keep-Alive header (4 s against a Node server),
 * and a sync makes only a few requests.
 */
export const SERVER_SILENCE_MS = 120_000;

const agents = {
  http: new HttpAgent({ keepAlive: false, timeout: SERVER_SILENCE_MS }),
  https: new HttpsAgent({ keepAlive: false, timeout: SERVER_SILENCE_MS }),
};

/** isomorphic-git's Node HTTP client, through agents that wait for a slow server. */
export const gitHttp: HttpClient = {
  request: (req) => http.request({ ...req, agent: req.url.startsWith('https:') ? agents.https : agents.http }),
};
