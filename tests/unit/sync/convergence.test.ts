import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import { cloneCorpus } from '../../../electron/services/sync/engine';
import type { SyncConflict } from '../../../shared/sync/conflicts';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { type GitServer, startGitServer } from '../../helpers/git-server';
import { LAYLA, NOUR, OMAR, allFiles, tokenSource } from '../../helpers/sync-fixtures';
import { openDeskServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

/**
 * Three journalists, each on their own copy (the real store on disk, the service API),
 * annotate the same documents offline and sync through a real git server in seeded random
 * orders. ISNAD_SYNC_SEED and ISNAD_SYNC_ROUNDS repeat or lengthen a run.
 */
const SEED = Number(process.env.ISNAD_SYNC_SEED ?? 20261206);
const ROUNDS = Number(process.env.ISNAD_SYNC_ROUNDS ?? 5);
const TOKEN = 'tok-convergence-0123456789';
const PEOPLE = [LAYLA, OMAR, NOUR];
const STATUSES = ['unchecked', 'verified', 'false', 'disputed', 'unverifiable'] as const;

/** mulberry32: small, seedable, the same sequence on every machine. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function call<T>(services: Services, name: string, input: unknown): Promise<T> {
  const envelope = await services.dispatch(name, input);
  if (!envelope.ok) throw new Error(`${name} refused: ${envelope.error.message}`);
  return envelope.value as T;
}

/** An edit of shared data (a title, the curated verdict): who made it and which edits they had seen. */
interface SharedEdit {
  n: number;
  copy: number;
  key: string;
  seen: Set<number>;
}

interface Copy {
  index: number;
  dir: string;
  services: Services;
  /** Shared edits this copy holds (its own, and what its syncs brought). */
  seen: Set<number>;
}

/** What each annotator's layer must hold at the end: annotation id → document, span and verdict. */
type Expected = Map<string, { documentId: string; start: number; end: number; status: string }>;

let server: GitServer;
const temp = tempDirs();
beforeAll(async () => {
  server = await startGitServer({ tokens: { [TOKEN]: 'desk' } });
});
afterAll(async () => {
  await server.close();
  await temp.cleanup();
});

async function openCopy(dir: string, index: number): Promise<Copy> {
  const person = PEOPLE[index] as (typeof PEOPLE)[number];
  const services = await openDeskServices(dir, person);
  return { index, dir, services, seen: new Set() };
}

describe('three copies converge through a real git server', { timeout: 900_000 }, () => {
  it(`ends with identical layers, loses no annotation and surfaces every conflicting edit (seed ${SEED}, ${ROUNDS} rounds)`, async () => {
    const rand = random(SEED);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
    const url = await server.createRepo('convergence');
    const remoteSeen = new Set<number>();
    const edits: SharedEdit[] = [];
    const writtenValues = new Set<string>();

    // Layla imports the articles, puts one annotation in the curated layer of each, and shares them.
    const first = await openCopy(join(await temp.make(), 'corpus'), 0);
    const documents: Array<{ id: string; text: string; curated: string }> = [];
    for (const [i, text] of [ARABIC_ARTICLE, ENGLISH_ARTICLE, `${ENGLISH_ARTICLE}\n\n${ARABIC_ARTICLE}`].entries()) {
      const doc = await call<{ id: string; text: string }>(first.services, 'addDocument', { title: `Article ${i}`, text });
      const curated = `cur-${i}`;
      await call(first.services, 'applyCuratedEdits', {
        documentId: doc.id,
        edits: [{ kind: 'create', id: curated, type: 'quote', start: 0, end: 5, text: text.slice(0, 5) }],
      });
      documents.push({ id: doc.id, text, curated });
    }
    await first.services.ctx.sync.setRemote({ url, token: TOKEN, forgetToken: false });
    expect((await first.services.ctx.sync.run()).pushed).toBe(true);
    const copies = [first];
    for (const index of [1, 2]) {
      const dir = join(await temp.make(), 'corpus');
      await cloneCorpus(dir, url, tokenSource(TOKEN));
      const copy = await openCopy(dir, index);
      await copy.services.ctx.sync.setRemote({ url, token: TOKEN, forgetToken: false });
      copies.push(copy);
    }
    const expected: Expected[] = PEOPLE.map(() => new Map());
    let counter = 0;

    async function act(copy: Copy): Promise<void> {
      const me = copy.index;
      const mine = expected[me] as Expected;
      const doc = pick(documents);
      const kind = pick(['create', 'create', 'verdict', 'delete', 'title', 'curated'] as const);
      const own = [...mine.entries()];
      if (kind === 'title' || kind === 'curated') {
        const value = `${PEOPLE[me]?.name} ${++counter}`;
        writtenValues.add(value);
        const key =
          kind === 'title' ? `documents/${doc.id}.json|title` : `layers/curated/${doc.id}.json|annotations[${doc.curated}].verdict`;
        const n = edits.length;
        edits.push({ n, copy: me, key, seen: new Set(copy.seen) });
        copy.seen.add(n);
        if (kind === 'title') await call(copy.services, 'updateDocument', { id: doc.id, title: value });
        else
          await call(copy.services, 'applyCuratedEdits', {
            documentId: doc.id,
            edits: [{ kind: 'update', id: doc.curated, verdict: { status: pick(STATUSES), note: value } }],
          });
      } else if (kind === 'create' || own.length === 0) {
        const start = Math.floor(rand() * (doc.text.length - 12));
        const end = start + 1 + Math.floor(rand() * 10);
        const type = pick(['quote', 'figure'] as const);
        const made = await call<{ annotation: { id: string } }>(copy.services, 'createAnnotation', {
          documentId: doc.id,
          type,
          start,
          end,
          text: doc.text.slice(start, end),
        });
        mine.set(made.annotation.id, { documentId: doc.id, start, end, status: 'unchecked' });
      } else {
        const [id, entry] = pick(own);
        if (kind === 'verdict') {
          const status = pick(STATUSES);
          await call(copy.services, 'updateAnnotation', { documentId: entry.documentId, id, verdict: { status } });
          entry.status = status;
        } else {
          await call(copy.services, 'deleteAnnotation', { documentId: entry.documentId, id });
          mine.delete(id);
        }
      }
    }

    async function sync(copy: Copy): Promise<void> {
      // A failed sync throws; a finished one leaves this copy and the remote on the same commit.
      await copy.services.ctx.sync.run();
      for (const n of remoteSeen) copy.seen.add(n);
      for (const n of copy.seen) remoteSeen.add(n);
    }

    for (let round = 0; round < ROUNDS; round++) {
      for (const copy of copies) for (let k = 1 + Math.floor(rand() * 4); k > 0; k--) await act(copy);
      // A random order; a copy may stay offline this round.
      const order = [...copies].sort(() => rand() - 0.5).filter(() => rand() < 0.8);
      for (const copy of order) await sync(copy);
    }
    for (const copy of [...copies, ...copies.slice(0, 2)]) await sync(copy);

    // Every copy holds the same tracked files, byte for byte.
    const tracked = async (dir: string) =>
      new Map(
        [...(await allFiles(dir))]
          .filter(([path]) => !path.startsWith('.isnad/') && !path.startsWith('.git/'))
          .map(([p, b]) => [p, b.toString('utf8')]),
      );
    const reference = await tracked(first.dir);
    expect([...reference.keys()].filter((p) => p.startsWith('layers/')).length).toBeGreaterThan(documents.length);
    for (const copy of copies.slice(1)) expect(await tracked(copy.dir)).toEqual(reference);

    // No annotation lost, none come back: each copy shows each annotator's layer as they left it.
    for (const copy of copies) {
      for (const [owner, person] of copies.map((c) => c.services.ctx.store.annotator).entries()) {
        const got = new Map<string, unknown>();
        for (const doc of documents) {
          const layers = await call<Array<{ annotator: { id: string } }>>(copy.services, 'listLayers', { documentId: doc.id });
          if (!layers.some((l) => l.annotator.id === person.id)) continue;
          const layer = await call<{ annotations: Array<{ id: string; start: number; end: number; verdict: { status: string } }> }>(
            copy.services,
            'getLayer',
            {
              documentId: doc.id,
              annotator: person.id,
            },
          );
          for (const a of layer.annotations) got.set(a.id, { documentId: doc.id, start: a.start, end: a.end, status: a.verdict.status });
        }
        expect(got, `${person.name}'s layer as copy ${copy.index} sees it`).toEqual(expected[owner]);
      }
    }

    // Every pair of concurrent edits of the same shared field is a conflict to decide, on every copy.
    const concurrent = new Set<string>();
    for (const a of edits)
      for (const b of edits)
        if (a.n < b.n && a.key === b.key && a.copy !== b.copy && !b.seen.has(a.n) && !a.seen.has(b.n)) concurrent.add(a.key);
    const keyOf = (c: SyncConflict) => `${c.file}|${c.field.replace(/^(annotations\[[^\]]+\]\.verdict).*$/, '$1')}`;
    for (const copy of copies) {
      const conflicts = await copy.services.ctx.sync.conflicts({ state: 'all' });
      const keys = new Set(conflicts.map(keyOf));
      for (const key of concurrent) expect(keys, `copy ${copy.index} shows a conflict on ${key}`).toContain(key);
      for (const c of conflicts) {
        // Only shared data conflicts: personal layers never do, and no conflict appears from nowhere.
        expect(concurrent, `conflict ${c.field} in ${c.file} comes from concurrent edits`).toContain(keyOf(c));
        for (const side of c.sides) if (c.field === 'title' || c.field.endsWith('.note')) expect(writtenValues).toContain(side.value);
      }
    }
    expect(concurrent.size, 'the seeded run made concurrent edits to check').toBeGreaterThan(0);
    for (const copy of copies) await copy.services.close();
    expect(await server.git('convergence', ['fsck', '--strict'])).toBe('');
  });
});
