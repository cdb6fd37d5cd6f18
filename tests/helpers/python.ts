import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const hasPython = spawnSync('python3', ['--version']).status === 0;

/**
 * One of the Python checkers in tests/python, run as a data desk would read our exports.
 * Without python3 the suite says plainly what was not checked (use `describe.skipIf(!hasPython)`).
 */
export function pythonChecker(script: string, whatIsChecked: string) {
  if (!hasPython) console.warn(`SKIPPED: python3 is not installed, so ${whatIsChecked} were NOT checked against Python.`);
  const path = fileURLToPath(new URL(`../python/${script}`, import.meta.url));
  return (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      execFile('python3', [path, ...args], (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
}
