// `npm run bench [-- NAME…]`: runs each bench/*.bench.ts in its own process, so every figure
// (including peak memory) belongs to one benchmark alone. Figures are printed, never asserted.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const all = readdirSync(here);
const exact = (w: string) => all.includes(`${w}.bench.ts`);
const files = all
  .filter((f) => f.endsWith('.bench.ts'))
  // A bench named exactly runs alone (`faults` is not also `faults-search`); otherwise a prefix picks a family.
  .filter((f) => wanted.length === 0 || wanted.some((w) => f === `${w}.bench.ts` || (!exact(w) && f.startsWith(w))))
  .sort();

if (files.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file.replace('.bench.ts', '')} ===`);
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `${here}${file}`], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
