import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import type { PromiseFsClient } from 'isomorphic-git';
import { writeFileAtomic } from '../corpus/durable-file';

/**
 * Writes through a temp file and a rename, like the corpus store, so a kill -9 leaves the
 * old or the new file and never a torn one. isomorphic-git writes the index, refs and
 * objects in place; a sync killed in the middle of one of those writes would otherwise
 * leave a truncated index or an empty ref that the next sync cannot read.
 */
async function writeFileReplacing(file: string, data: string | Uint8Array, options?: { mode?: number } | string): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fsp.writeFile(temp, data, typeof options === 'string' ? { encoding: options as BufferEncoding } : options);
    await fsp.rename(temp, file);
  } catch (err) {
    await fsp.unlink(temp).catch(() => {});
    throw err;
  }
}

const OBJECTS = `${sep}.git${sep}objects${sep}`;
const GIT = `${sep}.git${sep}`;

/**
 * The file system isomorphic-git is given. Refs, HEAD, the index, config and packs are
 * made durable (fsync before the rename): they say which commit is ours. Loose objects and
 * checked-out files are only made atomic: an object is named by its content and checked
 * out again if lost, and fsyncing 20,000 files of a clone would take minutes.
 */
export const gitFs: PromiseFsClient = {
  promises: {
    readFile: fsp.readFile,
    writeFile: async (file: string, data: string | Uint8Array, options?: { mode?: number } | string) => {
      const durable = file.includes(GIT) && !file.includes(OBJECTS);
      const mode = typeof options === 'object' ? options?.mode : undefined;
      if (durable && mode === undefined) await writeFileAtomic(file, data);
      else await writeFileReplacing(file, data, options);
    },
    unlink: fsp.unlink,
    readdir: fsp.readdir,
    mkdir: fsp.mkdir,
    rmdir: fsp.rmdir,
    stat: fsp.stat,
    lstat: fsp.lstat,
    readlink: fsp.readlink,
    symlink: fsp.symlink,
    chmod: fsp.chmod,
  },
};

/** For work that is discarded unless it completes (a clone made in a temp folder). */
export const plainFs: PromiseFsClient = { promises: { ...gitFs.promises, writeFile: fsp.writeFile } };
