// Run in a separate process by the tests: opens a corpus and reports what happened.
// Usage: open-corpus.ts DIR [--hold] [--add TEXT] [--write-loop] [--big-note DOC_ID ANNOTATION_ID]
import { CorpusStore } from '../../electron/services/corpus/store';

const [dir, ...flags] = process.argv.slice(2);
try {
  const store = await CorpusStore.open(dir as string, { owner: 'test child' });
  const addAt = flags.indexOf('--add');
  if (addAt >= 0) await store.addDocument({ text: flags[addAt + 1] as string });
  const noteAt = flags.indexOf('--big-note');
  if (noteAt >= 0) {
    const [documentId, id] = [flags[noteAt + 1] as string, flags[noteAt + 2] as string];
    try {
      // 40 KB of UTF-8 (the longest note, in Arabic): past the test's 36 KB file-size limit.
      await store.updateAnnotation({ documentId, id, verdict: { note: 'ن'.repeat(20_000) } });
      process.stdout.write('WROTE\n');
    } catch (err) {
      process.stdout.write(`WRITE FAILED ${(err as { code?: string }).code ?? ''}\n`);
    }
  }
  if (flags.includes('--write-loop')) {
    const doc = await store.addDocument({ text: 'x'.repeat(200_000) });
    process.stdout.write('READY\n');
    for (let i = 0; ; i++) {
      await store.updateDocument({ id: doc.id, title: `title ${i} ${'y'.repeat(i % 5000)}` });
    }
  }
  process.stdout.write('OPENED\n');
  if (flags.includes('--hold')) setInterval(() => {}, 1000);
  else await store.close();
} catch (err) {
  process.stdout.write(`ERROR ${(err as { code?: string }).code ?? ''} ${(err as Error).message}\n`);
  process.exitCode = 3;
}
