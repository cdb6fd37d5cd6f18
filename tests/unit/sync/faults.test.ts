import { utimes, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IsnadError } from '../../../shared/errors';
import { cloneCorpus, syncCorpus } from '../../../electron/services/sync/engine';
import { folderHost } from '../../../electron/services/sync/host';
import { type GitServer, startGitServer } from '../../helpers/git-server';
import { LAYLA, OMAR, allFiles, putJson, readJson, tokenSource } from '../../helpers/sync-fixtures';
import { tempDirs } from '../../helpers/temp';

const TOKEN = 'tok-faults-5f1e2d3c4b5a69788796';
let server: GitServer;
const temp = tempDirs();
beforeAll(async () => {
  server = await startGitServer({ tokens: { [TOKEN]: 'desk' } });
});
afterAll(async () => server.close());
afterEach(async () => {
  server.beforeRequest = null;
  await temp.cleanup();
});

async function failure(promise: Promise<unknown>): Promise<IsnadError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(IsnadError);
    return err as IsnadError;
  }
  throw new Error('expected the sync to fail');
}

async function corpusWithOneDocument(): Promise<string> {
  const dir = await temp.make();
  await putJson(dir, 'documents/d1.json', { schemaVersion: 2, id: 'd1', title: 'One', text: 'x', revision: 1 });
  return dir;
}

