import { randomBytes } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DATASET_UPLOAD_PATH,
  DOWNLOAD_PREFIX,
  EVENTS_PATH,
  HTTP_PREFIX,
  MAX_DATASET_UPLOAD_BYTES,
  MAX_REQUEST_BYTES,
  TOKEN_HEADER,
  TOKEN_QUERY,
} from '../../shared/contract/transport';
import type { Envelope, ErrorCode } from '../../shared/errors';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { wellFormed } from '../../shared/text/graphemes';
import type { Services } from '../services/api';
import { contract } from '../../shared/contract';
import { sentAsText } from '../../shared/contract/define';
import { documentEnvelope } from './document-bytes';
import { endStreams, streamEvents } from './events';
import { isAllowedHost, tokenMatches } from './security';
import { readStatic } from './static';
import { receiveDataset } from './upload';

const STATUS_FOR: Record<ErrorCode, number> = {
  invalid_input: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  corpus_locked: 423,
  unsupported_version: 422,
  corrupt_data: 422,
  cancelled: 409,
  unavailable: 503,
  internal: 500,
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface Host {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>, asText = false): void {
  const status = envelope.ok ? 200 : STATUS_FOR[envelope.error.code];
  // A result that is its own JSON text (textOp) goes into the envelope as it is, not quoted.
  const body =
    asText && envelope.ok && typeof envelope.value === 'string' ? `{"ok":true,"value":${envelope.value}}` : JSON.stringify(envelope);
  send(res, status, body, 'application/json; charset=utf-8');
}

function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }), 'application/json; charset=utf-8');
}

/** A body sent with a refused request is read and dropped up to this much, then the connection is cut. */
const DRAIN_LIMIT_BYTES = 1024 * 1024 * 1024;

/**
 * The body, or null past the limit. An oversized body is still read (and dropped), so the
 * browser, which is still sending, gets the 413 and its reason rather than a reset
 * connection; only past DRAIN_LIMIT_BYTES is it cut off.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  let over = Number(req.headers['content-length'] ?? 0) > limit;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) over = true;
    if (!over) chunks.push(chunk);
    else if (size > DRAIN_LIMIT_BYTES) return null;
  }
  return over ? null : Buffer.concat(chunks).toString('utf-8');
}

/** Reads and drops what the client is still sending, so a refusal arrives instead of a reset. */
async function drainBody(req: IncomingMessage): Promise<void> {
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > DRAIN_LIMIT_BYTES) return;
  }
}

/**
 * Browser mode: the same contract over HTTP, bound to loopback, with a per-run token on
 * every API call and a Host check against DNS rebinding.
 */
