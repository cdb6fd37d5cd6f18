import { describe, expect, it } from 'vitest';
import { documentToShow } from '../../../../renderer/src/features/library/library.logic';
import type { DocumentSummary } from '../../../../shared/domain/document';

const docs = (...ids: string[]) => ids.map((id) => ({ id }) as DocumentSummary);

describe('which document the library shows after loading', () => {
  it('comes back to the document a reloaded tab showed, if it is still in the corpus', () => {
    expect(documentToShow(docs('a', 'b'), null, 'b', true)).toBe('b');
    expect(documentToShow(docs('a'), null, 'b', true)).toBeUndefined();
  });

  it('only on the first load, and never over a document opened meanwhile', () => {
    expect(documentToShow(docs('a', 'b'), null, 'b', false)).toBeUndefined();
    expect(documentToShow(docs('a', 'b'), 'a', 'b', true)).toBeUndefined();
  });

  it('closes the document shown when it is gone from the corpus (split, or deleted elsewhere)', () => {
    expect(documentToShow(docs('a'), 'gone', null, false)).toBeNull();
  });
});
