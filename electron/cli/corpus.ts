import { resolve } from 'node:path';
import { IsnadError } from '../../shared/errors';
import { type Services, openServices } from '../services/api';
import { defaultCorpusDir } from '../services/paths';
import { APP_VERSION } from '../services/version';

export function corpusDirFrom(option: string | undefined): string {
  return resolve(option ?? defaultCorpusDir());
}

/**
 * Opens the corpus for one CLI command and always closes it, releasing the lock. Commands
 * that only read open it `readOnly`: they see a consistent snapshot beside a running app or
 * `isnad serve` without taking the writer's lock; writing commands take the lock, and are
 * refused with who holds it while another process writes.
 */
export async function withServices<T>(
  corpusOption: string | undefined,
  command: string,
  work: (services: Services) => Promise<T>,
  options: { readOnly?: boolean; annotator?: string } = {},
): Promise<T> {
  const open = (readOnly: boolean) =>
    openServices({
      corpusDir: corpusDirFrom(corpusOption),
      mode: 'browser',
      version: APP_VERSION,
      owner: `isnad ${command}`,
      ...(readOnly ? { readOnly: true } : {}),
      ...(options.annotator !== undefined ? { annotator: options.annotator } : {}),
    });
  // A reader takes the lock when nobody holds it, so the search index it builds is saved for
  // the next command; beside a running writer it reads without it.
  const services = await open(false).catch((err: unknown) => {
    if (options.readOnly && err instanceof IsnadError && err.code === 'corpus_locked') return open(true);
    throw err;
  });
  try {
    return await work(services);
  } finally {
    await services.close();
  }
}
