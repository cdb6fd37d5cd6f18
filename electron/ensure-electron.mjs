// Electron >= 42 fetches its binary on first use, not at `npm install`; `npm start` calls
// this first so that a missing binary is fetched, or explained, before electron-vite runs.
// On failure it prints one explanation and nothing else: the downloader's own output (a
// "fetch failed" stack trace) is captured, and only its reason is quoted.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Electron 45's installer (@electron/get) needs this Node; older ones fail inside it. */
const DESKTOP_NODE = [22, 12];

function explain(lines) {
  console.error(['', ...lines, '  Browser mode works without it:  npm run serve', ''].join('\n'));
  process.exit(1);
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < DESKTOP_NODE[0] || (major === DESKTOP_NODE[0] && minor < DESKTOP_NODE[1])) {
  explain([
    `Isnad: the desktop app needs Node ${DESKTOP_NODE.join('.')} or later (Electron 45's installer); this is Node ${process.versions.node}.`,
  ]);
}

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const installed = () => existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf-8').trim()));

if (!installed()) {
  process.stderr.write('Isnad: downloading the Electron binary (once)…\n');
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf-8', stdio: 'pipe', timeout: 15 * 60_000 });
  if (run.status !== 0 || !installed()) {
    const output = `${run.stderr ?? ''}\n${run.stdout ?? ''}`;
    const reason = output.match(/^\s*(?:\w*Error): (.+)$/m)?.[1] ?? run.error?.message ?? 'the download did not finish';
    explain([
      `Isnad: the Electron binary is not installed and could not be downloaded (${reason.trim()}; no access to Electron's servers?).`,
      '  Download it where there is network access:  npx install-electron',
    ]);
  }
}
