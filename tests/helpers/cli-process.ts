import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../electron/cli/bin.mjs', import.meta.url));

/**
 * Runs the real CLI in its own process. When the tests run as root (CI containers), pass
 * `asUnprivileged` to drop to `nobody`, so that file permissions mean something again.
 */
export function runCliProcess(args: string[], options: { asUnprivileged?: boolean } = {}) {
  const drop = options.asUnprivileged && process.getuid?.() === 0;
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { ...(drop ? { uid: 65534, gid: 65534 } : {}), env: { ...process.env, HOME: '/tmp' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}
