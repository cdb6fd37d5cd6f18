import { statSync, stat as statCb, lstatSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { listTrackedFiles } from '../electron/services/sync/layout.ts';
const dir = process.argv[2]!;
const paths = await listTrackedFiles(dir);
const measure = async (name: string, f: () => Promise<void> | void) => { const c = process.cpuUsage(); const t = performance.now(); await f(); const u = process.cpuUsage(c); console.log(name, 'wall', Math.round(performance.now() - t), 'cpu', Math.round((u.user + u.system) / 1000)); };
for (let r = 0; r < 2; r++) {
await measure('statSync', () => { for (const p of paths) statSync(join(dir, p)); });
await measure('statSync bigint:false throwIfNoEntry', () => { for (const p of paths) statSync(join(dir, p), { throwIfNoEntry: false }); });
await measure('cb batched', async () => { for (let i = 0; i < paths.length; i += 128) await Promise.all(paths.slice(i, i + 128).map((p) => new Promise((res) => statCb(join(dir, p), (e, s) => res(s))))); });
await measure('fsp batched', async () => { for (let i = 0; i < paths.length; i += 128) await Promise.all(paths.slice(i, i + 128).map((p) => stat(join(dir, p)))); });
}
