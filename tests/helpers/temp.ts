import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Fresh folders under the OS temp dir, removed after each test; never the user's data. */
export function tempDirs() {
  const made: string[] = [];
  return {
    async make(prefix = 'isnad-test-'): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    async cleanup(): Promise<void> {
      await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

export type TempDirs = ReturnType<typeof tempDirs>;

const systemTemp = process.env.TMPDIR;

/**
 * Points the system temp folder at `<dir>/tmp` (made here), so a test sees exactly what uploads
 * and import-back scratch files leave there, and that they go. Undo with restoreSystemTemp.
 */
export async function ownSystemTemp(dir: string): Promise<string> {
  const scratch = join(dir, 'tmp');
  await mkdir(scratch);
  process.env.TMPDIR = scratch;
  return scratch;
}

/** The system temp folder as it was when the test file loaded (for afterEach). */
export function restoreSystemTemp(): void {
  if (systemTemp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = systemTemp;
}
