// Run in a separate process by the tests: opens a corpus and reports what happened.
// Usage: open-corpus.ts DIR [--hold] [--add TEXT] [--write-loop] [--edit-loop] [--big-note DOC_ID ANNOTATION_ID]
//        [--read-only] [--list]
import { CorpusStore } from '../../electron/services/corpus/store';

const [dir, ...flags] = process.argv.slice(2);
try {
  // Printed just before opening, so a test can time a kill from the open itself (a migration).
  process.stdout.write('OPENING\n');
  const store = await CorpusStore.open(dir as string, { owner: 'test child', readOnly: flags.includes('--read-only') });
  if (flags.includes('--list')) {
    // What a reader sees: every document with its annotations, one JSON line.
    const documents = await Promise.all(store.listDocuments().map((s) => store.getDocument(s.id)));
    process.stdout.write(`LIST ${JSON.stringify(documents)}\n`);
  }
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
  if (flags.includes('--edit-loop')) {
    // Annotation edits through the journal; each id is printed once the store acknowledged it.
    const doc = await store.addDocument({ text: 'word '.repeat(4_000) });
    process.stdout.write(`READY ${doc.id}\n`);
    for (let i = 0; i < 4_000; i++) {
      const { annotation } = await store.createAnnotation({
        documentId: doc.id,
        type: 'figure',
        start: i * 5,
        end: i * 5 + 4,
        text: 'word',
      });
      process.stdout.write(`ACK ${annotation.id}\n`);
    }
  }
  process.stdout.write('OPENED\n');
  if (flags.includes('--hold')) setInterval(() => {}, 1000);
  else await store.close();
} catch (err) {
  process.stdout.write(`ERROR ${(err as { code?: string }).code ?? ''} ${(err as Error).message}\n`);
  process.exitCode = 3;
}
