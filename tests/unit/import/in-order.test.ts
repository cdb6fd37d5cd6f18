import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import { OutcomesInOrder } from '../../../electron/services/import/in-order';
import { runImport } from '../../../electron/services/import/pipeline';
import { sourcesFromPaths } from '../../../electron/services/import/sources';
import type { FileOutcome } from '../../../shared/import/report';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const opened: Services[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  await temp.cleanup();
});

/** Invented articles, each its own words so none is a near-duplicate of another. */
function article(i: number): string {
  const words = ['harbour', 'ferry', 'wheat', 'bridge', 'storm', 'council', 'river', 'market', 'lamp', 'orchard', 'quarry', 'mill'];
  const sentence = Array.from({ length: 50 }, (_, k) => words[(i * 5 + k * ((i % 7) + 1)) % words.length]).join(' ');
  return `Tale ${i}\n\n${sentence} ${i}.\n\nThe tale numbered ${i} ends here.`;
}

/** A folder with imported, duplicate, skipped (hidden) and failed (too large) files. */
async function mixedFolder(): Promise<string> {
  const root = await temp.make();
  for (let i = 0; i < 30; i++) await writeFile(join(root, `${String(i).padStart(2, '0')}.txt`), article(i));
  await writeFile(join(root, '30-copy.txt'), article(3));
  await writeFile(join(root, '31-big.txt'), 'x '.repeat(40_000));
  await writeFile(join(root, '.hidden'), 'x');
  await writeFile(join(root, '32-empty.txt'), '');
  return root;
}

async function importInto(root: string, emit?: (o: FileOutcome) => void, signal = new AbortController().signal) {
  const services = await openTestServices(join(await temp.make(), 'corpus'));
  opened.push(services);
  const sources = await sourcesFromPaths([root]);
  const report = await runImport(services.ctx.store, sources, { maxFileBytes: 50_000, split: 'offer' }, { update() {}, signal }, emit);
  return { report, sources };
}

const shape = (o: FileOutcome) => [o.name.replace(/.*\//, ''), o.status, o.reason ?? '', o.documents.length, o.duplicates.length];

describe('runImport with emit', () => {
  it('hands out every outcome, failed, skipped and duplicate ones with their reasons, in file order, and keeps only the totals', async () => {
    const root = await mixedFolder();
    const whole = await importInto(root);
    const emitted: FileOutcome[] = [];
    const streamed = await importInto(root, (o) => emitted.push(o));
    expect(emitted.map(shape)).toEqual(whole.report.files.map(shape));
    expect(emitted.map((o) => o.status)).toEqual(expect.arrayContaining(['imported', 'duplicate', 'skipped', 'failed']));
    // Each left-out file says why; a duplicate names the document it repeats.
    const leftOut = emitted.filter((o) => o.status === 'skipped' || o.status === 'failed');
    expect(leftOut.every((o) => (o.reason ?? '').length > 0)).toBe(true);
    expect(emitted.find((o) => o.status === 'duplicate')?.duplicates[0]?.of.id).toBe(
      emitted.find((o) => o.name.endsWith('/03.txt'))?.documents[0]?.id,
    );
    expect(streamed.report.totals).toEqual(whole.report.totals);
    expect(streamed.report.files).toEqual([]);
    expect(streamed.report.cancelled).toBe(false);
    // Nothing of the files is kept: the sources are let go as they are read.
    expect(streamed.sources.filter((s) => s !== undefined)).toEqual([]);
  });

  it('a cancel still hands out the files left out, as cancelled, and says the import was cancelled', async () => {
    const root = await mixedFolder();
    const controller = new AbortController();
    const emitted: FileOutcome[] = [];
    const { report } = await importInto(
      root,
      (o) => {
        emitted.push(o);
        if (emitted.length === 5) controller.abort();
      },
      controller.signal,
    );
    expect(emitted).toHaveLength(34);
    expect(emitted.filter((o) => o.status === 'cancelled').length).toBeGreaterThan(0);
    expect(report.cancelled).toBe(true);
    expect(report.totals.files).toBe(34);
  });
});

describe('OutcomesInOrder', () => {
  const outcome = (name: string, status: FileOutcome['status']) =>
    ({ name, status, documents: [], duplicates: [], failures: [] }) as unknown as FileOutcome;

  it('waits for the earlier files: outcomes settled out of order come out in order, each once', () => {
    const out: string[] = [];
    const order = new OutcomesInOrder((o) => out.push(o.name));
    const slots: Array<FileOutcome | undefined> = new Array(3);
    slots[2] = outcome('c', 'imported');
    order.settle(slots);
    expect(out).toEqual([]);
    slots[0] = outcome('a', 'failed');
    order.settle(slots);
    expect(out).toEqual(['a']);
    slots[1] = outcome('b', 'cancelled');
    order.settle(slots);
    order.settle(slots);
    expect(out).toEqual(['a', 'b', 'c']);
    expect(slots).toEqual([undefined, undefined, undefined]);
    expect(order.totals).toMatchObject({ files: 3, failed: 1, skipped: 1 });
    expect(order.sawCancelled).toBe(true);
  });

  it('has nothing to hand out for an empty import', () => {
    const order = new OutcomesInOrder(() => {
      throw new Error('nothing to emit');
    });
    order.settle([]);
    expect(order.totals.files).toBe(0);
    expect(order.sawCancelled).toBe(false);
  });
});
