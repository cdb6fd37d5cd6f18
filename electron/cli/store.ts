import { resolve } from 'node:path';
import { CorpusStore } from '../services/corpus/store';
import { defaultCorpusDir } from '../services/paths';

export function corpusDirFrom(option: string | undefined): string {
  return resolve(option ?? defaultCorpusDir());
}

/**
 * Opens only the corpus store, for a command that reads documents and needs no search,
 * speakers or API (`isnad list`): it starts without loading the rest of the services.
 * Kept apart from corpus.ts so that importing it does not load them either.
 */
export async function withStore<T>(
  corpusOption: string | undefined,
  command: string,
  work: (store: CorpusStore) => Promise<T>,
): Promise<T> {
  const store = await CorpusStore.open(corpusDirFrom(corpusOption), { owner: `isnad ${command}` });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
