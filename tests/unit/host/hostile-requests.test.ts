import { readdirSync, readlinkSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../../../electron/host/server';
import type { Services } from '../../../electron/services/api';
import { ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { testHosts } from '../../helpers/host';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const hosts = testHosts(temp);
let host: Host;
let services: Services;

afterEach(async () => {
  await hosts.stop();
  await temp.cleanup();
});

async function start(maxBodyBytes?: number): Promise<Host> {
  ({ host, services } = await hosts.start({ maxBodyBytes }));
  return host;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** A socket error seen by the client after (or instead of) the answer. */
  error?: string;
}

/** One request on its own connection; `abortAfterHeaders` drops it as a browser's cancel does. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; bodyBytes?: number; abortAfterHeaders?: boolean } = {},
) {
  return new Promise<Answer>((resolve) => {
    const answer: Answer = { status: 0, headers: {}, body: '' };
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'GET',
        agent: false,
        headers: { connection: 'close', ...options.headers },
      },
      (res) => {
        answer.status = res.statusCode ?? 0;
        answer.headers = res.headers;
        if (options.abortAfterHeaders) {
          req.destroy();
          return setTimeout(() => resolve(answer), 20);
        }
        res.on('data', (c: Buffer) => (answer.body += c.toString()));
        res.on('end', () => setTimeout(() => resolve(answer), 20));
      },
    );
    req.on('error', (err) => {
      answer.error = err.message;
      setTimeout(() => resolve(answer), 20);
    });
    const size = options.bodyBytes ?? 0;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

/**
 * Descriptors of this process that are files (not sockets, pipes or event fds). The store's own
 * atomic writes (`*.tmp`, renamed over their file a moment later, e.g. the 150 ms summary flush)
 * are left out: they come and go in the background and are no download's handle.
 */
function openFiles(): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      const background = /^(socket|pipe|anon_inode):/.test(target) || target.startsWith('/dev/') || /\.tmp$/.test(target);
      return background ? [] : [target];
    } catch {
      return [];
    }
  });
}

async function exportOf(title: string): Promise<{ downloadId: string; fileName: string }> {
  const added = await services.dispatch('addDocument', { title, text: `${ENGLISH_ARTICLE}\n${title}` });
  if (!added.ok) throw new Error(added.error.message);
  const started = await services.dispatch('startExport', { format: 'json', filter: { documentIds: [(added.value as { id: string }).id] } });
  if (!started.ok) throw new Error(started.error.message);
  const done = await services.ctx.jobs.wait((started.value as { id: string }).id);
  return done.result as { downloadId: string; fileName: string };
}

describe('downloads', () => {
  it('an export whose title has an emoji at the file-name cut downloads, its name cut between graphemes', async () => {
    await start();
    const title = `${'a'.repeat(59)}😀 and the rest of a long headline`;
    const { downloadId, fileName } = await exportOf(title);
    expect(fileName).toMatch(/^\d{4}-\d\d-\d\d-\d{4} a{59}\.json$/);
    const answer = await send(`/api/download/${downloadId}?token=${host.token}`);
    expect(answer).toMatchObject({ status: 200 });
    expect(answer.error).toBeUndefined();
    expect(decodeURIComponent(String(answer.headers['content-disposition']).split("''")[1] as string)).toBe(fileName);
    const flag = await exportOf(`${'b'.repeat(58)}🇵🇸 flag`);
    expect(flag.fileName).toMatch(/ b{58}\.json$/);
  });

  it('50 failed or broken downloads leave no file open (counted in /proc/self/fd)', async () => {
    await start();
    const { downloadId } = await exportOf('Export for the handle count');
    const big = await services.ctx.downloads.scratch('export');
    await writeFile(join(big, 'big.json'), Buffer.alloc(8 * 1024 * 1024, 0x20));
    const bigId = (await services.ctx.downloads.register(big, 'big.json', 'application/json')).id;
    // A name no browser could send, as an export title cut mid-emoji used to make.
    const bad = await services.ctx.downloads.scratch('export');
    await writeFile(join(bad, 'x.json'), '{}');
    const badId = (await services.ctx.downloads.register(bad, 'x.json', 'application/json')).id;
    (services.ctx.downloads.get(badId) as { fileName: string }).fileName = `broken \ud83d name.json`;
    const gone = await services.ctx.downloads.scratch('export');
    const goneId = (await services.ctx.downloads.register(gone, 'gone.json', 'application/json')).id;
    await rm(gone, { recursive: true });
    await mkdir(gone);

    const before = openFiles();
    const answers: Answer[] = [];
    for (let i = 0; i < 50; i++) {
      const kind = i % 5;
      if (kind === 0) answers.push(await send(`/api/download/${bigId}?token=${host.token}`, { abortAfterHeaders: true }));
      if (kind === 1) answers.push(await send(`/api/download/${badId}?token=${host.token}`));
      if (kind === 2) answers.push(await send(`/api/download/${goneId}?token=${host.token}`));
      if (kind === 3) answers.push(await send(`/api/download/${downloadId}?token=wrong`));
      if (kind === 4) answers.push(await send(`/api/download/f-unknown?token=${host.token}`));
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(openFiles()).toEqual(before);
    expect(answers.filter((a, i) => i % 5 === 1).every((a) => a.status === 200 && a.body === '{}')).toBe(true);
    expect(answers.filter((a, i) => i % 5 === 2).every((a) => a.status === 404)).toBe(true);
    expect(answers.filter((a, i) => i % 5 === 3).every((a) => a.status === 403)).toBe(true);
  });
});

describe('refusals arrive as answers, not resets', () => {
  it('an upload over the body limit gets 413 and its reason, even at twenty times the limit', async () => {
    await start(1024 * 1024);
    const answer = await send('/api/stageImportFiles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-isnad-token': host.token },
      bodyBytes: 20 * 1024 * 1024,
    });
    expect(answer.error).toBeUndefined();
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toMatch(/request body is over 1 MB/);
  });

  it('a wrong token is 403 forbidden, and a large body sent with it does not reset the connection', async () => {
    await start();
    const answer = await send('/api/addDocument', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-isnad-token': 'guess' },
      bodyBytes: 20 * 1024 * 1024,
    });
    expect(answer.error).toBeUndefined();
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).error.code).toBe('forbidden');
    expect(services.ctx.store.documentCount).toBe(0);
  });
});
