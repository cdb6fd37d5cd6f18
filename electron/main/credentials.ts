import { join } from 'node:path';
import { app, safeStorage } from 'electron';
import { type CredentialStore, FileCredentialStore, encryptedCodec } from '../services/sync/credentials';

/**
 * The desktop keeps sync tokens encrypted with Electron's safeStorage (the OS keychain's
 * key), in a file beside the app's settings: never in the corpus, git's config or a log.
 */
export function desktopCredentials(): CredentialStore {
  return new FileCredentialStore(join(app.getPath('userData'), 'sync-credentials.json'), {
    codec: encryptedCodec(safeStorage),
    describe: 'the system keychain (Sync settings)',
  });
}
