// Builds out/preload/index.cjs exactly as `electron-vite build` does (its resolved preload
// config), without building the main process and the renderer: the desktop bridge tests
// (tests/e2e/desktop-bridge.spec.ts) run this real bundle.
import { fileURLToPath } from 'node:url';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
process.env.NODE_ENV_ELECTRON_VITE = 'production';
const { config } = await resolveConfig({ root, configFile: `${root}electron.vite.config.ts` }, 'build', 'production');
if (!config?.preload) throw new Error('electron.vite.config.ts has no preload build');
await build({ ...config.preload, logLevel: 'warn' });
