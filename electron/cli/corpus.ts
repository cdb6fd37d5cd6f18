import { type Services, openServices } from '../services/api';
import { APP_VERSION } from '../services/version';
import { corpusDirFrom } from './store';

export { corpusDirFrom };

/** Opens the corpus for one CLI command and always closes it, releasing the lock. */
export async function withServices<T>(corpusOption: string | undefined, command: string, work: (services: Services) => Promise<T>): Promise<T> {
  const services = await openServices({
    corpusDir: corpusDirFrom(corpusOption),
    mode: 'browser',
    version: APP_VERSION,
    owner: `isnad ${command}`,
    // A command that never searches does not read or build the search index.
    lazySearch: true,
  });
  try {
    return await work(services);
  } finally {
    await services.close();
  }
}
