import { resolve } from 'node:path';
import { IsnadError } from '../../shared/errors';
import { CorpusStore } from '../services/corpus/store';
import { defaultCorpusDir } from '../services/paths';

export function corpusDirFrom(option: string | undefined): string {
  return resolve(option ?? defaultCorpusDir());
}

/**
 * Opens a corpus for a command. A reader takes the lock when nobody holds it, so what it
 * builds (the search index, folded journals) is saved for the next command; beside a
 * running writer (the app, `isnad serve`) it reads a consistent snapshot without the lock.
 */
export async function openForCommand<T>(readOnlyCommand: boolean, open: (readOnly: boolean) => Promise<T>): Promise<T> {
  return open(false).catch((err: unknown) => {
    if (readOnlyCommand && err instanceof IsnadError && err.code === 'corpus_locked') return open(true);
    throw err;
  });
}

/**
 * Opens only the corpus store, for a command that reads documents and needs no search,
 * speakers or API (`isnad list`): it starts without loading the rest of the services, and
 * reads beside a running writer. Kept apart from corpus.ts so that importing it does not
 * load them either.
 */
export async function withStore<T>(
  corpusOption: string | undefined,
  command: string,
  work: (store: CorpusStore) => Promise<T>,
): Promise<T> {
  const dir = corpusDirFrom(corpusOption);
  const owner = `isnad ${command}`;
  const store = await openForCommand(true, (readOnly) => CorpusStore.open(dir, readOnly ? { owner, readOnly: true } : { owner }));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
