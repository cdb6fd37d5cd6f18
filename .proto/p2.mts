import * as git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import fs from 'node:fs';
import { mkdirSync, writeFileSync, readdirSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGitServer } from '../tests/helpers/git-server.ts';
const server = await startGitServer({ tokens: { t0k: 'layla' } });
const url = await server.createRepo('desk');
const dir = '/tmp/hsync-proto/repo2';
fs.rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'documents'), { recursive: true });
mkdirSync(join(dir, 'layers/me'), { recursive: true });
const N = Number(process.env.N ?? 10000);
const docs: Array<{ path: string; oid?: string }> = [];
const lay: Array<{ path: string; oid?: string }> = [];
for (let i = 0; i < N; i++) {
  const id = `d${i.toString(36).padStart(8, '0')}`;
  writeFileSync(join(dir, 'documents', id + '.json'), JSON.stringify({ id, text: 'x'.repeat(2000) + i }, null, 2));
  writeFileSync(join(dir, 'layers/me', id + '.json'), JSON.stringify({ id, annotations: [{ id: 'a' + i }] }, null, 2));
}
const onAuth = () => ({ username: 'x', password: 't0k' });
let t = performance.now();
await git.init({ fs, dir, defaultBranch: 'main' });
async function treeOf(sub: string) {
  const entries = [];
  for (const name of readdirSync(join(dir, sub)).sort()) {
    const oid = await git.writeBlob({ fs, dir, blob: readFileSync(join(dir, sub, name)) });
    entries.push({ mode: '100644', path: name, oid, type: 'blob' as const });
  }
  return git.writeTree({ fs, dir, tree: entries });
}
const docsTree = await treeOf('documents');
const meTree = await treeOf('layers/me');
const layersTree = await git.writeTree({ fs, dir, tree: [{ mode: '040000', path: 'me', oid: meTree, type: 'tree' }] });
const root = await git.writeTree({ fs, dir, tree: [{ mode: '040000', path: 'documents', oid: docsTree, type: 'tree' }, { mode: '040000', path: 'layers', oid: layersTree, type: 'tree' }] });
const c1 = await git.commit({ fs, dir, message: 'init', author: { name: 'a', email: 'a@b' }, tree: root });
console.log('blobs+trees+commit', Math.round(performance.now() - t)); t = performance.now();
await git.addRemote({ fs, dir, remote: 'origin', url });
await git.push({ fs, http, dir, remote: 'origin', ref: 'main', onAuth });
console.log('push all', Math.round(performance.now() - t)); t = performance.now();
const dir2 = '/tmp/hsync-proto/clone2';
fs.rmSync(dir2, { recursive: true, force: true });
await git.clone({ fs, http, dir: dir2, url, onAuth, singleBranch: true });
console.log('clone', Math.round(performance.now() - t)); t = performance.now();
// 100 edits in layers/me
const tree = await git.readTree({ fs, dir, oid: meTree });
const entries = tree.tree;
for (let i = 0; i < 100; i++) {
  const e = entries[i * 37]!;
  writeFileSync(join(dir, 'layers/me', e.path), JSON.stringify({ changed: i }));
  e.oid = await git.writeBlob({ fs, dir, blob: readFileSync(join(dir, 'layers/me', e.path)) });
}
const me2 = await git.writeTree({ fs, dir, tree: entries });
const layers2 = await git.writeTree({ fs, dir, tree: [{ mode: '040000', path: 'me', oid: me2, type: 'tree' }] });
const root2 = await git.writeTree({ fs, dir, tree: [{ mode: '040000', path: 'documents', oid: docsTree, type: 'tree' }, { mode: '040000', path: 'layers', oid: layers2, type: 'tree' }] });
await git.commit({ fs, dir, message: 'c2', author: { name: 'a', email: 'a@b' }, tree: root2, parent: [c1] });
console.log('100 edit commit', Math.round(performance.now() - t)); t = performance.now();
await git.push({ fs, http, dir, remote: 'origin', ref: 'main', onAuth });
console.log('push 100', Math.round(performance.now() - t)); t = performance.now();
const r = await git.fetch({ fs, http, dir: dir2, onAuth, singleBranch: true });
console.log('fetch 100', Math.round(performance.now() - t), r.fetchHead); t = performance.now();
let n = 0;
for (const d of ['documents', 'layers/me']) for (const name of readdirSync(join(dir2, d))) { statSync(join(dir2, d, name)); n++; }
console.log('statSync scan', n, Math.round(performance.now() - t)); t = performance.now();
const changes: string[] = [];
await git.walk({ fs, dir: dir2, trees: [git.TREE({ ref: 'HEAD' }), git.TREE({ ref: r.fetchHead! })], map: async (p, [a, b]) => {
  if (p === '.') return undefined;
  const [oa, ob] = [await a?.oid(), await b?.oid()];
  if (oa === ob) return null;
  if ((await (b ?? a)!.type()) === 'blob') changes.push(p);
  return undefined;
} });
console.log('walk diff', changes.length, Math.round(performance.now() - t)); t = performance.now();
await server.close();
