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

/** Marks `words` (found in `text`, the text that copy shows) as a speaker on that copy. */
async function markSpeaker(copy: Services, documentId: string, text: string, words: string): Promise<void> {
  const start = text.indexOf(words);
  await call(copy, 'createAnnotation', { documentId, type: 'speaker', start, end: start + words.length, text: words });
}

/** Layla shares, Omar receives and shares, Layla receives: both copies have everything. */
async function syncBoth(layla: Services, omar: Services): Promise<void> {
  await layla.ctx.sync.run();
  await omar.ctx.sync.run();
  await layla.ctx.sync.run();
}

interface Doc {
  id: string;
  text: string;
  version?: number;
  versions?: Array<{ version: number; contentHash: string }>;
  annotations: Array<{ id: string; text: string; start: number; carried?: { status: string; version?: number; previousText?: string } }>;
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

  /** What a desk member sees of the document: every version's text, every layer, the orphans, open conflicts on it. */
  async function seen(copy: Services, id: string) {
    const doc = await call<Doc>(copy, 'getDocument', { id });
    const texts: string[] = [];
    for (let v = 1; v <= (doc.version ?? 1); v++)
      texts.push((await call<{ text: string }>(copy, 'getDocumentVersion', { documentId: id, version: v })).text);
    const layers = await call<Array<{ annotator: { id: string } }>>(copy, 'listLayers', { documentId: id });
    const annotations: Record<string, Doc['annotations']> = {};
    for (const l of layers) {
      const layer = await call<{ annotations: Doc['annotations'] }>(copy, 'getLayer', { documentId: id, annotator: l.annotator.id });
      // My own layer is listed even while empty; the other copy does not have it.
      if (layer.annotations.length > 0) annotations[l.annotator.id] = layer.annotations;
    }
    const orphans = await call<Array<{ annotator: string; version: number; annotation: { id: string; text: string } }>>(
      copy,
      'listOrphans',
      { documentId: id },
    );
    const { conflicts } = await call<{ conflicts: Array<{ file: string; field: string }> }>(copy, 'listSyncConflicts', { documentId: id });
    return {
      version: doc.version,
      texts,
      annotations,
      orphans: orphans.map((o) => ({ annotator: o.annotator, version: o.version, id: o.annotation.id, text: o.annotation.text })),
      conflicts: conflicts.map((c) => `${c.file} ${c.field}`),
    };
  }

  /** No annotation of any layer marks words other than its own unless it is flagged changed. */
  function expectEveryAnnotationReadsItsText(view: Awaited<ReturnType<typeof seen>>) {
    const current = view.texts[view.texts.length - 1] as string;
    for (const layer of Object.values(view.annotations)) {
      for (const a of layer) {
        expect(current.slice(a.start, a.start + a.text.length), `annotation ${a.id}`).toBe(a.text);
      }
    }
  }

  it('two journalists each add a new version offline: both texts stay versions, the later one current, and no annotation is misplaced', async () => {
    const { layla, omar, id } = await twoCopies('versions-both');
    await call(layla, 'addDocumentVersion', { documentId: id, text: LAYLA_V2 });
    await call(omar, 'addDocumentVersion', { documentId: id, text: OMAR_V2 });
    // Each goes on annotating their own new text: Layla marks a speaker in the last paragraph
    // (where her text has it), Omar the figure's sentence (where his has it).
    const who = 'منظمة الصحة العالمية';
    await markSpeaker(layla, id, LAYLA_V2, who);
    const minister = 'وزير الصحة';
    await markSpeaker(omar, id, OMAR_V2, minister);
    await syncBoth(layla, omar);
    const [onLayla, onOmar] = [await seen(layla, id), await seen(omar, id)];
    // Both copies end identical: the same history, layers, orphans.
    expect(onOmar).toEqual(onLayla);
    // Nothing lost: Layla's text (imported first) is version 2, Omar's (imported later) is current as version 3.
    expect(onLayla.version).toBe(3);
    expect(onLayla.texts).toEqual([V1, LAYLA_V2, OMAR_V2]);
    expectEveryAnnotationReadsItsText(onLayla);
    const laylaId = (await call<{ id: string }>(layla, 'getAnnotator', {})).id;
    // Layla's figure read 27 on her text; on the current text it reads 25: placed and flagged for review.
    const [figure] = (onLayla.annotations[laylaId] ?? []).filter((a) => a.start === V1.indexOf('25'));
    expect(figure?.text).toBe('25');
    expect(figure?.carried).toMatchObject({ status: 'changed', previousText: '27', version: 3 });
    // Layla's speaker, made on her text, reads its words on the current one (the paragraph before it is gone).
    expect((onLayla.annotations[laylaId] ?? []).find((a) => a.text === who)?.start).toBe(OMAR_V2.indexOf(who));
    const omarId = (await call<{ id: string }>(omar, 'getAnnotator', {})).id;
    expect((onLayla.annotations[omarId] ?? []).map((a) => [a.text, a.start])).toEqual([[minister, OMAR_V2.indexOf(minister)]]);
    // Her quote in the paragraph Omar's text dropped: one orphan, listed once, never dropped.
    expect(onLayla.orphans.map((o) => [o.annotator, o.text])).toEqual([[laylaId, 'فرق الإنقاذ ما زالت تبحث']]);
    // The two texts are history, not a conflict to decide.
    expect(onLayla.conflicts).toEqual([]);
  });

  it('an annotation made offline on the old text, while a colleague added a version, lands on its own words in the new one', async () => {
    const { layla, omar, id } = await twoCopies('versions-one-side');
    await call(layla, 'addDocumentVersion', { documentId: id, text: OMAR_V2 });
    // Omar, offline on the first text, marks a quote in the last paragraph (which moves up in Layla's version).
    const who = 'منظمة الصحة العالمية';
    await markSpeaker(omar, id, V1, who);
    await syncBoth(layla, omar);
    const [onLayla, onOmar] = [await seen(layla, id), await seen(omar, id)];
    expect(onOmar).toEqual(onLayla);
    expect(onLayla.texts).toEqual([V1, OMAR_V2]);
    expectEveryAnnotationReadsItsText(onLayla);
    const omarId = (await call<{ id: string }>(omar, 'getAnnotator', {})).id;
    const mine = onOmar.annotations[omarId] ?? [];
    expect(mine.map((a) => [a.text, a.start, a.carried?.status])).toEqual([[who, OMAR_V2.indexOf(who), 'moved']]);
    expect(onLayla.conflicts).toEqual([]);
  });
});
