import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import { cloneCorpus } from '../../../electron/services/sync/engine';
import { type GitServer, startGitServer } from '../../helpers/git-server';
import { LAYLA, OMAR, tokenSource } from '../../helpers/sync-fixtures';
import { openDeskServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

/**
 * Versions of an article over git sync (docs/STORAGE.md, "Versions"): two journalists, each
 * on their own copy (the real store on disk, the service API), through a real git server.
 */
const TOKEN = 'tok-versions-sync-0123456789';
const V1 = [
  'قال وزير الصحة إن 25 شخصا قتلوا في القصف على المدينة صباح اليوم.',
  'وأضاف المتحدث باسم الدفاع المدني أن فرق الإنقاذ ما زالت تبحث تحت الأنقاض عن ناجين.',
  'وقالت منظمة الصحة العالمية إن المستشفيات ممتلئة بالجرحى وتحتاج إلى الوقود.',
].join('\n\n');
const LAYLA_V2 = V1.replace('25 شخصا', '27 شخصا');
const OMAR_V2 = V1.replace('\n\nوأضاف المتحدث باسم الدفاع المدني أن فرق الإنقاذ ما زالت تبحث تحت الأنقاض عن ناجين.', '');

let server: GitServer;
const temp = tempDirs();
beforeAll(async () => {
  server = await startGitServer({ tokens: { [TOKEN]: 'desk' } });
});
// Every corpus opened is closed before the folders go: an open store still writes its caches.
const opened: Services[] = [];
afterAll(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => {});
  await server.close();
  await temp.cleanup();
});

async function call<T>(services: Services, name: string, input: unknown): Promise<T> {
  const envelope = await services.dispatch(name, input);
  if (!envelope.ok) throw new Error(`${name} refused: ${envelope.error.message}`);
  return envelope.value as T;
}

async function open(dir: string, person: typeof LAYLA): Promise<Services> {
  const services = await openDeskServices(dir, person);
  opened.push(services);
  return services;
}

interface Doc {
  id: string;
  text: string;
  version?: number;
  versions?: Array<{ version: number; contentHash: string }>;
  annotations: Array<{ id: string; text: string; start: number; carried?: { status: string } }>;
}

/** Layla imports the article with a figure and a quote in the second paragraph, shares it; Omar clones it. */
async function twoCopies(repo: string) {
  const url = await server.createRepo(repo);
  const layla = await open(join(await temp.make(), 'corpus'), LAYLA);
  const doc = await call<{ id: string }>(layla, 'addDocument', { title: 'القصف', text: V1 });
  const figure = V1.indexOf('25');
  await call(layla, 'createAnnotation', { documentId: doc.id, type: 'figure', start: figure, end: figure + 2, text: '25' });
  const rescue = 'فرق الإنقاذ ما زالت تبحث';
  const at = V1.indexOf(rescue);
  await call(layla, 'createAnnotation', { documentId: doc.id, type: 'quote', start: at, end: at + rescue.length, text: rescue });
  await layla.ctx.sync.setRemote({ url, token: TOKEN, forgetToken: false });
  expect((await layla.ctx.sync.run()).pushed).toBe(true);
  const omarDir = join(await temp.make(), 'corpus');
  await cloneCorpus(omarDir, url, tokenSource(TOKEN));
  const omar = await open(omarDir, OMAR);
  await omar.ctx.sync.setRemote({ url, token: TOKEN, forgetToken: false });
  return { layla, omar, id: doc.id };
}

describe('versions of an article travel with git sync', { timeout: 300_000 }, () => {
  it('a version made on one copy arrives whole on the other: the earlier text and the orphans, and it can be restored there', async () => {
    const { layla, omar, id } = await twoCopies('versions-travel');
    await call(layla, 'addDocumentVersion', { documentId: id, text: OMAR_V2 });
    await layla.ctx.sync.run();
    await omar.ctx.sync.run();
    const doc = await call<Doc>(omar, 'getDocument', { id });
    expect(doc.text).toBe(OMAR_V2);
    expect(doc.version).toBe(2);
    expect((await call<{ text: string }>(omar, 'getDocumentVersion', { documentId: id, version: 1 })).text).toBe(V1);
    // Layla's quote in the deleted paragraph: an orphan of her layer, listed on Omar's copy too (not his to place).
    const orphans = await call<Array<{ annotation: { text: string }; mine: boolean }>>(omar, 'listOrphans', { documentId: id });
    expect(orphans.map((o) => [o.annotation.text, o.mine])).toEqual([['فرق الإنقاذ ما زالت تبحث', false]]);
    // Omar can go back to the first text from his copy.
    await call(omar, 'restoreDocumentVersion', { documentId: id, version: 1 });
    expect((await call<Doc>(omar, 'getDocument', { id })).text).toBe(V1);
  });

  // KNOWN BUG (reported to the lead, not fixed here): the merge keeps one side's text as version 2
  // and the other's only in the open conflict (sync/conflicts.json); each side's layers were
  // carried onto its own text, so after the merge some annotations read other words than they
  // mark, without a flag. `it.fails` turns red once this is fixed, so the marker is removed then.
  it.fails(
    'KNOWN BUG: two journalists each add a new version offline: both texts stay versions and no annotation is misplaced',
    async () => {
      const { layla, omar, id } = await twoCopies('versions-both');
      await call(layla, 'addDocumentVersion', { documentId: id, text: LAYLA_V2 });
      await call(omar, 'addDocumentVersion', { documentId: id, text: OMAR_V2 });
      await layla.ctx.sync.run();
      await omar.ctx.sync.run();
      await layla.ctx.sync.run();
      for (const copy of [layla, omar]) {
        const doc = await call<Doc>(copy, 'getDocument', { id });
        for (const a of doc.annotations) {
          if (!a.carried || a.carried.status !== 'changed') expect(doc.text.slice(a.start, a.start + a.text.length)).toBe(a.text);
        }
        const texts = [doc.text];
        for (let v = 1; v < (doc.version ?? 1); v++)
          texts.push((await call<{ text: string }>(copy, 'getDocumentVersion', { documentId: id, version: v })).text);
        expect(texts).toEqual(expect.arrayContaining([V1, LAYLA_V2, OMAR_V2]));
      }
    },
  );
});
