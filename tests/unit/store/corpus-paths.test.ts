import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusPaths } from '../../../electron/services/corpus/paths';

// `relative` remembers its latest answers (so the records of changed and checked files share
// one string per document): whatever it remembers or forgets, every answer stays right.

describe('corpus paths', () => {
  it('name a file inside the corpus relative, with forward slashes, asked once, again, or after many others', () => {
    const dir = join('/tmp', 'a corpus');
    const paths = new CorpusPaths(dir);
    const documentOf = (i: number) => paths.document(`d${i.toString(16).padStart(16, '0')}`);
    const expected = (i: number) => `documents/d${i.toString(16).padStart(16, '0')}.json`;
    expect(paths.relative(documentOf(1))).toBe(expected(1));
    expect(paths.relative(documentOf(1))).toBe(expected(1));
    for (let i = 0; i < 1_000; i++) expect(paths.relative(documentOf(i))).toBe(expected(i));
    // Long forgotten, and the newest: both still right.
    expect(paths.relative(documentOf(3))).toBe(expected(3));
    expect(paths.relative(documentOf(999))).toBe(expected(999));
    expect(paths.relative(join(dir, 'layers', 'someone', 'x.json'))).toBe('layers/someone/x.json');
    expect(paths.relative(join(dir, '.isnad', 'checked.json'))).toBe('.isnad/checked.json');
  });
});
