import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, afterEach, describe, expect, it } from 'vitest';
import { cloneCorpus, syncCorpus } from '../../../electron/services/sync/engine';
import { folderHost } from '../../../electron/services/sync/host';
import { type GitServer, startGitServer } from '../../helpers/git-server';
import { tempDirs } from '../../helpers/temp';

const TOKEN = 'tok-engine-1234567890';
const LAYLA = { id: 'layla-3f9a1c', name: 'Layla Haddad', email: 'layla@desk.example' };
const OMAR = { id: 'omar-aa11bb', name: 'Omar Said', email: 'omar@desk.example' };
const credentials = { describe: 'ISNAD_GIT_TOKEN', get: async () => ({ username: 'isnad', password: TOKEN }) };

let server: GitServer;
const temp = tempDirs();
beforeAll(async () => {
  server = await startGitServer({ tokens: { [TOKEN]: 'desk' } });
});
afterAll(async () => server.close());
afterEach(() => temp.cleanup());

async function put(dir: string, path: string, value: unknown) {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), `${JSON.stringify(value, null, 2)}\n`);
}
async function get(dir: string, path: string) {
  return JSON.parse(await readFile(join(dir, path), 'utf8'));
}
const doc = (over: object = {}) => ({
  schemaVersion: 2,
  id: 'd1',
  title: 'Title',
  source: { outlet: '' },
  contentHash: 'h',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  revision: 1,
  text: 'some text here',
  regions: [],
  links: [],
  ...over,
});

