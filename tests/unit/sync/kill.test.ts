import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cloneCorpus, syncCorpus } from '../../../electron/services/sync/engine';
import { folderHost } from '../../../electron/services/sync/host';
import { exited, spawnTs, waitForLine } from '../../helpers/child';
import { type GitServer, startGitServer } from '../../helpers/git-server';
import { LAYLA, OMAR, allFiles, putJson, tokenSource, writeFolderCorpus } from '../../helpers/sync-fixtures';
import { tempDirs } from '../../helpers/temp';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('../../helpers/sync-child.ts', import.meta.url));
const TOKEN = 'tok-kill-0a1b2c3d4e5f';
let server: GitServer;
const temp = tempDirs();
beforeAll(async () => {
  server = await startGitServer({ tokens: { [TOKEN]: 'desk' } });
});
afterAll(async () => server.close());
afterEach(() => temp.cleanup());

/** Starts a sync in a child process and kills it (SIGKILL) `delay` ms after it reaches `phase`. */
async function killDuringSync(dir: string, url: string, phase: string, delay: number): Promise<void> {
  const child = spawnTs(CHILD, [dir, url, TOKEN]);
  await waitForLine(child, new RegExp(`^PHASE ${phase}|^DONE|^ERROR`), 60_000).catch(() => {});
  await new Promise((r) => setTimeout(r, delay));
  child.kill('SIGKILL');
  await exited(child);
}

/** The work tree's corpus files (not .git, .isnad, or the .gitignore sync adds), by path. */
async function trackedContent(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [path, bytes] of await allFiles(dir)) {
    if (!path.startsWith('.git/') && !path.startsWith('.isnad/') && path !== '.gitignore') out.set(path, bytes.toString('utf8'));
  }
  return out;
}

async function fsck(dir: string): Promise<void> {
  await run('git', ['-C', dir, 'fsck', '--no-dangling', '--no-progress']);
}

describe('kill -9 in the middle of a sync', { timeout: 240_000 }, () => {
  it('leaves the repository intact and the work tree unharmed, and the next sync completes', async () => {
    const url = await server.createRepo('killed-first-push');
    const dir = await temp.make();
    await writeFolderCorpus(dir, 600);
    const before = await trackedContent(dir);
    for (const [phase, delay] of [
      ['committing', 150],
      ['committing', 900],
      ['receiving', 40],
      ['sending', 60],
    ] as const) {
      await killDuringSync(dir, url, phase, delay);
      expect(await trackedContent(dir)).toEqual(before);
    }
    const result = await syncCorpus(folderHost(dir, LAYLA), { credentials: tokenSource(TOKEN) });
    expect(result.head).not.toBeNull();
    await fsck(dir);
    expect(await trackedContent(dir)).toEqual(before);
    const onServer = (await server.git('killed-first-push', ['ls-tree', '-r', '--name-only', 'main'])).trim().split('\n');
    expect(onServer.sort()).toEqual([...before.keys(), '.gitignore'].sort());
  });

  it('finishes a merge killed while writing the work tree, without taking it for local edits', async () => {
    const url = await server.createRepo('killed-merge');
    const a = await temp.make();
    await writeFolderCorpus(a, 300);
    await syncCorpus(folderHost(a, LAYLA), { url, credentials: tokenSource(TOKEN) });
    const b = join(await temp.make(), 'b');
    await cloneCorpus(b, url, tokenSource(TOKEN));
    for (let i = 0; i < 300; i++) {
      await putJson(b, `layers/${OMAR.id}/d${String(i).padStart(5, '0')}.json`, {
        schemaVersion: 2,
        documentId: `d${i}`,
        annotator: OMAR.id,
        revision: 1,
        annotations: [{ id: `o${i}` }],
      });
    }
    await syncCorpus(folderHost(b, OMAR), { credentials: tokenSource(TOKEN) });
    await putJson(a, `layers/${LAYLA.id}/d00001.json`, {
      schemaVersion: 2,
      documentId: 'd00001',
      annotator: LAYLA.id,
      revision: 2,
      annotations: [{ id: 'layla-new' }],
    });
    for (const delay of [30, 120]) await killDuringSync(a, url, 'merging', delay);
    const result = await syncCorpus(folderHost(a, LAYLA), { credentials: tokenSource(TOKEN) });
    expect(result.pushed || result.integration !== 'up-to-date' || result.head !== null).toBe(true);
    await fsck(a);
    await syncCorpus(folderHost(b, OMAR), { credentials: tokenSource(TOKEN) });
    const [ta, tb] = [await trackedContent(a), await trackedContent(b)];
    expect(ta).toEqual(tb);
    expect(ta.get(`layers/${LAYLA.id}/d00001.json`)).toContain('layla-new');
    expect([...ta.keys()].filter((p) => p.startsWith(`layers/${OMAR.id}/`))).toHaveLength(300);
    // Omar's files arrived as Omar's work, never re-committed as Layla's edits.
    const authors = await server.git('killed-merge', ['log', '--format=%an', '--', `layers/${OMAR.id}/d00005.json`]);
    expect(authors.trim().split('\n')).toEqual(['Omar Said']);
  });
});
