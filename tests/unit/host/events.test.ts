import { type IncomingMessage, request } from 'node:http';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/contract/app';
import type { DocumentChange } from '../../../shared/contract/events';
import { EVENTS_PATH, TOKEN_HEADER } from '../../../shared/contract/transport';
import { type Host, startHost } from '../../../electron/host/server';
import type { Services } from '../../../electron/services/api';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

/**
 * Browser mode's events: the real host on a real temp corpus, read as a raw Server-Sent
 * Events stream, the way a tab's EventSource reads it.
 */
const temp = tempDirs();
let host: Host | null = null;
let services: Services | null = null;
const streams: IncomingMessage[] = [];

afterEach(async () => {
  for (const s of streams.splice(0)) s.destroy();
  await host?.close();
  await services?.close();
  host = null;
  services = null;
  await temp.cleanup();
});

async function start(): Promise<Host> {
  const staticDir = await temp.make();
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Isnad</title>');
  services = await openTestServices(await temp.make());
  host = await startHost({ services, staticDir });
  return host;
}

interface Received {
  event: string;
  data: unknown;
}

/** Opens the stream; resolves with the response and a reader of the events received so far. */
function subscribe(h: Host, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; contentType: string; body: () => string; events: () => Received[] }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: h.port, path, headers }, (res) => {
      streams.push(res);
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      const events = () =>
        body
          .split('\n\n')
          .filter((block) => block.startsWith('event: '))
          .map((block) => {
            const [eventLine, dataLine] = block.split('\n') as [string, string];
            return { event: eventLine.slice('event: '.length), data: JSON.parse(dataLine.slice('data: '.length)) };
          });
      resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type']), body: () => body, events });
    });
    req.on('error', reject);
    req.end();
  });
}

async function callApi<T>(h: Host, name: string, input: unknown): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${h.port}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: h.token },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value: T };
  expect(envelope.ok).toBe(true);
  return envelope.value;
}

async function until<T>(read: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the event stream (browser mode)', () => {
  it('tells every open tab when a document is added and when its annotations change, with the stored revision', async () => {
    const h = await start();
    const tab1 = await subscribe(h, `${EVENTS_PATH}?token=${h.token}`);
    const tab2 = await subscribe(h, `${EVENTS_PATH}?token=${h.token}`);
    expect(tab1.status).toBe(200);
    expect(tab1.contentType).toMatch(/^text\/event-stream/);
    await until(() => (tab1.body().includes('retry:') ? true : undefined), 'the stream to open');

    const doc = await callApi<{ id: string; revision: number }>(h, 'addDocument', { title: 'خبر', text: ARABIC_ARTICLE });
    const edit = await callApi<{ revision: number }>(h, 'applyAnnotationEdits', {
      documentId: doc.id,
      edits: [{ kind: 'create', id: 'a-quote1', type: 'quote', start: 0, end: 5, text: ARABIC_ARTICLE.slice(0, 5) }],
    });
    for (const tab of [tab1, tab2]) {
      const changes = await until(() => {
        const seen = tab.events().filter((e) => e.event === 'documentChanged');
        return seen.length >= 2 ? seen.map((e) => e.data as DocumentChange) : undefined;
      }, 'two document changes');
      expect(changes).toEqual([
        { documentId: doc.id, change: 'added', revision: doc.revision },
        { documentId: doc.id, change: 'annotations', revision: edit.revision },
      ]);
    }
  });

  it('streams a job’s progress until it ends, so nobody has to poll', async () => {
    const h = await start();
    const tab = await subscribe(h, `${EVENTS_PATH}?token=${h.token}`);
    await until(() => (tab.body().includes('retry:') ? true : undefined), 'the stream to open');
    for (const text of [ARABIC_ARTICLE, ENGLISH_ARTICLE]) await callApi(h, 'addDocument', { text });
    const job = await callApi<JobStatus>(h, 'startExport', { format: 'csv', filter: {} });
    const last = await until(() => {
      const mine = tab.events().filter((e) => e.event === 'jobProgress' && (e.data as JobStatus).id === job.id);
      const end = mine.find((e) => (e.data as JobStatus).state !== 'running');
      return end?.data as JobStatus | undefined;
    }, 'the export job to end');
    expect(last).toMatchObject({ id: job.id, kind: 'export', state: 'done', done: 2, total: 2 });
  });

  it('refuses a stream without the token, with a wrong token, or with a foreign Host header', async () => {
    const h = await start();
    expect((await subscribe(h, EVENTS_PATH)).status).toBe(403);
    expect((await subscribe(h, `${EVENTS_PATH}?token=guess`)).status).toBe(403);
    // The header token is not enough here: EventSource cannot send one, so only the query counts.
    expect((await subscribe(h, EVENTS_PATH, { [TOKEN_HEADER]: h.token })).status).toBe(403);
    const rebound = await subscribe(h, `${EVENTS_PATH}?token=${h.token}`, { host: `evil.example:${h.port}` });
    expect(rebound.status).toBe(421);
    // A refused tab hears nothing of what happens next.
    const refused = await subscribe(h, `${EVENTS_PATH}?token=guess`);
    await callApi(h, 'addDocument', { text: ENGLISH_ARTICLE });
    await new Promise((r) => setTimeout(r, 100));
    expect(refused.events()).toEqual([]);
  });
});
