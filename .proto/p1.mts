import * as git from 'isomorphic-git';
import fs from 'node:fs';
import { mkdirSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const dir = '/tmp/hsync-proto/repo';
fs.rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'documents'), { recursive: true });
mkdirSync(join(dir, 'layers/me'), { recursive: true });
const paths: string[] = [];
for (let i = 0; i < 10000; i++) {
  const id = `d${i.toString(36).padStart(8, '0')}`;
  writeFileSync(join(dir, 'documents', id + '.json'), JSON.stringify({ id, text: 'x'.repeat(2000) + i }, null, 2));
  writeFileSync(join(dir, 'layers/me', id + '.json'), JSON.stringify({ id, annotations: [{ id: 'a' + i }] }, null, 2));
  paths.push(`documents/${id}.json`, `layers/me/${id}.json`);
}
let t = performance.now();
await git.init({ fs, dir, defaultBranch: 'main' });
await git.add({ fs, dir, filepath: paths, parallel: false });
console.log('add all', performance.now() - t); t = performance.now();
await git.commit({ fs, dir, message: 'init', author: { name: 'a', email: 'a@b' } });
console.log('commit all', performance.now() - t); t = performance.now();
for (let i = 0; i < 100; i++) writeFileSync(join(dir, paths[i * 7]!), 'changed' + i);
t = performance.now();
let n = 0;
for (const d of ['documents', 'layers/me']) for (const name of readdirSync(join(dir, d))) { statSync(join(dir, d, name)); n++; }
console.log('statSync scan', n, performance.now() - t); t = performance.now();
const cache = {};
await git.add({ fs, dir, filepath: paths.filter((_, i) => i % 7 === 0).slice(0, 100), cache });
console.log('add 100', performance.now() - t); t = performance.now();
await git.commit({ fs, dir, message: 'c2', author: { name: 'a', email: 'a@b' }, cache });
console.log('commit 100', performance.now() - t); t = performance.now();
const m = await git.statusMatrix({ fs, dir, cache });
console.log('statusMatrix', m.length, performance.now() - t);
