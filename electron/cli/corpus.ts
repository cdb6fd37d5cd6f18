import { type Services, openServices } from '../services/api';
import { APP_VERSION } from '../services/version';
import { corpusDirFrom, openForCommand } from './store';

export { corpusDirFrom };

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
  const services = await openForCommand(options.readOnly ?? false, (readOnly) =>
    openServices({
      corpusDir: corpusDirFrom(corpusOption),
      mode: 'browser',
      version: APP_VERSION,
      owner: `isnad ${command}`,
      // A command that never searches does not read or build the search index.
      lazySearch: true,
      ...(readOnly ? { readOnly: true } : {}),
      ...(options.annotator !== undefined ? { annotator: options.annotator } : {}),
    }),
  );
  try {
    return await work(services);
  } finally {
    await services.close();
  }
}
