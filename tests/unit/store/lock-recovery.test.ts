import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, acquireCorpusLock, processStarted, readCorpusLock } from '../../../electron/services/corpus/lock';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { OPEN_CORPUS, exited, spawnTs, waitForLine } from '../../helpers/child';
import { runCli } from '../../helpers/cli';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await temp.cleanup();
});

async function writeLock(dir: string, owner: Record<string, unknown>, ageMs = 0): Promise<string> {
  const path = join(dir, LOCK_FILE);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify({ since: '2026-11-30T08:15:00.000Z', by: 'Isnad desktop', ...owner }));
  if (ageMs > 0) {
    const then = new Date(Date.now() - ageMs);
    await utimes(path, then, then);
  }
  return path;
}

/** A live process that is not Isnad: its pid stands for one reused after a crash. */
function unrelatedProcess(): number {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(child);
  return child.pid as number;
}

describe('stale locks', () => {
  it('a lock whose pid now belongs to another process (a different start time) is taken over', async () => {
    const dir = await temp.make();
    const pid = unrelatedProcess();
    expect(processStarted(pid)).toMatch(/\/\d+$/);
    await writeLock(dir, { pid, host: hostname(), started: `${processStarted(pid)?.split('/')[0]}/1` });
    const lock = await acquireCorpusLock(dir, 'after the reboot');
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf-8'))).toMatchObject({
      pid: process.pid,
      by: 'after the reboot',
      started: processStarted(process.pid),
    });
    await lock.release();
  });

  it('a lock without a start time is taken over once its heartbeat is long silent, not while it beats', async () => {
    const dir = await temp.make();
    const pid = unrelatedProcess();
    await writeLock(dir, { pid, host: hostname() });
    await expect(acquireCorpusLock(dir, 'too soon')).rejects.toMatchObject({ code: 'corpus_locked' });
    await writeLock(dir, { pid, host: hostname() }, 60 * 60_000);
    const lock = await acquireCorpusLock(dir, 'an hour later');
    await lock.release();
  });

  it('a live Isnad on this computer keeps its lock, and isnad unlock will not remove it', async () => {
    const dir = await temp.make();
    const holder = spawnTs(OPEN_CORPUS, [dir, '--hold']);
    children.push(holder);
    expect(await waitForLine(holder, /^(OPENED|ERROR)/)).toBe('OPENED');
    await expect(acquireCorpusLock(dir, 'second')).rejects.toThrow(/open in another window\/process/);
    const result = await runCli(['unlock', '--corpus', dir, '--yes']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/still running on this computer: close it there instead; nothing was changed/);
    expect((await readCorpusLock(dir))?.pid).toBe(holder.pid);
    holder.kill('SIGKILL');
    await exited(holder);
  });
});

describe('a lock from another computer (a shared or synced drive)', () => {
  it('is never taken over by itself; the refusal names who, where, since when, and the way out', async () => {
    const dir = await temp.make();
    await writeLock(dir, { pid: 4242, host: 'newsroom-laptop-7', by: 'isnad serve' }, 3 * 60 * 60_000);
    const refusal = acquireCorpusLock(dir, 'me');
    await expect(refusal).rejects.toMatchObject({ code: 'corpus_locked' });
    await expect(refusal).rejects.toThrow(
      new RegExp(
        `locked by isnad serve on another computer \\(newsroom-laptop-7, pid 4242\\) since 2026-11-30T08:15:00.000Z, last active 3 hours ago\\. .*isnad unlock --corpus ${dir}`,
      ),
    );
  });

  it('isnad unlock shows the holder, asks for --yes when it cannot ask, and then takes it over', async () => {
    const dir = await temp.make();
    const path = await writeLock(dir, { pid: 4242, host: 'newsroom-laptop-7', by: 'isnad serve' });
    const unconfirmed = await runCli(['unlock', '--corpus', dir]);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.err).toMatch(
      /is locked by isnad serve on another computer \(newsroom-laptop-7\), pid 4242, since 2026-11-30T08:15:00.000Z/,
    );
    expect(unconfirmed.err).toMatch(/Run again with --yes to confirm/);
    expect(JSON.parse(await readFile(path, 'utf-8')).host).toBe('newsroom-laptop-7');
    // The same in Arabic: who holds it, where and since when, and the way out, in Arabic words.
    const arabic = await runCli(['unlock', '--corpus', dir, '--lang', 'ar']);
    expect(arabic.code).toBe(1);
    expect(arabic.err).toContain(
      `المدوّنة في ${dir} مقفلة من isnad serve على حاسوب آخر (newsroom-laptop-7)، رقم العملية ٤٢٤٢، منذ 2026-11-30T08:15:00.000Z`,
    );
    expect(arabic.err).toContain('أعد التشغيل مع ‎--yes للتأكيد.');
    expect(arabic.err).not.toMatch(/locked by|Run again/);
    expect(JSON.parse(await readFile(path, 'utf-8')).host).toBe('newsroom-laptop-7');

    const confirmed = await runCli(['unlock', '--corpus', dir, '--yes']);
    expect(confirmed).toMatchObject({ code: 0, out: `Unlocked: ${dir} can be opened here now.` });
    const store = await CorpusStore.open(dir);
    await store.close();
    expect((await runCli(['unlock', '--corpus', dir])).out).toBe(`The corpus at ${dir} is not locked.`);
  });
});
