import { existsSync } from 'node:fs';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Document } from '../../../shared/domain/document';
import type { FactCheckSession } from '../../../shared/domain/session';
import type { RegistrySpeaker } from '../../../shared/domain/speaker';
import { OPEN_CORPUS, exited, spawnTs, waitForLine } from '../../helpers/child';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

/** Written by Isnad at schema version 1 (tests/fixtures/v1-corpus.md says how). */
const FIXTURE = fileURLToPath(new URL('../../fixtures/v1-corpus', import.meta.url));

const temp = tempDirs();
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

interface V1Corpus {
  speakers: RegistrySpeaker[];
  sessions: FactCheckSession[];
}
type V1Document = Document & { schemaVersion: 1 };

async function v1Copy(): Promise<{ dir: string; corpus: V1Corpus; documents: V1Document[] }> {
  const dir = join(await temp.make(), 'corpus');
  await cp(FIXTURE, dir, { recursive: true });
  const corpus = JSON.parse(await readFile(join(dir, 'corpus.json'), 'utf-8')) as V1Corpus;
  const documents: V1Document[] = [];
  for (const name of await readdir(join(dir, 'documents')))
    documents.push(JSON.parse(await readFile(join(dir, 'documents', name), 'utf-8')));
  return { dir, corpus, documents };
}

/** An annotation without what version 2 adds (who made it), to compare with version 1's. */
function asV1({ createdBy: _c, updatedBy: _u, verdictBy: _v, ...rest }: Annotation): Annotation {
  return rest as Annotation;
}

async function expectEverythingKept(store: CorpusStore, before: { corpus: V1Corpus; documents: V1Document[] }): Promise<void> {
  expect(store.documentCount).toBe(before.documents.length);
  for (const v1 of before.documents) {
    const doc = await store.getDocument(v1.id);
    const { schemaVersion: _s, annotations, ...fields } = v1;
    // Text, metadata, regions, links, rejected suggestions and the revision a client sees: all as they were.
    expect({ ...doc, annotations: doc.annotations.map(asV1) }).toEqual({ ...fields, annotations });
    const me = store.annotator.id;
    for (const a of doc.annotations) expect([a.createdBy, a.updatedBy]).toEqual([me, me]);
  }
  expect(store.speakers).toEqual(
    before.corpus.speakers.map(({ linkMatching: _l, ...s }: RegistrySpeaker & { linkMatching?: boolean }) => s),
  );
  expect(store.sessions).toEqual(before.corpus.sessions);
}

