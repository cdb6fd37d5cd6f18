// Run in its own process by the fault suite, so its peak memory is the import's alone.
// Usage: bomb-child.ts CORPUS_DIR BOMB_FILE; prints one JSON line {ms, peakRssMb, status, reason}.
import { stat } from 'node:fs/promises';
import { openServices } from '../../electron/services/api';
import { runImport } from '../../electron/services/import/pipeline';
import { fileOnDisk } from '../../electron/services/import/sources';
import { maxFileBytesFromEnv } from '../../electron/services/import/limits';

const [corpusDir, file] = process.argv.slice(2) as [string, string];
const services = await openServices({ corpusDir, mode: 'browser', version: 'faults', log: () => {} });
const started = performance.now();
const report = await runImport(
  services.ctx.store,
  [fileOnDisk(file, { size: (await stat(file)).size })],
  { maxFileBytes: maxFileBytesFromEnv(), split: 'offer' },
  {
    update() {},
    signal: new AbortController().signal,
  },
);
const ms = performance.now() - started;
await services.close();
const outcome = report.files[0];
process.stdout.write(
  `${JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024, status: outcome?.status, reason: outcome?.reason ?? '' })}\n`,
);
