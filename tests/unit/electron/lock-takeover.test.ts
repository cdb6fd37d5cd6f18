/**
 * The desktop app finding its corpus locked by another computer: it asks (a native dialog,
 * stubbed with the rest of `electron`, whose binary is absent here) and takes over only on
 * "Take over". The store, lock and services behind the stub are real.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LOCK_FILE } from '../../../electron/services/corpus/lock';
import { openWithTakeover } from '../../../electron/main/lock-prompt';
import { IsnadError } from '../../../shared/errors';
import { tempDirs } from '../../helpers/temp';

const stub = await vi.hoisted(async () => {
  const { createElectronStub } = await import('../../helpers/electron-stub');
  return createElectronStub({ isPackaged: true });
});
vi.mock('electron', () => ({ ...stub.electron, default: stub.electron }));

const temp = tempDirs();
let corpusDir = '';
const foreignLock = async (dir: string) => {
  await mkdir(dirname(join(dir, LOCK_FILE)), { recursive: true });
  await writeFile(
    join(dir, LOCK_FILE),
    JSON.stringify({ pid: 4242, host: 'newsroom-laptop-7', since: '2026-11-30T08:15:00.000Z', by: 'Isnad desktop' }),
  );
};

beforeAll(async () => {
  corpusDir = await temp.make('isnad-shared-drive-');
  await foreignLock(corpusDir);
  process.env.ISNAD_CORPUS = corpusDir;
  stub.state.messageBoxResponse = 0;
  await import('../../../electron/main/index');
  stub.state.ready?.();
  await vi.waitFor(() => expect(stub.state.windows).toHaveLength(1), { timeout: 10_000 });
});

afterAll(async () => {
  delete process.env.ISNAD_CORPUS;
  for (const l of stub.state.appListeners.get('before-quit') ?? []) l({ preventDefault() {} });
  await new Promise((r) => setTimeout(r, 200));
  await temp.cleanup();
});

describe('taking over a corpus locked by another computer', () => {
  it('asks, naming the computer, who and since when, with Quit as the default', () => {
    const box = stub.state.messageBoxes[0] as { message: string; detail: string; buttons: string[]; defaultId: number };
    expect(box.message).toBe('This corpus is locked on another computer, newsroom-laptop-7.');
    expect(box.detail).toContain('Held by: Isnad desktop (pid 4242) since 2026-11-30T08:15:00.000Z');
    expect(box.buttons).toEqual(['Take over', 'Quit']);
    expect(box.buttons[box.defaultId]).toBe('Quit');
  });

  it('after "Take over" the app opens the corpus and holds its lock', async () => {
    expect(JSON.parse(await readFile(join(corpusDir, LOCK_FILE), 'utf-8'))).toMatchObject({ pid: process.pid, by: 'Isnad desktop' });
    expect(stub.electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('"Quit" leaves the other computer’s lock as it was', async () => {
    const dir = await temp.make();
    await foreignLock(dir);
    const open = vi.fn(async () => {
      throw new IsnadError('corpus_locked', 'locked');
    });
    await expect(openWithTakeover(open, dir, async () => false)).rejects.toMatchObject({ code: 'corpus_locked' });
    expect(open).toHaveBeenCalledTimes(1);
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf-8')).host).toBe('newsroom-laptop-7');
  });
});
