import { join } from 'node:path';
import { type Services, openServices } from '../../electron/services/api';
import { FileCredentialStore } from '../../electron/services/sync/credentials';

export async function openTestServices(corpusDir: string, mode: 'desktop' | 'browser' = 'browser'): Promise<Services> {
  return openServices({ corpusDir, mode, version: '0.0.0-test', log: () => {} });
}

/** A desk member's copy: their annotator identity, and git credentials in a file beside the corpus (never the user's). */
export async function openDeskServices(corpusDir: string, person: { name: string; email: string }): Promise<Services> {
  return openServices({
    corpusDir,
    mode: 'browser',
    version: '0.0.0-test',
    log: () => {},
    annotator: `${person.name} <${person.email}>`,
    credentials: new FileCredentialStore(join(corpusDir, '..', 'credentials.json')),
  });
}
