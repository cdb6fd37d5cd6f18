import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/services/api';
import { CSV_COLUMNS } from '../../../shared/exchange/csv';
import { runCli } from '../../helpers/cli';
import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

/** A corpus with Layla's layer (two annotations), Omar's (one, and he is "me") and a curated one. */
async function twoAnnotators(): Promise<{ dir: string; corpus: string; layla: string; omar: string }> {
  const dir = await temp.make();
  const corpus = join(dir, 'corpus');
  const services = await openServices({
    corpusDir: corpus,
    mode: 'browser',
    version: '0.0.0-test',
    log: () => {},
    annotator: 'Layla Haddad <layla@desk.example>',
  });
  const call = async (name: string, input: unknown) => {
    const envelope = await services.dispatch(name, input);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value as { id: string; annotation: { id: string } };
  };
  const doc = await call('addDocument', { title: 'الصحة', text: ARABIC_ARTICLE });
  const span = (word: string) => ({ start: ARABIC_ARTICLE.indexOf(word), end: ARABIC_ARTICLE.indexOf(word) + word.length, text: word });
  await call('createAnnotation', { documentId: doc.id, type: 'figure', ...span('120') });
  await call('createAnnotation', { documentId: doc.id, type: 'quote', ...span('«الوضع تحت السيطرة»') });
  await call('applyCuratedEdits', { documentId: doc.id, edits: [{ kind: 'create', id: 'cur-1', type: 'figure', ...span('48') }] });
  const layla = services.ctx.store.annotator.id;
  await call('setAnnotator', { name: 'Omar Said', email: 'omar@desk.example' });
  await call('createAnnotation', { documentId: doc.id, type: 'figure', ...span('48') });
  const omar = services.ctx.store.annotator.id;
  await services.close();
  return { dir, corpus, layla, omar };
}

/** Rows of a CSV export without the BOM, split on CRLF (no cell here holds a line break). */
async function csvRows(file: string): Promise<string[][]> {
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  return text
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => l.split(','));
}

describe('isnad export --layer', () => {
  it('exports mine by default, one annotator, the curated layer, or all layers with an annotator column', async () => {
    const { dir, corpus, layla, omar } = await twoAnnotators();
    const mine = join(dir, 'mine.csv');
    expect((await runCli(['export', '--corpus', corpus, '--out', mine])).code).toBe(0);
    const mineRows = await csvRows(mine);
    expect(mineRows[0]).toEqual(CSV_COLUMNS);
    expect(mineRows).toHaveLength(2);

    const all = join(dir, 'all.csv');
    const result = await runCli(['export', '--corpus', corpus, '--out', all, '--layer', 'all']);
    expect(result.out).toMatch(/^exported\t4 annotations from 1 document\t/);
    const [header, ...rows] = await csvRows(all);
    expect(header).toEqual([...CSV_COLUMNS, 'annotator']);
    const byLayer = (id: string) => rows.filter((r) => r.at(-1) === id).map((r) => r[header?.indexOf('text') ?? -1]);
    expect(byLayer(omar)).toEqual(['48']);
    expect(byLayer(layla).sort()).toEqual(['120', '«الوضع تحت السيطرة»']);
    expect(byLayer('curated')).toEqual(['48']);

    const curated = join(dir, 'curated.json');
    expect((await runCli(['export', '--corpus', corpus, '--out', curated, '--layer', 'curated'])).code).toBe(0);
    const file = JSON.parse(await readFile(curated, 'utf8'));
    expect(file.layer).toBe('curated');
    expect(file.documents[0].annotations.map((a: { id: string; annotator: string }) => [a.id, a.annotator])).toEqual([
      ['cur-1', 'curated'],
    ]);

    const hers = join(dir, 'layla.jsonl');
    expect((await runCli(['export', '--corpus', corpus, '--out', hers, '--layer', layla, '--type', 'quote'])).code).toBe(0);
    const line = JSON.parse((await readFile(hers, 'utf8')).trim());
    expect(line.annotations.map((a: { text: string }) => a.text)).toEqual(['«الوضع تحت السيطرة»']);
  });

  it('refuses an unknown annotator or a malformed layer, naming the layers there are, and writes nothing', async () => {
    const { dir, corpus, layla, omar } = await twoAnnotators();
    const out = join(dir, 'out.csv');
    const unknown = await runCli(['export', '--corpus', corpus, '--out', out, '--layer', 'nobody-123456']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no annotator "nobody-123456" has a layer in this corpus');
    expect(unknown.err).toContain([layla, omar].sort().join(', '));
    const malformed = await runCli(['export', '--corpus', corpus, '--out', out, '--layer', 'Layla Haddad']);
    expect(malformed.code).toBe(2);
    expect(malformed.err).toMatch(/--layer: must be 1–64 letters/);
    expect(existsSync(out)).toBe(false);
  });
});
