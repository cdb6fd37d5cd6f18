// Electron >= 42 fetches its binary on first use, not at `npm install`; `npm start` calls
// this first so that a missing binary is fetched, or explained, before electron-vite runs.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  require('electron');
} catch {
  console.error(
    [
      '',
      'Isnad: the Electron binary is not installed and could not be downloaded (no access to Electron’s servers?).',
      '  Browser mode works without it:  npm run serve',
      '  Or download it where there is network access:  npx install-electron',
    ].join('\n'),
  );
  process.exit(1);
}
