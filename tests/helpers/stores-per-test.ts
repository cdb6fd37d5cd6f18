import { afterEach } from 'vitest';
import { CorpusStore } from '../../electron/services/corpus/store';
import { tempDirs } from './temp';

/** Compaction only when asked (or on close), so a test says when the layer is written and can look at the journal. */
export const HOLD_COMPACTION = { compaction: { idleMs: 60_000, maxLines: 10_000, maxBytes: 1e9 } };

/**
 * Corpus stores opened by a test and closed (their temp folders removed) after it, as
 * servicesPerTest does for services. Call at the top of a test file.
 */
export function storesPerTest() {
  const temp = tempDirs();
  const opened: CorpusStore[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    await temp.cleanup();
  });
  const track = (store: CorpusStore): CorpusStore => {
    opened.push(store);
    return store;
  };
  return {
    temp,
    /** The store of the corpus in `dir`, compaction held unless `options` say otherwise. */
    async open(dir: string, options: Parameters<typeof CorpusStore.open>[1] = HOLD_COMPACTION): Promise<CorpusStore> {
      return track(await CorpusStore.open(dir, options));
    },
    /** A store the test opened its own way (read-only, say), closed after it like the others. */
    track,
    /** Closes a store now (a test that reopens the corpus); it is not closed again after the test. */
    async close(store: CorpusStore): Promise<void> {
      const at = opened.indexOf(store);
      if (at >= 0) opened.splice(at, 1);
      await store.close();
    },
  };
}
