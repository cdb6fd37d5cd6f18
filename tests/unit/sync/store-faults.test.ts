// Sync faults on corpora written by the real store (documents, layers, journals, sessions),
// through the built `isnad sync` in its own process and through the services' API (the
// contract dispatch the HTTP host and the desktop call): kill -9 in the middle, a wrong token,
// an unreachable server, a push refused because the remote moved. Each must say plainly what
// happened, lose no annotation of any layer, and let the next sync complete.
import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Services, openServices } from '../../../electron/services/api';
import { CorpusStore } from '../../../electron/services/corpus/store';
import type { JobStatus } from '../../../shared/contract/app';
import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { BIN, runCliProcess } from '../../helpers/cli-process';
import { type GitServer, startGitServer } from '../../helpers/git-server';
import { tempDirs } from '../../helpers/temp';

const TOKEN = 'tok-store-faults-a1b2c3d4e5f6';
const LAYLA = 'Layla Haddad <layla@desk.example>';
const OMAR = 'Omar Said <omar@desk.example>';
let server: GitServer;
const temp = tempDirs();
const open: Services[] = [];
beforeAll(async () => {
  server = await startGitServer({ tokens: { [TOKEN]: 'desk' } });
  // Tokens the app stores go to a file of this test run (the CLI children inherit it), never the user's.
  process.env.ISNAD_GIT_CREDENTIALS = join(await temp.make(), 'git-credentials.json');
});
afterAll(async () => {
  delete process.env.ISNAD_GIT_CREDENTIALS;
  await server.close();
  await temp.cleanup();
});
afterEach(async () => {
  server.beforeRequest = null;
  delete process.env.ISNAD_GIT_TOKEN;
  await Promise.all(open.splice(0).map((s) => s.close()));
});

const services = async (dir: string, annotator = LAYLA) => {
  const s = await openServices({ corpusDir: dir, mode: 'browser', version: '0.0.0-test', log: () => {}, annotator });
  open.push(s);
  return s;
};

async function call<T>(s: Services, name: string, input: unknown): Promise<T> {
  const r = (await s.dispatch(name, input)) as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(`${name}: ${r.error?.message}`);
  return r.value as T;
}

/** A corpus as the app writes it: documents, annotations with verdicts and links, a session. */
async function writeCorpus(s: Services, documents: number): Promise<void> {
  for (let i = 0; i < documents; i++) {
    const doc = await call<{ id: string; text: string }>(s, 'addDocument', { title: `بيان ${i}`, text: `${i}\n${ARABIC_ARTICLE}` });
    const at = (words: string) => ({ start: doc.text.indexOf(words), end: doc.text.indexOf(words) + words.length, text: words });
    await call(s, 'applyAnnotationEdits', {
      documentId: doc.id,
      edits: [
        { kind: 'create', id: 'sp', type: 'speaker', ...at('المتحدث باسم الوزارة') },
        { kind: 'create', id: 'q', type: 'quote', ...at('الوضع تحت السيطرة'), attributes: { speakerId: 'sp' } },
        { kind: 'create', id: 'f', type: 'figure', ...at('120'), attributes: { value: 120 }, verdict: { status: 'false', note: `n${i}` } },
      ],
    });
  }
  await call(s, 'startSession', { name: 'Figures', filter: { types: ['figure'] } });
}

/** Every layer's annotations on every document, as a reader of the store sees them (layer files and journals). */
async function everyLayer(dir: string): Promise<Map<string, string>> {
  const reader = await CorpusStore.open(dir, { readOnly: true });
  try {
    const out = new Map<string, string>();
    for (const doc of await reader.listDocuments()) {
      for (const layer of await reader.listLayers(doc.id)) {
        const view = await reader.getLayer(doc.id, layer.annotator.id);
        out.set(`${layer.annotator.id}/${doc.id}`, JSON.stringify(view.annotations));
      }
    }
    return out;
  } finally {
    await reader.close();
  }
}

/** Runs a sync job through the API, as the Sync button does, and returns how it ended. */
async function syncThroughApi(s: Services, input: Record<string, unknown> = {}): Promise<JobStatus> {
  let job = await call<JobStatus>(s, 'syncCorpus', input);
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, 100));
    job = await call<JobStatus>(s, 'getJob', { jobId: job.id });
  }
  return job;
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

