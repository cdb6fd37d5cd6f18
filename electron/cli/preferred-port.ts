import { resolve } from 'node:path';

/** Where the ports `isnad serve` prefers lie: above the well-known ones, below the OS's ephemeral range. */
export const PREFERRED_PORTS = { first: 20_000, count: 10_000 } as const;

/**
 * The port `isnad serve` tries first for a corpus when no --port is given: the same every time
 * for the same folder. The browser keeps its per-site memory (a page kept whole rather than
 * split, the library's sort, the checker's name, the fact-checking organisation) by origin,
 * and a new random port each start was a new origin that had forgotten all of it.
 */
export function preferredPort(corpusDir: string): number {
  // FNV-1a over the folder's absolute path: stable across runs and Node versions.
  let hash = 0x811c9dc5;
  for (const char of resolve(corpusDir)) {
    hash ^= char.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return PREFERRED_PORTS.first + (hash % PREFERRED_PORTS.count);
}

/** A listen error that another port may not have: the port is taken or not ours to use. */
export function portUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'EADDRINUSE' || code === 'EACCES';
}
