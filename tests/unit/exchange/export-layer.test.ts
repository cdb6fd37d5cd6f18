import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { writeExport } from '../../../electron/services/exchange/write-export';
import { IsnadError } from '../../../shared/errors';
import { ExportRequest } from '../../../shared/exchange/request';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const stores: CorpusStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

const TEXT = 'قال الوزير إن عدد الضحايا بلغ 75 شخصاً.';
const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, text: words });

/** Layla and Omar each mark the figure; the editor puts Omar's into the curated layer. */
async function desk() {
  const dir = await temp.make();
  const store = await CorpusStore.open(join(dir, 'corpus'));
  stores.push(store);
  await store.setAnnotator({ name: 'Layla Haddad', email: 'layla@desk.example' });
  const layla = store.annotator.id;
  const doc = await store.addDocument({ title: 'بيان', text: TEXT });
  await store.createAnnotation({ documentId: doc.id, type: 'figure', ...span('75'), verdict: { status: 'verified' } });
  await store.createAnnotation({ documentId: doc.id, type: 'quote', ...span('عدد الضحايا بلغ 75 شخصاً') });
  await store.setAnnotator({ name: 'Omar Said', email: 'omar@desk.example' });
  const omar = store.annotator.id;
  await store.createAnnotation({ documentId: doc.id, type: 'figure', ...span('75'), verdict: { status: 'false' } });
  await store.applyCuratedEdits({ documentId: doc.id, edits: [{ kind: 'create', id: 'c1', type: 'figure', ...span('75'), verdict: { status: 'false' } }] });
  const out = join(dir, 'out');
  await mkdir(out);
  return { store, layla, omar, out };
}

async function rows(store: CorpusStore, out: string, layer: string) {
  const path = join(out, `${layer}.json`);
  await writeExport(store, ExportRequest.parse({ format: 'json', layer }), path, { appVersion: '1.0.0' });
  const file = JSON.parse(await readFile(path, 'utf8'));
  return { layer: file.layer, rows: file.documents.flatMap((d: { annotations: Array<Record<string, unknown>> }) => d.annotations.map((a) => [a.type, (a.verdict as { status: string }).status, a.annotator ?? null])) };
}

describe('export of a chosen layer', () => {
  it('exports mine, the curated layer, one annotator’s, or all with an annotator on each', async () => {
    const { store, layla, omar, out } = await desk();
    expect(await rows(store, out, 'mine')).toEqual({ layer: undefined, rows: [['figure', 'false', null]] });
    expect(await rows(store, out, 'curated')).toEqual({ layer: 'curated', rows: [['figure', 'false', 'curated']] });
    expect(await rows(store, out, layla)).toEqual({ layer: layla, rows: [['quote', 'unchecked', layla], ['figure', 'verified', layla]] });
    const all = await rows(store, out, 'all');
    expect(all.rows).toHaveLength(4);
    expect(new Set(all.rows.map((r: unknown[]) => r[2]))).toEqual(new Set([layla, omar, 'curated']));
  });

  it('CSV gets an annotator column', async () => {
    const { store, out } = await desk();
    const path = join(out, 'all.csv');
    await writeExport(store, ExportRequest.parse({ format: 'csv', layer: 'all' }), path, { appVersion: '1.0.0' });
    const [head, ...lines] = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(head?.split(',').at(-1)).toBe('annotator');
    expect(lines.map((l) => l.split(',').at(-1)).sort()).toContain('curated');
  });

  it('refuses a layer no one has, and a malformed one, before writing anything', async () => {
    const { store, out } = await desk();
    const err = await writeExport(store, ExportRequest.parse({ format: 'csv', layer: 'nobody-000000' }), join(out, 'x.csv'), { appVersion: '1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IsnadError);
    expect((err as IsnadError).field).toBe('layer');
    expect((err as IsnadError).message).toMatch(/no annotator "nobody-000000"/);
    const bad = ExportRequest.safeParse({ format: 'csv', layer: 'two words' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/must be mine, all, curated or an annotator id/);
  });
});
