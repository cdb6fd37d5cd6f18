import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BUILT_CLI } from '../../scripts/build-outputs';

/** The built `isnad` (tests/setup/build-cli.ts builds it once per run), as users run it. */
export const BIN = BUILT_CLI;

/**
 * Runs the real CLI in its own process. Root ignores file permissions, so with
 * `honourPermissions` a root test run drops the capabilities that let it (CAP_DAC_*) via
 * util-linux's setpriv: permissions then bind as they would for a journalist's account.
 */
export function runCliProcess(args: string[], options: { honourPermissions?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const drop = options.honourPermissions && process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');
  const [file, argv] = drop
    ? ['/usr/bin/setpriv', ['--bounding-set', '-dac_override,-dac_read_search', '--', process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    // English unless a test asks otherwise: a developer's own LANG must not change what tests read.
    const env = { ...process.env, ISNAD_LANG: 'en', ...options.env };
    execFile(file, argv, { env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Whether permission tests can mean anything here (not root, or root able to drop its override). */
export const permissionsApply = process.getuid?.() !== 0 || existsSync('/usr/bin/setpriv');
