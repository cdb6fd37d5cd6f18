import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore, contentHash } from '../../../electron/services/corpus/store';
import { runCliProcess } from '../../helpers/cli-process';
import { seedExchangeCorpus } from '../../helpers/exchange-corpus';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

describe('isnad export --format claimreview|w3c|conll|spacy, and isnad import-annotations (real processes)', () => {
  it('exports each format, lists reviews that need a URL, and places W3C annotations onto a copy of the document', async () => {
    const dir = await temp.make();
    const corpus = join(dir, 'corpus');
    const store = await CorpusStore.open(corpus);
    const ids = await seedExchangeCorpus(store);
    const arabic = await store.getDocument(ids.arabic);
    const copy = join(dir, 'copy');
    const target = await CorpusStore.open(copy);
    const edited = `تصحيح: عُدّل الخبر.\n\n${arabic.text}`;
    await target.insertDocument({ ...arabic, text: edited, contentHash: contentHash(edited), annotations: [], regions: [] });
    await Promise.all([store.close(), target.close()]);

    // ClaimReview without the organisation: a usage error, and no file.
    const unsigned = await runCliProcess(['export', '--corpus', corpus, '--format', 'claimreview', '--out', join(dir, 'r.jsonld')]);
    expect(unsigned.code).toBe(2);
    expect(unsigned.stderr).toMatch(/needs your fact-checking organisation .*: add --org NAME/);

    const reviews = await runCliProcess([
      'export',
      '--corpus',
      corpus,
      '--format',
      'claimreview',
      '--org',
      'مرصد',
      '--out',
      join(dir, 'r.jsonld'),
    ]);
    expect(reviews.code).toBe(0);
    // Both reviewed quotes lack a published URL: listed, not exported.
    expect(reviews.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^needs a URL\t\S+\t\S+\tQuote\tVerified\t«الوضع تحت السيطرة»$/),
      expect.stringMatching(/^needs a URL\t\S+\t\S+\tQuote\tDisputed\t“We will open 3 🏫 new schools,”$/),
    ]);
    expect(JSON.parse(await readFile(join(dir, 'r.jsonld'), 'utf8'))).toEqual({ '@context': 'https://schema.org', '@graph': [] });

    for (const [format, name] of [
      ['w3c', 'a.jsonld'],
      ['conll', 'a.conll'],
      ['spacy', 'a.jsonl'],
    ]) {
      const result = await runCliProcess(['export', '--corpus', corpus, '--format', format as string, '--out', join(dir, name as string)]);
      expect(result, format).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(new RegExp(`\\t${format}, `));
    }
    expect(await readFile(join(dir, 'a.conll'), 'utf8')).toContain('«\t');

    const placed = await runCliProcess(['import-annotations', join(dir, 'a.jsonld'), '--doc', ids.arabic, '--corpus', copy]);
    expect(placed.stderr).toBe('');
    expect(placed.stdout).toMatch(
      /^imported\t5 annotations onto \S+\tby position 0, by quote 5, approximately 0\talready there 0, orphaned 0, other documents 11/,
    );
    // Bad input: not JSON → exit 1 with the reason, nothing stored.
    await writeFile(join(dir, 'bad.jsonld'), '{"type": "AnnotationCollection", ');
    const bad = await runCliProcess(['import-annotations', join(dir, 'bad.jsonld'), '--doc', ids.arabic, '--corpus', copy]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^isnad import-annotations: bad\.jsonld: not valid JSON/);
    const again = await runCliProcess(['import-annotations', join(dir, 'a.jsonld'), '--doc', ids.arabic, '--corpus', copy, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, alreadyThere: 5, revision: null });
  }, 180_000);
});
