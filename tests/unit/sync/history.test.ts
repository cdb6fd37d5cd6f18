import { describe, expect, it } from 'vitest';
import { annotationHistory } from '../../../shared/sync/history';

const base = {
  id: 'a1',
  type: 'quote',
  start: 0,
  end: 5,
  text: 'hello',
  prefix: '',
  suffix: ' world',
  attributes: { kind: 'direct', cue: '', speakerId: null },
  verdict: { status: 'unchecked', note: '', evidence: [], checkedBy: '', checkedAt: '' },
  origin: 'manual',
  createdAt: '2025-01-01T10:00:00.000Z',
  updatedAt: '2025-01-01T10:00:00.000Z',
  createdBy: 'layla-3f9a1c',
  updatedBy: 'layla-3f9a1c',
};
const layer = (...annotations: object[]) => JSON.stringify({ schemaVersion: 2, annotations });
const v = (commit: string | null, content: string | null, author = 'Layla Haddad', at = '2025-01-09T00:00:00.000Z') => ({
  commit,
  author,
  at,
  content,
});

describe('annotation history', () => {
  it('says who created an annotation, who changed its cue and who set its verdict, and when', () => {
    const entries = annotationHistory(
      [
        v('c1', layer(base)),
        v('c2', layer(base, { ...base, id: 'other' })),
        v('c3', layer({ ...base, attributes: { ...base.attributes, cue: 'said' }, updatedAt: '2025-01-02T00:00:00.000Z' })),
        v(
          'c4',
          layer({
            ...base,
            attributes: { ...base.attributes, cue: 'said' },
            verdict: { ...base.verdict, status: 'false', checkedBy: 'curated' },
            updatedAt: '2025-01-03T00:00:00.000Z',
            updatedBy: 'omar-aa11bb',
            verdictBy: 'omar-aa11bb',
          }),
          'Omar Said',
        ),
        v(
          null,
          layer({
            ...base,
            start: 1,
            text: 'ello',
            attributes: { ...base.attributes, cue: 'said' },
            verdict: { ...base.verdict, status: 'false', checkedBy: 'curated' },
            updatedAt: '2025-01-04T00:00:00.000Z',
          }),
        ),
      ],
      'a1',
    );
    expect(entries.map((e) => [e.action, e.by, e.at, e.commit])).toEqual([
      ['created', 'layla-3f9a1c', '2025-01-01T10:00:00.000Z', 'c1'],
      ['changed', 'layla-3f9a1c', '2025-01-02T00:00:00.000Z', 'c3'],
      ['changed', 'omar-aa11bb', '2025-01-03T00:00:00.000Z', 'c4'],
      ['changed', 'layla-3f9a1c', '2025-01-04T00:00:00.000Z', null],
    ]);
    expect(entries[1]?.changes).toEqual([{ field: 'attributes.cue', before: '', after: 'said' }]);
    expect(entries[2]?.changes.map((c) => c.field)).toEqual(['verdict.status', 'verdict.checkedBy']);
    expect(entries[3]?.changes).toEqual([
      { field: 'span', before: { start: 0, end: 5, text: 'hello' }, after: { start: 1, end: 5, text: 'ello' } },
    ]);
  });

  it('records a deletion and a restore (undo after a sync)', () => {
    const entries = annotationHistory([v('c1', layer(base)), v('c2', layer(), 'Omar Said'), v('c3', layer(base))], 'a1');
    expect(entries.map((e) => [e.action, e.by])).toEqual([
      ['created', 'layla-3f9a1c'],
      ['deleted', 'Omar Said'],
      ['restored', 'layla-3f9a1c'],
    ]);
  });

  it('is empty for an annotation that never existed, and survives a damaged version', () => {
    expect(annotationHistory([v('c1', layer(base))], 'nope')).toEqual([]);
    const entries = annotationHistory([v('c1', layer(base)), v('c2', '{ broken'), v('c3', layer(base))], 'a1');
    expect(entries.map((e) => e.action)).toEqual(['created']);
  });
});