describe('migration from schema version 1', () => {
  it('keeps every annotation, link, verdict, rejection, region, speaker and session of a corpus written by version 1', async () => {
    const before = await v1Copy();
    const services = await openTestServices(before.dir);
    open.push(services);
    await expectEverythingKept(services.ctx.store, before);

    // Spot checks a journalist would make, through the service API.
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const envelope = await services.dispatch(name, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as T;
    };
    const ar = before.documents.find((d) => d.lang === 'ar' && d.annotations.length > 0) as V1Document;
    const doc = await call<Document>('getDocument', { id: ar.id });
    const quote = doc.annotations.find((a) => a.id === 'ar-q1');
    expect(quote).toMatchObject({ attributes: { speakerId: 'ar-sp1' }, verdict: { status: 'disputed', checkedBy: 'ليلى' } });
    expect(quote?.verdictBy).toBe(services.ctx.store.annotator.id);
    expect(doc.annotations.find((a) => a.id === 'ar-sp2')?.attributes).toMatchObject({ sameAs: 'ar-sp1' });
    expect(doc.rejectedSuggestions).toEqual([{ type: 'figure', start: 25, end: 30, text: 'الأحد' }]);
    const speakers = await call<{ speakers: Array<{ speaker: { name: string }; mentions: number; quotes: number }> }>('getSpeakers', {});
    expect(speakers.speakers.map((s) => [s.speaker.name, s.mentions, s.quotes]).sort()).toEqual([
      ['Maria Lopez', 2, 1],
      ['خالد العمري', 2, 1],
    ]);
    const sessions = await call<Array<{ name: string; state: string; position: number; progress: { checked: number; total: number } }>>(
      'listSessions',
      {},
    );
    expect(sessions).toMatchObject([{ name: 'اقتباسات الأسبوع', state: 'paused', position: 1, progress: { checked: 2, total: 2 } }]);
    const claim = await call<{ row: { id: string } | null; missing: boolean }>('getSessionClaim', { id: before.corpus.sessions[0]?.id });
    expect(claim).toMatchObject({ missing: false, row: { id: 'en-q1' } });
    const found = await call<{ total: number }>('searchCorpus', { query: 'السيطرة' });
    expect(found.total).toBe(1);

    // The layout on disk is version 2's.
    const me = services.ctx.store.annotator.id;
    expect(JSON.parse(await readFile(join(before.dir, 'corpus.json'), 'utf-8'))).toMatchObject({ schemaVersion: 2 });
    expect(existsSync(join(before.dir, 'corpus.lock'))).toBe(false);
    expect(JSON.parse(await readFile(join(before.dir, 'documents', `${ar.id}.json`), 'utf-8')).annotations).toBeUndefined();
    expect((await readdir(join(before.dir, 'layers', me))).sort()).toEqual(
      [
        'annotator.json',
        'sessions.json',
        ...before.documents.filter((d) => d.annotations.length + d.rejectedSuggestions.length > 0).map((d) => `${d.id}.json`),
      ].sort(),
    );
    expect(await readFile(join(before.dir, '.gitignore'), 'utf-8')).toContain('.isnad/');
  });

  it('is idempotent: opening the migrated corpus again changes no tracked file', async () => {
    const before = await v1Copy();
    await (await CorpusStore.open(before.dir)).close();
    const snapshot = async () => {
      const files: Record<string, string> = {};
      for (const folder of ['', 'documents', ...(await readdir(join(before.dir, 'layers'))).map((l) => `layers/${l}`)]) {
        for (const name of await readdir(join(before.dir, folder), { withFileTypes: true })) {
          if (name.isFile()) files[`${folder}/${name.name}`] = await readFile(join(before.dir, folder, name.name), 'utf-8');
        }
      }
      return files;
    };
    const first = await snapshot();
    const again = await CorpusStore.open(before.dir);
    open.push(again);
    await expectEverythingKept(again, before);
    await again.close();
    expect(await snapshot()).toEqual(first);
  });

  it('a kill -9 at any moment of the migration loses nothing: the next open finishes it', async () => {
    const before = await v1Copy();
    // Many copies of the fixture's own files (new ids), so the migration takes long enough to interrupt.
    const extra: V1Document[] = [];
    for (let i = 0; i < 60; i++) {
      const source = before.documents[i % before.documents.length] as V1Document;
      const copy = { ...source, id: `${source.id}x${i}` };
      extra.push(copy);
      await writeFile(join(before.dir, 'documents', `${copy.id}.json`), JSON.stringify(copy));
    }
    const all = { corpus: before.corpus, documents: [...before.documents, ...extra] };
    const pristine = join(await temp.make(), 'pristine');
    await cp(before.dir, pristine, { recursive: true });

    // How long an uninterrupted migration takes here, measured from the moment of opening.
    const timed = join(await temp.make(), 'timed');
    await cp(pristine, timed, { recursive: true });
    const probe = spawnTs(OPEN_CORPUS, [timed]);
    await waitForLine(probe, /^OPENING/);
    const started = Date.now();
    expect(await waitForLine(probe, /^(OPENED|ERROR)/, 60_000)).toBe('OPENED');
    const duration = Date.now() - started;
    await exited(probe);

    let interrupted = 0;
    for (const fraction of [0.15, 0.35, 0.55, 0.75, 0.9]) {
      const dir = join(await temp.make(), 'corpus');
      await cp(pristine, dir, { recursive: true });
      const child = spawnTs(OPEN_CORPUS, [dir]);
      await waitForLine(child, /^OPENING/);
      await new Promise((r) => setTimeout(r, duration * fraction));
      child.kill('SIGKILL');
      await exited(child);
      const index = JSON.parse(await readFile(join(dir, 'corpus.json'), 'utf-8'));
      if (index.schemaVersion === 1 && existsSync(join(dir, 'layers'))) interrupted++;
      const store = await CorpusStore.open(dir);
      open.push(store);
      await expectEverythingKept(store, all);
      await store.close();
    }
    // The trials only mean something if some of them did stop a migration half-way.
    expect(interrupted).toBeGreaterThan(0);
  }, 180_000);
});