describe('sync between two copies through a real git server', { timeout: 120_000 }, () => {
  it('pushes a first corpus, clones it, and merges edits of both sides field by field', async () => {
    const url = await server.createRepo('two-copies');
    const a = await temp.make();
    await put(a, 'corpus.json', { format: 'isnad-corpus', schemaVersion: 2, createdAt: '2025-01-01T00:00:00.000Z', settings: {} });
    await put(a, 'documents/d1.json', doc());
    await put(a, `layers/${LAYLA.id}/d1.json`, { schemaVersion: 2, documentId: 'd1', annotator: LAYLA.id, revision: 1, annotations: [] });
    const first = await syncCorpus(folderHost(a, LAYLA), { url, credentials });
    expect(first).toMatchObject({ integration: 'first-push', pushed: true });
    expect(first.committed?.summary.documents.added).toBe(1);
    expect(await server.git('two-copies', ['log', '--format=%an|%s', 'main'])).toMatch(
      /^Layla Haddad\|Layla Haddad: 1 document \(1 imported\)/,
    );

    const b = join(await temp.make(), 'corpus');
    const clone = await cloneCorpus(b, url, credentials);
    expect(clone.files).toBeGreaterThanOrEqual(4);
    expect(await get(b, 'documents/d1.json')).toEqual(doc());
    expect(await readFile(join(b, '.gitignore'), 'utf8')).toContain('.isnad/');

    await put(a, 'documents/d1.json', doc({ title: 'A better title', revision: 2, updatedAt: '2025-01-02T00:00:00.000Z' }));
    await put(b, 'documents/d1.json', doc({ source: { outlet: 'Reuters' }, revision: 2, updatedAt: '2025-01-03T00:00:00.000Z' }));
    await put(b, `layers/${OMAR.id}/d1.json`, {
      schemaVersion: 2,
      documentId: 'd1',
      annotator: OMAR.id,
      revision: 1,
      annotations: [{ id: 'a-omar' }],
    });
    expect((await syncCorpus(folderHost(a, LAYLA), { credentials })).integration).toBe('up-to-date');
    const merged = await syncCorpus(folderHost(b, OMAR), { credentials });
    expect(merged).toMatchObject({ integration: 'merge', pushed: true, newConflicts: 0 });
    expect(merged.received.documents.changed).toBe(1);
    const back = await syncCorpus(folderHost(a, LAYLA), { credentials });
    expect(back.integration).toBe('fast-forward');
    for (const dir of [a, b]) {
      expect(await get(dir, 'documents/d1.json')).toMatchObject({ title: 'A better title', source: { outlet: 'Reuters' }, revision: 3 });
      expect((await get(dir, `layers/${OMAR.id}/d1.json`)).annotations).toEqual([{ id: 'a-omar' }]);
    }
    expect(await server.git('two-copies', ['fsck', '--strict'])).toBe('');
  });

  it('records a real conflict in sync/conflicts.json, on both copies, with a provisional value', async () => {
    const url = await server.createRepo('conflict');
    const a = await temp.make();
    await put(a, 'documents/d1.json', doc());
    await syncCorpus(folderHost(a, LAYLA), { url, credentials });
    const b = join(await temp.make(), 'corpus');
    await cloneCorpus(b, url, credentials);
    await put(a, 'documents/d1.json', doc({ title: 'Layla’s title', updatedAt: '2025-01-05T00:00:00.000Z', revision: 2 }));
    await put(b, 'documents/d1.json', doc({ title: 'Omar’s title', updatedAt: '2025-01-04T00:00:00.000Z', revision: 2 }));
    await syncCorpus(folderHost(a, LAYLA), { credentials });
    const merged = await syncCorpus(folderHost(b, OMAR), { credentials });
    expect(merged).toMatchObject({ newConflicts: 1, openConflicts: 1 });
    await syncCorpus(folderHost(a, LAYLA), { credentials });
    for (const dir of [a, b]) {
      expect((await get(dir, 'documents/d1.json')).title).toBe('Layla’s title');
      const log = await get(dir, 'sync/conflicts.json');
      expect(log.conflicts).toHaveLength(1);
      expect(log.conflicts[0]).toMatchObject({ file: 'documents/d1.json', documentId: 'd1', field: 'title', state: 'open', kind: 'edit' });
      expect(log.conflicts[0].sides.map((s: { value: string }) => s.value).sort()).toEqual(['Layla’s title', 'Omar’s title']);
    }
  });

  it("makes one document of an article imported on two machines, and each annotator's annotations follow it", async () => {
    const url = await server.createRepo('duplicates');
    const a = await temp.make();
    await put(a, 'corpus.json', { format: 'isnad-corpus', schemaVersion: 2, createdAt: '2025-01-01T00:00:00.000Z', settings: {} });
    await syncCorpus(folderHost(a, LAYLA), { url, credentials });
    const b = join(await temp.make(), 'corpus');
    await cloneCorpus(b, url, credentials);
    const article = (id: string, createdAt: string) => ({
      schemaVersion: 2,
      id,
      title: 'Same article',
      contentHash: 'same-hash',
      createdAt,
      updatedAt: createdAt,
      revision: 1,
      text: 'the text',
      regions: [],
      links: [],
    });
    const layer = (owner: string, documentId: string, ids: string[]) => ({
      schemaVersion: 2,
      documentId,
      annotator: owner,
      revision: 1,
      annotations: ids.map((id, i) => ({ id, start: i, end: i + 3 })),
      rejectedSuggestions: [],
    });
    await put(a, 'documents/dA.json', article('dA', '2025-02-01T10:00:00.000Z'));
    await put(a, `layers/${LAYLA.id}/dA.json`, layer(LAYLA.id, 'dA', ['la1']));
    await put(b, 'documents/dB.json', article('dB', '2025-02-01T09:00:00.000Z'));
    await put(b, `layers/${OMAR.id}/dB.json`, layer(OMAR.id, 'dB', ['om1']));
    await syncCorpus(folderHost(a, LAYLA), { credentials });
    const merged = await syncCorpus(folderHost(b, OMAR), { credentials });
    expect(merged.duplicatesMerged).toBe(1);
    await syncCorpus(folderHost(a, LAYLA), { credentials });
    await syncCorpus(folderHost(b, OMAR), { credentials });
    for (const dir of [a, b]) {
      // Omar's copy was created first and stays; Layla's is trashed and points at it.
      expect((await get(dir, 'documents/dB.json')).deletedAt).toBeUndefined();
      const dropped = await get(dir, 'documents/dA.json');
      expect(dropped.deletedAt).toEqual(expect.any(String));
      expect(dropped.links).toContainEqual({ documentId: 'dB', relation: 'duplicate-of' });
      expect((await get(dir, `layers/${LAYLA.id}/dB.json`)).annotations.map((x: { id: string }) => x.id)).toEqual(['la1']);
      expect((await get(dir, `layers/${OMAR.id}/dB.json`)).annotations.map((x: { id: string }) => x.id)).toEqual(['om1']);
      await expect(readFile(join(dir, `layers/${LAYLA.id}/dA.json`))).rejects.toThrow();
    }
  });
});