describe('sync faults on a corpus written by the store', { timeout: 300_000 }, () => {
  it('kill -9 of `isnad sync` mid-way loses nothing, leaves git intact, and the next `isnad sync` completes', async () => {
    const url = await server.createRepo('store-kill');
    const dir = join(await temp.make(), 'corpus');
    await writeCorpus(await services(dir), 120);
    await open.pop()?.close();
    const before = await everyLayer(dir);
    expect(before.size).toBe(120);
    process.env.ISNAD_GIT_TOKEN = TOKEN;
    for (const [line, delay] of [
      [/Saving your changes/, 300],
      [/Sending|Receiving|Merging/, 50],
    ] as const) {
      const child = spawn(process.execPath, [BIN, 'sync', '--corpus', dir, '--remote', url], { stdio: ['ignore', 'pipe', 'pipe'] });
      await new Promise<void>((resolve) => {
        let seen = '';
        child.stderr.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          if (line.test(seen)) resolve();
        });
        child.once('exit', () => resolve());
      });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));
      expect(await everyLayer(dir)).toEqual(before);
    }
    const retry = await runCliProcess(['sync', '--corpus', dir, '--remote', url]);
    expect(retry.stderr).not.toContain(TOKEN);
    expect(retry.code).toBe(0);
    expect(retry.stdout).toMatch(/^pushed\t/m);
    await promisify(execFile)('git', ['-C', dir, 'fsck', '--no-dangling', '--no-progress']);
    expect(await everyLayer(dir)).toEqual(before);
    const onServer = await server.git('store-kill', ['ls-tree', '-r', '--name-only', 'main']);
    expect(onServer.split('\n').filter((p) => /^layers\/layla-[0-9a-f]{6}\/d/.test(p))).toHaveLength(120);
  });

  it('a wrong token: the CLI and the app say the server refused it, nothing is lost, and a retry with the right one pushes', async () => {
    const url = await server.createRepo('store-token');
    const dir = join(await temp.make(), 'corpus');
    const s = await services(dir);
    await writeCorpus(s, 5);
    const before = await everyLayer(dir);
    await call(s, 'setSyncRemote', { url, token: 'tok-wrong-000000', forgetToken: false });
    const failed = await syncThroughApi(s);
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatch(/refused the token \(HTTP 401\)/);
    expect(failed.error).toMatch(/committed on this computer/);
    expect(failed.error).not.toContain('tok-wrong');
    expect(await everyLayer(dir)).toEqual(before);
    await s.close();
    open.pop();
    process.env.ISNAD_GIT_TOKEN = 'tok-wrong-111111';
    const cli = await runCliProcess(['sync', '--corpus', dir]);
    expect(cli.code).not.toBe(0);
    expect(cli.stderr).toMatch(/refused the token \(HTTP 401\)/);
    expect(cli.stderr).not.toContain('tok-wrong');
    expect(await everyLayer(dir)).toEqual(before);
    process.env.ISNAD_GIT_TOKEN = TOKEN;
    const retry = await runCliProcess(['sync', '--corpus', dir]);
    expect(retry.code).toBe(0);
    expect(await everyLayer(dir)).toEqual(before);
    expect(await server.git('store-token', ['ls-tree', '-r', '--name-only', 'main'])).toMatch(/layers\/layla-[0-9a-f]{6}\/sessions\.json/);
  });

  it('an unreachable server: both say it could not be reached, nothing is lost, the retry works once it is there', async () => {
    const dir = join(await temp.make(), 'corpus');
    const s = await services(dir);
    await writeCorpus(s, 5);
    const before = await everyLayer(dir);
    const port = await closedPort();
    await call(s, 'setSyncRemote', { url: `http://127.0.0.1:${port}/desk.git`, token: TOKEN, forgetToken: false });
    const failed = await syncThroughApi(s);
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatch(/Could not reach the git server 127\.0\.0\.1:\d+ \(the connection was refused\)/);
    expect(await everyLayer(dir)).toEqual(before);
    await s.close();
    open.pop();
    process.env.ISNAD_GIT_TOKEN = TOKEN;
    const cli = await runCliProcess(['sync', '--corpus', dir]);
    expect(cli.code).not.toBe(0);
    expect(cli.stderr).toMatch(/Could not reach the git server 127\.0\.0\.1:\d+ \(the connection was refused\)/);
    expect(await everyLayer(dir)).toEqual(before);
    const url = await server.createRepo('store-back-up');
    const retry = await runCliProcess(['sync', '--corpus', dir, '--remote', url]);
    expect(retry.code).toBe(0);
    expect(await everyLayer(dir)).toEqual(before);
  });

  it('a push refused because a colleague pushed meanwhile: merged and pushed again; both copies end with every annotation of both', async () => {
    const url = await server.createRepo('store-moved');
    const a = join(await temp.make(), 'a');
    const sa = await services(a);
    await writeCorpus(sa, 4);
    await call(sa, 'setSyncRemote', { url, token: TOKEN, forgetToken: false });
    expect((await syncThroughApi(sa)).state).toBe('done');
    process.env.ISNAD_GIT_TOKEN = TOKEN;
    const b = join(await temp.make(), 'b');
    expect((await runCliProcess(['sync', '--corpus', b, '--remote', url, '--annotator', OMAR])).code).toBe(0);
    // Omar marks a figure on every document on his copy; Layla changes her verdicts on hers (left in journals).
    const sb = await services(b, OMAR);
    for (const doc of await call<Array<{ id: string }>>(sb, 'listDocuments', {})) {
      const text = (await call<{ text: string }>(sb, 'getDocument', { id: doc.id })).text;
      await call(sb, 'createAnnotation', {
        documentId: doc.id,
        type: 'figure',
        start: text.indexOf('48'),
        end: text.indexOf('48') + 2,
        text: '48',
      });
    }
    await sb.close();
    open.splice(open.indexOf(sb), 1);
    for (const doc of await call<Array<{ id: string }>>(sa, 'listDocuments', {}))
      await call(sa, 'updateAnnotation', { documentId: doc.id, id: 'f', verdict: { status: 'disputed' } });
    const before = { layla: await everyLayer(a), omar: await everyLayer(b) };
    // Omar's sync (the CLI, another process) lands after Layla fetched and before she pushes.
    let moved = false;
    server.beforeRequest = async ({ service, method }) => {
      if (!moved && service === 'git-receive-pack' && method === 'GET') {
        moved = true;
        server.beforeRequest = null;
        expect((await runCliProcess(['sync', '--corpus', b])).code).toBe(0);
      }
    };
    const job = await syncThroughApi(sa);
    expect(moved).toBe(true);
    expect(job.error).toBeUndefined();
    expect(job).toMatchObject({ state: 'done', result: expect.objectContaining({ pushed: true, integration: 'merge' }) });
    expect((await runCliProcess(['sync', '--corpus', b])).code).toBe(0);
    const after = { a: await everyLayer(a), b: await everyLayer(b) };
    expect(after.a).toEqual(after.b);
    // Nothing lost: every layer each copy had before is there, unchanged, on both.
    const omars = [...before.omar].filter(([key]) => key.startsWith('omar-'));
    expect(omars).toHaveLength(4);
    for (const [key, annotations] of [...before.layla, ...omars]) expect(after.a.get(key), key).toBe(annotations);
  });

  it('a server slow to answer (silent longer than Node’s default 5 s) does not fail the sync', async () => {
    const url = await server.createRepo('store-slow');
    const dir = join(await temp.make(), 'corpus');
    const s = await services(dir);
    await writeCorpus(s, 2);
    await call(s, 'setSyncRemote', { url, token: TOKEN, forgetToken: false });
    let waited = false;
    server.beforeRequest = async ({ service, method }) => {
      if (!waited && service === 'git-receive-pack' && method === 'POST') {
        waited = true;
        await new Promise((r) => setTimeout(r, 6_500));
      }
    };
    const job = await syncThroughApi(s);
    expect(waited).toBe(true);
    expect(job.error).toBeUndefined();
    expect(job).toMatchObject({ state: 'done', result: expect.objectContaining({ pushed: true }) });
  });
});
