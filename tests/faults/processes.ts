import { type ChildProcess, spawn } from 'node:child_process';

import { BIN } from '../helpers/cli-process';

/** The built `isnad`, as users run it (tests/setup/build-cli.ts builds it once per run). */
export { BIN };

/** Seeded randomness (mulberry32): a fault run is repeatable from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The real CLI in its own process. `maxFileKb` runs it under `ulimit -f`, so writes past that
 * size fail with EFBIG as on a full disk (SIGXFSZ ignored, as the store tests do).
 */
export function spawnCli(args: string[], options: { maxFileKb?: number } = {}): ChildProcess {
  if (options.maxFileKb === undefined) return spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return spawn('bash', ['-c', `ulimit -f ${options.maxFileKb}; trap '' XFSZ; exec "${process.execPath}" "$@"`, 'bash', BIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

export async function killNow(child: ChildProcess): Promise<void> {
  child.kill('SIGKILL');
  await exited(child);
}

export interface ServeChild {
  child: ChildProcess;
  base: string;
  token: string;
  call(name: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
}

/** `isnad serve` on a corpus, ready for API calls with its token. */
export async function startServe(corpusDir: string, options: { maxFileKb?: number } = {}): Promise<ServeChild> {
  const child = spawnCli(['serve', '--corpus', corpusDir, '--port', '0'], options);
  let output = '';
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL: ${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(new URL(match[0]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${output}`)));
  });
  const token = url.searchParams.get('token') as string;
  return {
    child,
    base: url.origin,
    token,
    async call(name, input) {
      const response = await fetch(`${url.origin}/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-isnad-token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
    },
  };
}
