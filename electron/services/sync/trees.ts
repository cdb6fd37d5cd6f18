import * as git from 'isomorphic-git';
import { gitFs } from './git-fs';

/**
 * Tree arithmetic over isomorphic-git's object store. Only differing subtrees are read:
 * two commits of a 10,000-document corpus share every tree but the few a sync touched,
 * so comparing them reads a handful of trees, not 20,000 entries.
 */

export interface TreeContext {
  dir: string;
  cache: object;
}

export const EMPTY = null;

interface Entry {
  mode: string;
  path: string;
  oid: string;
  type: 'blob' | 'tree' | 'commit';
}

async function entriesOf(ctx: TreeContext, oid: string | null): Promise<Entry[]> {
  if (oid === null) return [];
  const { tree } = await git.readTree({ fs: gitFs, dir: ctx.dir, oid, cache: ctx.cache });
  return tree as Entry[];
}

/** A blob's ids on the two sides (null where absent). */
export interface BlobChange {
  a: string | null;
  b: string | null;
}

/** Every blob path that differs between two trees, descending only where subtrees differ. */
export async function diffTrees(
  ctx: TreeContext,
  a: string | null,
  b: string | null,
  prefix = '',
  out = new Map<string, BlobChange>(),
): Promise<Map<string, BlobChange>> {
  if (a === b) return out;
  const [left, right] = await Promise.all([entriesOf(ctx, a), entriesOf(ctx, b)]);
  const l = new Map(left.map((e) => [e.path, e]));
  const r = new Map(right.map((e) => [e.path, e]));
  for (const name of new Set([...l.keys(), ...r.keys()])) {
    const [x, y] = [l.get(name), r.get(name)];
    if (x && y && x.oid === y.oid && x.type === y.type) continue;
    const path = prefix ? `${prefix}/${name}` : name;
    const xTree = x?.type === 'tree' ? x.oid : null;
    const yTree = y?.type === 'tree' ? y.oid : null;
    if (xTree !== null || yTree !== null) await diffTrees(ctx, xTree, yTree, path, out);
    const xBlob = x?.type === 'blob' ? x.oid : null;
    const yBlob = y?.type === 'blob' ? y.oid : null;
    if (xBlob !== yBlob) out.set(path, { a: xBlob, b: yBlob });
  }
  return out;
}

/** Every blob of a tree, path → id (a clone's snapshot, or rebuilding a lost one). */
export async function flattenTree(
  ctx: TreeContext,
  oid: string | null,
  prefix = '',
  out = new Map<string, string>(),
): Promise<Map<string, string>> {
  for (const e of await entriesOf(ctx, oid)) {
    const path = prefix ? `${prefix}/${e.path}` : e.path;
    if (e.type === 'tree') await flattenTree(ctx, e.oid, path, out);
    else if (e.type === 'blob') out.set(path, e.oid);
  }
  return out;
}

/** The id of the blob at `path` in a tree, or null. */
export async function blobAt(ctx: TreeContext, tree: string | null, path: string): Promise<string | null> {
  let current = tree;
  const parts = path.split('/');
  for (let i = 0; i < parts.length && current !== null; i++) {
    const entry = (await entriesOf(ctx, current)).find((e) => e.path === parts[i]);
    if (!entry) return null;
    if (i === parts.length - 1) return entry.type === 'blob' ? entry.oid : null;
    current = entry.type === 'tree' ? entry.oid : null;
  }
  return null;
}

/**
 * A new tree: `tree` with each path set to a blob id, or removed where null. Only the
 * folders on the changed paths are rewritten; empty folders disappear, as in git.
 */
export async function rewriteTree(
  ctx: TreeContext,
  tree: string | null,
  changes: ReadonlyMap<string, string | null>,
): Promise<string | null> {
  const here = new Map<string, string | null>();
  const below = new Map<string, Map<string, string | null>>();
  for (const [path, oid] of changes) {
    const slash = path.indexOf('/');
    if (slash < 0) here.set(path, oid);
    else {
      const head = path.slice(0, slash);
      let sub = below.get(head);
      if (!sub) below.set(head, (sub = new Map()));
      sub.set(path.slice(slash + 1), oid);
    }
  }
  const entries = new Map((await entriesOf(ctx, tree)).map((e) => [e.path, e]));
  for (const [name, oid] of here) {
    if (oid === null) entries.delete(name);
    else entries.set(name, { mode: '100644', path: name, oid, type: 'blob' });
  }
  for (const [name, sub] of below) {
    const current = entries.get(name);
    const next = await rewriteTree(ctx, current?.type === 'tree' ? current.oid : null, sub);
    if (next === null) entries.delete(name);
    else entries.set(name, { mode: '040000', path: name, oid: next, type: 'tree' });
  }
  if (entries.size === 0) return null;
  return git.writeTree({ fs: gitFs, dir: ctx.dir, tree: [...entries.values()] });
}
