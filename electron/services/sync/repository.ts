import { createHash } from 'node:crypto';
import { readdir, stat, unlink } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import * as git from 'isomorphic-git';
import { gitHttp as http } from './transport';
import type { CredentialSource } from './credentials';
import { gitFs } from './git-fs';
import type { TreeContext } from './trees';

export const BRANCH = 'main';
const LOCAL_REF = `refs/heads/${BRANCH}`;
const REMOTE = 'origin';

export interface Person {
  name: string;
  email: string;
}

export type TransferProgress = (phase: string, loaded: number, total: number) => void;

/** A lock file older than this was left by a crashed git program, not one at work now. */
const STALE_LOCK_MS = 60_000;

/**
 * The corpus folder's git repository, through isomorphic-git (no git installed needed).
 * Commits are written from trees the engine builds (writeCommit + a ref update), so a sync
 * never reads or rewrites the whole index to commit a hundred files.
 */
export class CorpusRepository implements TreeContext {
  readonly cache = {};
  constructor(
    readonly dir: string,
    private readonly credentials: CredentialSource,
  ) {}

  get #base() {
    return { fs: gitFs, dir: this.dir, cache: this.cache };
  }

  async exists(): Promise<boolean> {
    return stat(join(this.dir, '.git', 'HEAD')).then(
      () => true,
      () => false,
    );
  }

  async init(): Promise<void> {
    await git.init({ fs: gitFs, dir: this.dir, defaultBranch: BRANCH });
  }

  async head(): Promise<string | null> {
    try {
      return await git.resolveRef({ ...this.#base, ref: LOCAL_REF });
    } catch (err) {
      if (err instanceof git.Errors.NotFoundError) return null;
      throw err;
    }
  }

  async remoteHead(): Promise<string | null> {
    try {
      return await git.resolveRef({ ...this.#base, ref: `refs/remotes/${REMOTE}/${BRANCH}` });
    } catch (err) {
      if (err instanceof git.Errors.NotFoundError) return null;
      throw err;
    }
  }

  async remoteUrl(): Promise<string | null> {
    if (!(await this.exists())) return null;
    const url = (await git.getConfig({ fs: gitFs, dir: this.dir, path: `remote.${REMOTE}.url` })) as string | undefined;
    return url ?? null;
  }

  async setRemoteUrl(url: string): Promise<void> {
    await git.setConfig({ fs: gitFs, dir: this.dir, path: `remote.${REMOTE}.url`, value: url });
    await git.setConfig({ fs: gitFs, dir: this.dir, path: `remote.${REMOTE}.fetch`, value: `+refs/heads/*:refs/remotes/${REMOTE}/*` });
    await git.setConfig({ fs: gitFs, dir: this.dir, path: `branch.${BRANCH}.remote`, value: REMOTE });
    await git.setConfig({ fs: gitFs, dir: this.dir, path: `branch.${BRANCH}.merge`, value: LOCAL_REF });
  }

  async treeOf(commit: string | null): Promise<string | null> {
    if (commit === null) return null;
    return (await git.readCommit({ ...this.#base, oid: commit })).commit.tree;
  }

  async readText(oid: string): Promise<string> {
    const { blob } = await git.readBlob({ ...this.#base, oid });
    return Buffer.from(blob).toString('utf8');
  }

  /**
   * Stores a blob. Compressed here with Node's zlib and handed over deflated: isomorphic-git's
   * own compression (CompressionStream) costs ~2 ms of CPU per 3 KB file, which made the
   * first commit of a 10,000-document corpus take minutes.
   */
  async writeBlob(content: Uint8Array | string): Promise<string> {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const wrapped = Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]);
    const oid = createHash('sha1').update(wrapped).digest('hex');
    await git.writeObject({ fs: gitFs, dir: this.dir, type: 'blob', object: deflateSync(wrapped), format: 'deflated', oid });
    return oid;
  }

  /** Writes a commit of `tree` and moves the branch to it (one atomic ref write). */
  async commit(input: { tree: string | null; parents: string[]; message: string; author: Person }): Promise<string> {
    const oid = await this.commitObject(input);
    await this.setHead(oid);
    return oid;
  }

  /** Writes a commit object without moving the branch (a merge lands its files first). */
  async commitObject(input: { tree: string | null; parents: string[]; message: string; author: Person }): Promise<string> {
    const tree = input.tree ?? (await git.writeTree({ fs: gitFs, dir: this.dir, tree: [] }));
    const now = Math.floor(Date.now() / 1000);
    const person = { ...input.author, timestamp: now, timezoneOffset: new Date().getTimezoneOffset() };
    const oid = await git.writeCommit({
      fs: gitFs,
      dir: this.dir,
      commit: {
        message: input.message.endsWith('\n') ? input.message : `${input.message}\n`,
        tree,
        parent: input.parents,
        author: person,
        committer: person,
      },
    });
    return oid;
  }

  /** A file as a commit holds it, or null where it does not exist. */
  async readTextAt(commit: string, filepath: string): Promise<string | null> {
    try {
      const { blob } = await git.readBlob({ ...this.#base, oid: commit, filepath });
      return Buffer.from(blob).toString('utf8');
    } catch (err) {
      if (err instanceof git.Errors.NotFoundError) return null;
      throw err;
    }
  }

  /** Who made a commit and when. */
  async author(oid: string): Promise<{ name: string; email: string; at: string }> {
    const { commit } = await git.readCommit({ ...this.#base, oid });
    return { name: commit.author.name, email: commit.author.email, at: new Date(commit.author.timestamp * 1000).toISOString() };
  }

  async setHead(oid: string): Promise<void> {
    await git.writeRef({ fs: gitFs, dir: this.dir, ref: LOCAL_REF, value: oid, force: true });
    await git.writeRef({ fs: gitFs, dir: this.dir, ref: 'HEAD', value: LOCAL_REF, symbolic: true, force: true });
  }

  /**
   * Asked only when the server wants credentials. Without onAuthFailure, a refused token
   * ends in isomorphic-git's HttpError 401 at once instead of a loop of retries.
   */
  #auth(url: string) {
    return {
      onAuth: async () => (await this.credentials.get(url)) ?? { cancel: true },
    };
  }

  async #has(oid: string): Promise<boolean> {
    try {
      await git.readObject({ ...this.#base, oid, format: 'deflated' });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Fetches the remote branch; returns its commit, or null when the remote is empty. Asks
   * the server for its refs first and stops there when we have its commit already (the
   * usual case right after our own push). Otherwise every local ref is offered as common
   * ground: with only our branch, unpushed commits would be all we could name, the server
   * would know none of them and send the whole corpus again.
   */
  async fetch(url: string, onProgress?: TransferProgress): Promise<string | null> {
    const info = await git.getRemoteInfo({ http, url, ...this.#auth(url) });
    const advertised = info.refs?.heads?.[BRANCH];
    if (advertised === undefined) return null;
    if (await this.#has(advertised)) {
      await git.writeRef({ fs: gitFs, dir: this.dir, ref: `refs/remotes/${REMOTE}/${BRANCH}`, value: advertised, force: true });
      return advertised;
    }
    const result = await git
      .fetch({
        ...this.#base,
        http,
        url,
        remote: REMOTE,
        ref: BRANCH,
        singleBranch: false,
        tags: false,
        ...this.#auth(url),
        ...(onProgress ? { onProgress: (e: git.GitProgressEvent) => onProgress(e.phase, e.loaded, e.total ?? 0) } : {}),
      })
      .catch((err: unknown) => {
        // An empty repository has no branch to fetch yet: that is a first push, not an error.
        if (err instanceof git.Errors.NotFoundError) return { fetchHead: null };
        throw err;
      });
    if (result.fetchHead)
      await git.writeRef({ fs: gitFs, dir: this.dir, ref: `refs/remotes/${REMOTE}/${BRANCH}`, value: result.fetchHead, force: true });
    return result.fetchHead ?? null;
  }

  async push(url: string, onProgress?: TransferProgress): Promise<void> {
    const result = await git.push({
      ...this.#base,
      http,
      url,
      remote: REMOTE,
      ref: BRANCH,
      remoteRef: BRANCH,
      ...this.#auth(url),
      ...(onProgress ? { onProgress: (e: git.GitProgressEvent) => onProgress(e.phase, e.loaded, e.total ?? 0) } : {}),
    });
    if (!result.ok) throw new git.Errors.GitPushError(result.error ?? 'refused', result);
    const head = await this.head();
    if (head) await git.writeRef({ fs: gitFs, dir: this.dir, ref: `refs/remotes/${REMOTE}/${BRANCH}`, value: head, force: true });
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const bases = await git.findMergeBase({ ...this.#base, oids: [a, b] });
    return (bases[0] as string | undefined) ?? null;
  }

  /** Whether `ancestor` is in the history of `oid` (or is it). */
  async contains(oid: string, ancestor: string): Promise<boolean> {
    if (oid === ancestor) return true;
    return git.isDescendent({ ...this.#base, oid, ancestor, depth: -1 });
  }

  /** How many commits of `from`'s history `to` does not have (up to `limit`: a header shows "100+"). */
  async countAhead(from: string, to: string | null, limit = 100): Promise<number> {
    const theirs = new Set(to === null ? [] : (await git.log({ ...this.#base, ref: to, depth: limit })).map((c) => c.oid));
    const ours = await git.log({ ...this.#base, ref: from, depth: limit });
    return ours.filter((c) => !theirs.has(c.oid)).length;
  }

  /** Commits touching a path, newest first (for annotation history). */
  async log(filepath: string, depth?: number): Promise<git.ReadCommitResult[]> {
    try {
      return await git.log({ ...this.#base, ref: LOCAL_REF, filepath, ...(depth ? { depth } : {}) });
    } catch (err) {
      if (err instanceof git.Errors.NotFoundError) return [];
      throw err;
    }
  }

  /**
   * Leftovers of crashes. isomorphic-git takes no lock files, but git programs do, and a
   * crashed one leaves index.lock or a ref's .lock behind, which makes the user's own git
   * refuse to work: locks old enough to be abandoned are removed. Temp files of our own
   * atomic writes killed halfway (".name.rand.tmp") are removed whatever their age: only
   * the process holding the corpus lock writes here.
   */
  async clearStaleLocks(now = Date.now()): Promise<string[]> {
    const removed: string[] = [];
    const visit = async (folder: string): Promise<void> => {
      const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
          await visit(path);
        } else if (entry.name.startsWith('.') && entry.name.endsWith('.tmp')) {
          await unlink(path).catch(() => {});
          removed.push(path);
        } else if (entry.name.endsWith('.lock')) {
          const info = await stat(path).catch(() => null);
          if (info && now - info.mtimeMs > STALE_LOCK_MS) {
            await unlink(path).catch(() => {});
            removed.push(path);
          }
        }
      }
    };
    await visit(join(this.dir, '.git'));
    return removed;
  }
}
