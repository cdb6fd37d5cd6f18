import { mkdtemp, open, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';

export async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'isnad-bench-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export function ms(n: number): string {
  return `${n.toFixed(n < 10 ? 2 : 0)} ms`;
}

/** CPU time (user + system, ms) this process has used since `from = process.cpuUsage()`. */
export function cpuMs(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

/** Peak resident memory of this benchmark process so far. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function table(rows: Array<Record<string, string | number>>): void {
  console.table(rows);
}

/** "load average 1.2 0.9 0.7 on 2 cores": printed beside every bench's figures. */
export function loadLine(): string {
  return `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${cpus().length} cores`;
}

/**
 * The baseline of store, import and export benches: one durable write of 1 KB (open, write,
 * fsync, close) on this disk, now; the median of `times`.
 */
export async function durableWriteMs(file: string, times = 50): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const handle = await open(file, 'w');
    await handle.writeFile('x'.repeat(1024));
    await handle.sync();
    await handle.close();
    samples.push(performance.now() - t0);
  }
  return percentile(samples, 50);
}