describe('sync failures are explained, lose nothing, and the next sync completes', { timeout: 120_000 }, () => {
  it('a wrong token: HTTP 401 named, local work committed, the retry with the right token pushes', async () => {
    const url = await server.createRepo('wrong-token');
    const dir = await corpusWithOneDocument();
    const err = await failure(syncCorpus(folderHost(dir, LAYLA), { url, credentials: tokenSource('tok-wrong') }));
    expect(err.code).toBe('forbidden');
    expect(err.message).toMatch(/refused the token \(HTTP 401\).*ISNAD_GIT_TOKEN.*committed on this computer/);
    expect(err.message).not.toContain('tok-wrong');
    const ok = await syncCorpus(folderHost(dir, LAYLA), { credentials: tokenSource(TOKEN) });
    expect(ok.pushed).toBe(true);
    expect(await server.git('wrong-token', ['show', 'main:documents/d1.json'])).toContain('"title": "One"');
  });

  it('no token at all: says where to put one', async () => {
    const url = await server.createRepo('no-token');
    const dir = await corpusWithOneDocument();
    const err = await failure(
      syncCorpus(folderHost(dir, LAYLA), { url, credentials: { describe: 'ISNAD_GIT_TOKEN', get: async () => null } }),
    );
    expect(err.message).toMatch(/asks for a token and none was given\. Set one in ISNAD_GIT_TOKEN/);
  });

  it('an unreachable server: connection refused, nothing lost, the retry works once it is up', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const dir = await corpusWithOneDocument();
    const err = await failure(
      syncCorpus(folderHost(dir, LAYLA), { url: `http://127.0.0.1:${port}/desk.git`, credentials: tokenSource(TOKEN) }),
    );
    expect(err.code).toBe('unavailable');
    expect(err.message).toMatch(/Could not reach the git server 127\.0\.0\.1:\d+ \(the connection was refused\)/);
    const url = await server.createRepo('back-up');
    expect((await syncCorpus(folderHost(dir, LAYLA), { url, credentials: tokenSource(TOKEN) })).pushed).toBe(true);
  });

  it('a wrong address: no repository there (404), or no git server at all', async () => {
    const dir = await corpusWithOneDocument();
    const missing = await failure(
      syncCorpus(folderHost(dir, LAYLA), { url: `${server.origin}/no-such-repo.git`, credentials: tokenSource(TOKEN) }),
    );
    expect(missing.message).toMatch(/no repository at .*no-such-repo\.git \(HTTP 404\)/);
    const web = createServer((_req, res) => res.end('<html>a newsroom website</html>'));
    await new Promise<void>((r) => web.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(web.address() as AddressInfo).port}/corpus`;
      const err = await failure(syncCorpus(folderHost(dir, LAYLA), { url, credentials: tokenSource(TOKEN) }));
      expect(err.message).toMatch(/did not answer as a git server does/);
    } finally {
      web.closeAllConnections();
      await new Promise<void>((r) => web.close(() => r()));
    }
  });

  it('a push refused because a colleague pushed meanwhile: fetched, merged and pushed again', async () => {
    const url = await server.createRepo('moved');
    const a = await corpusWithOneDocument();
    await syncCorpus(folderHost(a, LAYLA), { url, credentials: tokenSource(TOKEN) });
    const b = join(await temp.make(), 'b');
    await cloneCorpus(b, url, tokenSource(TOKEN));
    await putJson(a, `layers/${LAYLA.id}/d1.json`, {
      schemaVersion: 2,
      documentId: 'd1',
      annotator: LAYLA.id,
      revision: 1,
      annotations: [{ id: 'from-layla' }],
    });
    await putJson(b, `layers/${OMAR.id}/d1.json`, {
      schemaVersion: 2,
      documentId: 'd1',
      annotator: OMAR.id,
      revision: 1,
      annotations: [{ id: 'from-omar' }],
    });
    // Omar's push lands just after Layla fetched, before she pushes.
    let moved = false;
    server.beforeRequest = async ({ service, method }) => {
      if (!moved && service === 'git-receive-pack' && method === 'GET') {
        moved = true;
        server.beforeRequest = null;
        await syncCorpus(folderHost(b, OMAR), { credentials: tokenSource(TOKEN) });
      }
    };
    const result = await syncCorpus(folderHost(a, LAYLA), { credentials: tokenSource(TOKEN) });
    expect(moved).toBe(true);
    expect(result).toMatchObject({ pushed: true, integration: 'merge' });
    const tree = await server.git('moved', ['ls-tree', '-r', '--name-only', 'main']);
    expect(tree).toContain(`layers/${LAYLA.id}/d1.json`);
    expect(tree).toContain(`layers/${OMAR.id}/d1.json`);
  });

  it('gives up with a clear message when the remote moves at every attempt, and the next sync completes', async () => {
    const url = await server.createRepo('always-moving');
    const a = await corpusWithOneDocument();
    await syncCorpus(folderHost(a, LAYLA), { url, credentials: tokenSource(TOKEN) });
    const b = join(await temp.make(), 'b');
    await cloneCorpus(b, url, tokenSource(TOKEN));
    await putJson(a, 'documents/d1.json', { schemaVersion: 2, id: 'd1', title: 'Layla', text: 'x', revision: 2 });
    let round = 0;
    server.beforeRequest = async ({ service, method }) => {
      if (service === 'git-receive-pack' && method === 'GET') {
        server.beforeRequest = null;
        await putJson(b, `layers/${OMAR.id}/n${round++}.json`, { annotations: [] });
        await syncCorpus(folderHost(b, OMAR), { credentials: tokenSource(TOKEN) });
        server.beforeRequest = hook;
      }
    };
    const hook = server.beforeRequest;
    const err = await failure(syncCorpus(folderHost(a, LAYLA), { credentials: tokenSource(TOKEN) }));
    expect(err.code).toBe('conflict');
    expect(err.message).toMatch(/refused ours each time\. Sync again\. Your changes are saved and committed/);
    server.beforeRequest = null;
    expect((await syncCorpus(folderHost(a, LAYLA), { credentials: tokenSource(TOKEN) })).pushed).toBe(true);
    expect(await server.git('always-moving', ['show', 'main:documents/d1.json'])).toContain('"title": "Layla"');
  });

  it('clears a lock file a crashed git program left behind, and leaves a fresh one alone', async () => {
    const url = await server.createRepo('locks');
    const dir = await corpusWithOneDocument();
    await syncCorpus(folderHost(dir, LAYLA), { url, credentials: tokenSource(TOKEN) });
    const stale = join(dir, '.git', 'index.lock');
    await writeFile(stale, '');
    const old = new Date(Date.now() - 10 * 60_000);
    await utimes(stale, old, old);
    await writeFile(join(dir, '.git', 'config.lock'), '');
    await syncCorpus(folderHost(dir, LAYLA), { credentials: tokenSource(TOKEN) });
    const files = await allFiles(join(dir, '.git'));
    expect(files.has('index.lock')).toBe(false);
    expect(files.has('config.lock')).toBe(true);
  });

  it('never writes the token into the corpus, its git folder or a message', async () => {
    const url = await server.createRepo('no-leak');
    const dir = await corpusWithOneDocument();
    await syncCorpus(folderHost(dir, LAYLA), { url, credentials: tokenSource(TOKEN) });
    await failure(syncCorpus(folderHost(dir, LAYLA), { url: `${server.origin}/missing.git`, credentials: tokenSource(TOKEN) }));
    await syncCorpus(folderHost(dir, LAYLA), { url, credentials: tokenSource(TOKEN) });
    for (const [path, bytes] of await allFiles(dir)) expect(bytes.includes(TOKEN), path).toBe(false);
    expect((await readJson<{ lastError?: unknown }>(dir, '.isnad/sync/state.json')).lastError).toBeUndefined();
  });
});
