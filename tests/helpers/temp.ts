import { mkdtemp, rm } from 'node:fs/promises';
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
