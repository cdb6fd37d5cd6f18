// A real smart-HTTP git server for tests: Debian's `git http-backend` (CGI) behind a thin
// Node bridge on 127.0.0.1, with HTTP basic auth. Isnad's sync talks to it exactly as it
// would to Gitea or GitLab; nothing about git is mocked.
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface GitServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  root: string;
  /** Creates an empty bare repository and returns its URL (no credentials in it). */
  createRepo(name: string): Promise<string>;
  /** Runs `git` in a bare repository (e.g. `log`, `rev-parse`). */
  git(repo: string, args: string[]): Promise<string>;
  /** Every request the server saw: method, path and the user that authenticated. */
  requests: Array<{ method: string; path: string; user: string | null; status: number }>;
  /** Called before a request is served; may delay it or change the repository first. */
  beforeRequest: ((req: { method: string; path: string; service: string | null }) => Promise<void> | void) | null;
  close(): Promise<void>;
}

/** An empty bare repository `name`.git under `root`, accepting pushes over HTTP. */
export async function createBareRepo(root: string, name: string): Promise<string> {
  const path = join(root, `${name}.git`);
  await mkdir(path, { recursive: true });
  await run('git', ['init', '--bare', '--quiet', '--initial-branch=main', path]);
  await run('git', ['-C', path, 'config', 'http.receivepack', 'true']);
  return path;
}

function parseBasicAuth(header: string | undefined): { user: string; password: string } | null {
  if (!header?.startsWith('Basic ')) return null;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * Starts the server. `tokens` maps a token (the basic-auth password) to a user name; every
 * request must carry one of them, reading included, as on a private newsroom repository.
 */
export async function startGitServer(options: { tokens: Record<string, string>; root?: string }): Promise<GitServer> {
  const root = options.root ?? (await mkdtemp(join(tmpdir(), 'isnad-git-server-')));
  const requests: GitServer['requests'] = [];
  const server: GitServer = {
    origin: '',
    root,
    requests,
    beforeRequest: null,
    async createRepo(name) {
      await createBareRepo(root, name);
      return `${server.origin}/${name}.git`;
    },
    async git(repo, args) {
      const { stdout } = await run('git', ['-C', join(root, `${repo}.git`), ...args]);
      return stdout;
    },
    close: async () => {},
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const service =
      url.searchParams.get('service') ??
      (url.pathname.endsWith('/git-receive-pack')
        ? 'git-receive-pack'
        : url.pathname.endsWith('/git-upload-pack')
          ? 'git-upload-pack'
          : null);
    const auth = parseBasicAuth(req.headers.authorization);
    const user = auth ? (options.tokens[auth.password] ?? null) : null;
    const record = { method: req.method ?? 'GET', path: url.pathname, user, status: 0 };
    requests.push(record);
    if (!user) {
      record.status = 401;
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="isnad-test"', 'Content-Type': 'text/plain' });
      res.end('authentication required\n');
      req.resume();
      return;
    }
    if (server.beforeRequest) await server.beforeRequest({ method: record.method, path: url.pathname, service });
    const child = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        GATEWAY_INTERFACE: 'CGI/1.1',
        SERVER_PROTOCOL: 'HTTP/1.1',
        REQUEST_METHOD: record.method,
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        ...(req.headers['content-length'] ? { CONTENT_LENGTH: req.headers['content-length'] } : {}),
        ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] } : {}),
        ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
        REMOTE_USER: user,
        REMOTE_ADDR: '127.0.0.1',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    req.pipe(child.stdin);
    child.stdin.on('error', () => {});
    // A CGI response is headers, a blank line, then the body, which is streamed through.
    let head = Buffer.alloc(0);
    let headersDone = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const crlf = head.indexOf('\r\n\r\n');
      const lf = head.indexOf('\n\n');
      const end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf : lf;
      if (end < 0) return;
      const sep = end === crlf ? 4 : 2;
      const lines = head.subarray(0, end).toString('latin1').split(/\r?\n/);
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon < 0) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      record.status = status;
      res.writeHead(status, headers);
      headersDone = true;
      res.write(head.subarray(end + sep));
    });
    child.stderr.resume();
    child.on('close', () => {
      if (!headersDone) {
        record.status = 502;
        res.writeHead(502);
      }
      res.end();
    });
  };

  const http = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  server.origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  server.close = async () => {
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
    if (!options.root) await rm(root, { recursive: true, force: true });
  };
  return server;
}
