import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { removeLeftoverScratch, removePartialFiles } from '../../../electron/services/leftovers';
import { exited } from '../../helpers/child';
import { BIN } from '../../helpers/cli-process';
import { runCli } from '../../helpers/cli';
import { LONG_ARABIC } from '../../helpers/import-fixtures';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const DEAD_PID = 2 ** 22 + 7;
const temp = tempDirs();
afterEach(() => temp.cleanup());

async function bigCorpus(dir: string, documents: number): Promise<void> {
  const store = await CorpusStore.open(dir);
  const body = `${LONG_ARABIC}\n`.repeat(40);
  for (let i = 0; i < documents; i++) await store.addDocument({ title: `مقال ${i}`, text: `${i}\n${body}` });
  await store.close();
}

const partials = async (folder: string) => (await readdir(folder)).filter((n) => n.endsWith('.tmp'));

describe('partial files after a crash', () => {
  it('kill -9 during isnad export leaves a hidden partial file; the next export removes it and succeeds', async () => {
    const dir = await temp.make();
    const corpus = join(dir, 'corpus');
    await bigCorpus(corpus, 150);
    const out = join(dir, 'exports');
    await mkdir(out);
    const target = join(out, 'corpus.json');
    const child = spawn(process.execPath, [BIN, 'export', '--corpus', corpus, '--out', target], { stdio: 'ignore' });
    // Killed the moment its partial file exists, as a crash or a power cut would.
    while ((await partials(out)).length === 0 && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await exited(child);
    expect(await partials(out)).toHaveLength(1);
    expect(existsSync(target)).toBe(false);

    const again = await runCli(['export', '--corpus', corpus, '--out', target]);
    expect(again.code).toBe(0);
    expect(await partials(out)).toEqual([]);
    expect(JSON.parse(await readFile(target, 'utf-8')).documents).toHaveLength(150);
    // Two real processes (one killed) and a 150-document export: slow on a loaded machine.
  }, 120_000);

  it('only partial files of dead writers (or pid-less ones an hour old) are removed, and only of that export', async () => {
    const folder = await temp.make();
    const target = join(folder, 'report.csv');
    const names = {
      dead: `.report.csv.${DEAD_PID}-0123abcd.tmp`,
      live: `.report.csv.${process.pid}-0123abcd.tmp`,
      oldUnowned: '.report.csv.89abcdef.tmp',
      freshUnowned: '.report.csv.fedcba98.tmp',
      otherExport: `.other.csv.${DEAD_PID}-0123abcd.tmp`,
    };
    for (const name of Object.values(names)) await writeFile(join(folder, name), 'partial');
    const hourAgo = new Date(Date.now() - 2 * 60 * 60_000);
    await utimes(join(folder, names.oldUnowned), hourAgo, hourAgo);
    expect(await removePartialFiles(target)).toBe(2);
    expect((await readdir(folder)).sort()).toEqual([names.freshUnowned, names.live, names.otherExport].sort());
  });

  it("scratch folders of a crashed run (downloads, staged uploads, an import-back's checked documents) are removed when services start", async () => {
    const leftovers = [
      `isnad-upload-${DEAD_PID}-aB3dE9`,
      `isnad-export-${DEAD_PID}-Zz0011`,
      `isnad-report-${DEAD_PID}-q1w2e3`,
      `isnad-spill-${DEAD_PID}-Qx81po`,
    ];
    const kept = [`isnad-upload-${process.pid}-aB3dE9`, `isnad-spill-${process.pid}-Qx81po`, 'isnad-upload-aB3dE9', 'isnad-test-keep'];
    const folder = await temp.make();
    for (const name of [...leftovers, ...kept]) await mkdir(join(folder, name));
    await writeFile(join(folder, leftovers[0] as string, '0'), 'staged bytes');
    expect(await removeLeftoverScratch(folder)).toBe(4);
    expect((await readdir(folder)).sort()).toEqual([...kept].sort());

    // The real start-up sweep, in the real temp folder.
    const real = join(tmpdir(), `isnad-upload-${DEAD_PID}-h17abc`);
    await mkdir(real, { recursive: true });
    const services = await openTestServices(join(await temp.make(), 'corpus'));
    expect(existsSync(real)).toBe(false);
    await services.close();
  });
});
