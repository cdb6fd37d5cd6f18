import { homedir } from 'node:os';
import { join } from 'node:path';
import { APP_NAME } from './version';

/**
 * Where Electron's app.getPath('userData') points for Isnad, computed without Electron so
 * the CLI and browser mode use the same default corpus as the desktop app.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/** The embedded default corpus; ISNAD_CORPUS overrides it everywhere. */
export function defaultCorpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ISNAD_CORPUS || join(userDataDir(env), 'corpus');
}
