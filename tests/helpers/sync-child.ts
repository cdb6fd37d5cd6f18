// Run in a separate process by the kill -9 tests: one sync of a corpus folder, reporting
// each phase on stdout so the test can kill it at a chosen moment.
// Usage: sync-child.ts DIR URL TOKEN
import { syncCorpus } from '../../electron/services/sync/engine';
import { folderHost } from '../../electron/services/sync/host';
import { LAYLA, tokenSource } from './sync-fixtures';

const [dir, url, token] = process.argv.slice(2) as [string, string, string];
try {
  await syncCorpus(folderHost(dir, LAYLA), {
    url,
    credentials: tokenSource(token),
    onProgress: (p) => process.stdout.write(`PHASE ${p.phase}\n`),
  });
  process.stdout.write('DONE\n');
} catch (err) {
  process.stdout.write(`ERROR ${(err as Error).message}\n`);
  process.exitCode = 3;
}
