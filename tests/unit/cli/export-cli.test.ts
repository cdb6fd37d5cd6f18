import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { runCliProcess } from '../../helpers/cli-process';
import { type SeededCorpus, seedExchangeCorpus } from '../../helpers/exchange-corpus';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

const run = runCli;

async function seeded(): Promise<{ dir: string; corpus: string; ids: SeededCorpus }> {
  const dir = await temp.make();
  const corpus = join(dir, 'corpus');
  const store = await CorpusStore.open(corpus);
  const ids = await seedExchangeCorpus(store);
  await store.close();
  return { dir, corpus, ids };
}

describe('isnad export', () => {
  it('writes CSV with a BOM by default, without one on --no-bom, and only the chosen documents and types', async () => {
    const { dir, corpus, ids } = await seeded();
    const csv = join(dir, 'all.csv');
    const all = await run(['export', '--corpus', corpus, '--format', 'csv', '--out', csv]);
    expect(all).toMatchObject({ code: 0, err: '' });
    expect(all.out).toBe(`exported\t16 annotations from 5 documents\t${csv}\tcsv, ${all.out.split(', ').at(-1)}`);
    const bytes = await readFile(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('«الوضع تحت السيطرة»');
    expect(bytes.toString('utf8')).toContain(`'=HYPERLINK("`);

    const plain = join(dir, 'plain.csv');
    expect((await run(['export', '--corpus', corpus, '--out', plain, '--no-bom', '--no-neutralize'])).code).toBe(0);
    const text = await readFile(plain, 'utf8');
    expect(text.startsWith('document_id,')).toBe(true);
    expect(text).toContain(`,"=HYPERLINK(""http://evil.example"",""Click me"")",`);

    const quotes = join(dir, 'quotes.jsonl');
    const narrowed = await run(['export', '--corpus', corpus, '--out', quotes, '--doc', ids.arabic, '--doc', ids.crlf, '--type', 'quote']);
    expect(narrowed.out).toMatch(/^exported\t2 annotations from 2 documents\t/);
    const lines = (await readFile(quotes, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.label.map((s: unknown[]) => s[2])])).toEqual([
      [ids.arabic, ['QUOTE']],
      [ids.crlf, ['QUOTE']],
    ]);

    const withBoilerplate = join(dir, 'all.json');
    expect((await run(['export', '--corpus', corpus, '--out', withBoilerplate, '--include-excluded'])).out).toMatch(/17 annotations/);
  });

  it('explains bad command lines in one line (exit 2) and unknown documents (exit 1), writing no file', async () => {
    const { dir, corpus } = await seeded();
    const out = join(dir, 'out.csv');
    const cases: Array<[string[], number, RegExp]> = [
      [['export', '--corpus', corpus], 2, /--out FILE is required/],
      [['export', '--corpus', corpus, '--out', join(dir, 'x.xlsx')], 2, /cannot tell the format from .*x\.xlsx.*--format csv\|json\|jsonl/],
      [
        ['export', '--corpus', corpus, '--out', out, '--format', 'xml'],
        2,
        /--format must be csv, json, jsonl, claimreview, w3c, conll, spacy, got "xml"/,
      ],
      [['export', '--corpus', corpus, '--out', out, '--type', 'rumour'], 2, /--type: must be one of quote, speaker, figure/],
      [['export', '--corpus', corpus, '--out', out, '--verdict', 'maybe'], 2, /--verdict:/],
      [['export', '--corpus', corpus, '--out', out, '--bom'], 2, /unknown option --bom \(--help lists the options\)/],
      [['export', '--corpus', corpus, '--out', out, '--doc', 'dnope'], 1, /no document with id "dnope"/],
      [['export', '--corpus', corpus, '--out', join(dir, 'missing', 'x.csv')], 1, /folder .*missing does not exist/],
    ];
    for (const [argv, code, message] of cases) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(code);
      expect(result.err, argv.join(' ')).toMatch(message);
      expect(result.err.split('\n')).toHaveLength(1);
    }
    expect((await readdir(dir)).sort()).toEqual(['corpus']);
  });
});

describe('isnad import FILE.json (import back), in a real process', () => {
  it('imports an export into a fresh corpus, refuses a conflicting re-import unless told to skip or duplicate', async () => {
    const { dir, corpus } = await seeded();
    const file = join(dir, 'export.json');
    expect((await runCliProcess(['export', '--corpus', corpus, '--out', file, '--include-excluded'])).code).toBe(0);
    const fresh = join(dir, 'fresh');
    const imported = await runCliProcess(['import', file, '--corpus', fresh]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout.trim()).toBe(`imported\t${file}\t5 documents, 17 annotations`);

    const again = await runCliProcess(['import', file, '--corpus', fresh]);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toMatch(
      /^failed\t.*5 documents in the file are already in the corpus.*--on-conflict skip or --on-conflict duplicate; nothing was imported\.$/,
    );
    const skipped = await runCliProcess(['import', file, '--corpus', fresh, '--on-conflict', 'skip']);
    expect(skipped.stdout.trim()).toBe(`imported\t${file}\t0 documents, 0 annotations (5 skipped)`);
    const duplicated = await runCliProcess(['import', file, '--corpus', fresh, '--on-conflict', 'duplicate']);
    expect(duplicated.stdout.trim()).toBe(`imported\t${file}\t5 documents, 17 annotations (5 duplicated with new ids)`);
    const listed = JSON.parse((await runCliProcess(['list', '--corpus', fresh, '--json'])).stdout);
    expect(listed).toHaveLength(10);

    const wrong = await runCliProcess(['import', file, '--corpus', fresh, '--on-conflict', 'overwrite']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--on-conflict must be "skip" or "duplicate", got "overwrite"/);
    // Seven real CLI processes: generous for a loaded 2-core machine.
  }, 60_000);

  it('a malformed or newer-version file is refused with its reason and the corpus is unchanged', async () => {
    const { dir, corpus } = await seeded();
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"format": "isnad-export", "version": 1, "documents": [{"id": ');
    const newer = join(dir, 'newer.json');
    await writeFile(newer, JSON.stringify({ format: 'isnad-export', version: 7, documents: [] }));
    const result = await run(['import', broken, newer, '--corpus', corpus]);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toEqual([
      expect.stringMatching(/^failed\t.*broken\.json\t.*broken\.json is not valid JSON .*; nothing was imported\.$/),
      expect.stringMatching(/^failed\t.*newer\.json\t.*newer Isnad \(export format version 7\)/),
    ]);
    const listed = JSON.parse((await run(['list', '--corpus', corpus, '--json'])).out);
    expect(listed).toHaveLength(5);
  });
});
