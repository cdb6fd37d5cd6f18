import { type Services, openServices } from '../../electron/services/api';

export async function openTestServices(corpusDir: string, mode: 'desktop' | 'browser' = 'browser'): Promise<Services> {
  return openServices({ corpusDir, mode, version: '0.0.0-test', log: () => {} });
}