export async function startHost(options: {
  services: Services;
  staticDir: string;
  port?: number;
  token?: string;
  /** For tests; uploads are batched by the renderer well below the default. */
  maxBodyBytes?: number;
  /** The largest dataset file taken for import-back (default MAX_DATASET_UPLOAD_BYTES). */
  maxDatasetBytes?: number;
}): Promise<Host> {
  const { services, staticDir } = options;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_REQUEST_BYTES;
  const maxDatasetBytes = options.maxDatasetBytes ?? MAX_DATASET_UPLOAD_BYTES;
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;
  const streams = new Set<ServerResponse>();

  /** Downloads and the event stream are GETs the browser makes itself, with no header of ours: the token is in the query. */
  function queryTokenMatches(req: IncomingMessage): boolean {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    return req.method === 'GET' && tokenMatches(query.get(TOKEN_QUERY) ?? undefined, token);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === EVENTS_PATH) {
      if (!queryTokenMatches(req)) return refuse(res, 403, 'forbidden', 'missing or wrong token');
      return streamEvents(req, res, services.ctx.events, SECURITY_HEADERS, streams);
    }
    if (path.startsWith(DOWNLOAD_PREFIX)) {
      if (req.method !== 'GET' || !queryTokenMatches(req)) {
        await drainBody(req);
        return refuse(res, 403, 'forbidden', 'missing or wrong token');
      }
      let download;
      try {
        download = services.ctx.downloads.get(path.slice(DOWNLOAD_PREFIX.length));
      } catch {
        return refuse(res, 404, 'not_found', 'no such download');
      }
      // The header is made before the file is opened: a name that cannot be encoded must not
      // leave a handle open (each failed download leaked one).
      const disposition = `attachment; filename*=UTF-8''${encodeURIComponent(wellFormed(download.fileName))}`;
      // Opened before the headers go out, so a file gone from the temp folder is a clean 404
      // rather than a 200 that breaks off (or a crash from an unhandled stream error).
      let file: FileHandle | undefined;
      try {
        file = await open(download.path, 'r');
        const { size } = await file.stat();
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': download.contentType,
          'Content-Length': size,
          'Content-Disposition': disposition,
          'Cache-Control': 'no-store',
        });
      } catch {
        await file?.close().catch(() => {});
        if (res.headersSent) return void res.destroy();
        return refuse(res, 404, 'not_found', 'the download has expired; export again');
      }
      // The stream owns the handle from here and closes it at the end, on error and on abort.
      const stream = file.createReadStream({ autoClose: true });
      // A read error half-way ends the response early; the browser then reports a failed download.
      await pipeline(stream, res).catch(() => res.destroy());
      return;
    }
    const presented = req.headers[TOKEN_HEADER];
    if (!tokenMatches(Array.isArray(presented) ? presented[0] : presented, token)) {
      await drainBody(req);
      return refuse(res, 403, 'forbidden', 'missing or wrong token: open the URL printed by `isnad serve`');
    }
    if (req.method !== 'POST') {
      await drainBody(req);
      return refuse(res, 405, 'invalid_input', 'API calls use POST');
    }
    if (path === DATASET_UPLOAD_PATH) {
      const { status, envelope } = await receiveDataset(req, services, maxDatasetBytes);
      if (!envelope) return void res.destroy();
      if (status === 413) res.setHeader('Connection', 'close');
      return send(
        res,
        envelope.ok ? 200 : status === 413 ? 413 : STATUS_FOR[envelope.error.code],
        JSON.stringify(envelope),
        'application/json; charset=utf-8',
      );
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      await drainBody(req);
      return refuse(res, 415, 'invalid_input', 'API calls send application/json');
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === null) {
      res.setHeader('Connection', 'close');
      return refuse(
        res,
        413,
        'invalid_input',
        `request body is over ${Math.round(maxBodyBytes / 1024 / 1024)} MB; import large folders in several goes`,
      );
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return refuse(res, 400, 'invalid_input', 'request body is not valid JSON');
    }
    const name = path.slice(HTTP_PREFIX.length);
    // Opening a document: its payload is sent as stored bytes (document-bytes.ts).
    const document = name === 'getPackedDocument' ? await documentEnvelope(services, input) : null;
    if (document) return send(res, 200, document, 'application/json; charset=utf-8');
    const operation = Object.hasOwn(contract, name) ? contract[name as keyof typeof contract] : null;
    sendEnvelope(res, await services.dispatch(name, input), operation !== null && sentAsText(operation));
  }

  const server = createServer((req, res) => {
    if (!isAllowedHost(req, port)) {
      return refuse(res, 421, 'forbidden', 'refused: unexpected Host header');
    }
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith(HTTP_PREFIX)) {
      handleApi(req, res, path).catch((err: unknown) => {
        if (!res.headersSent) refuse(res, 500, 'internal', err instanceof Error ? err.message : String(err));
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'invalid_input', 'method not allowed');
    void readStatic(staticDir, path).then((file) => {
      if (!file) send(res, 404, 'Not found', 'text/plain; charset=utf-8');
      else send(res, 200, file.body, file.contentType);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    async close() {
      await endStreams(streams);
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
