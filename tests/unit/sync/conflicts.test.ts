import { describe, expect, it } from 'vitest';
import { describeSummary, commitMessage, summarizeChanges } from '../../../shared/sync/changes';
import { addConflicts, applyDecision, conflictRecord, readConflictsFile } from '../../../shared/sync/conflicts';
import { formatTracked, mergeTrackedFile } from '../../../shared/sync/merge-file';
import { contract } from '../../../shared/contract';

const verdict = (status: string, by: string) => ({ status, note: '', evidence: [], checkedBy: by, checkedAt: '2025-01-02T00:00:00.000Z' });
const ann = (over: object) => ({
  id: 'a1',
  type: 'quote',
  start: 0,
  end: 4,
  text: 'abcd',
  attributes: { kind: 'direct', cue: '', speakerId: null },
  verdict: verdict('unchecked', ''),
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...over,
});
const layer = (...annotations: object[]) =>
  formatTracked({ schemaVersion: 2, documentId: 'd1', annotator: 'curated', revision: 1, annotations } as never);
const context = {
  ours: { by: 'layla-3f9a1c', at: '2025-01-03T00:00:00.000Z' },
  theirs: { by: 'Omar Said', at: '2025-01-03T00:00:00.000Z' },
  detectedBy: 'layla-3f9a1c',
  now: '2025-01-03T00:00:00.000Z',
};

function verdictConflict(oursStatus: string, theirsStatus: string) {
  const base = layer(ann({}));
  const ours = layer(ann({ verdict: verdict(oursStatus, 'layla-3f9a1c'), updatedBy: 'layla-3f9a1c' }));
  const theirs = layer(ann({ verdict: verdict(theirsStatus, 'omar-aa11bb'), updatedBy: 'omar-aa11bb' }));
  const merged = mergeTrackedFile('layers/curated/d1.json', { base, ours, theirs });
  return { merged, record: conflictRecord('layers/curated/d1.json', merged.conflicts[0] as never, context) };
}

describe('conflict records', () => {
  it('name the place, both sides and who set them, and are the same whichever copy found them', () => {
    const a = verdictConflict('verified', 'false').record;
    const b = (() => {
      const base = layer(ann({}));
      const ours = layer(ann({ verdict: verdict('false', 'omar-aa11bb'), updatedBy: 'omar-aa11bb' }));
      const theirs = layer(ann({ verdict: verdict('verified', 'layla-3f9a1c'), updatedBy: 'layla-3f9a1c' }));
      const merged = mergeTrackedFile('layers/curated/d1.json', { base, ours, theirs });
      return conflictRecord('layers/curated/d1.json', merged.conflicts[0] as never, {
        ...context,
        ours: context.theirs,
        theirs: context.ours,
      });
    })();
    expect(a.id).toBe(b.id);
    expect(a.sides).toEqual(b.sides);
    expect(a.sides[a.provisional].value).toMatchObject({ status: 'false' });
    expect(a).toMatchObject({
      file: 'layers/curated/d1.json',
      documentId: 'd1',
      layer: 'curated',
      annotationId: 'a1',
      kind: 'edit',
      state: 'open',
    });
    expect(a.sides.map((s) => s.by).sort()).toEqual(['layla-3f9a1c', 'omar-aa11bb']);
    expect(addConflicts(addConflicts(readConflictsFile(null), [a]), [b]).conflicts).toHaveLength(1);
  });

  it('a decision writes the chosen verdict (status, who, when) into the file as it is now', () => {
    const { merged, record } = verdictConflict('verified', 'false');
    const chosen = record.sides.findIndex((s) => (s.value as { status: string }).status === 'verified');
    const decided = JSON.parse(applyDecision(record, merged.content, record.sides[chosen]?.value) as string);
    expect(decided.annotations[0].verdict).toMatchObject({ status: 'verified', checkedBy: 'layla-3f9a1c', note: '' });
    const typed = JSON.parse(
      applyDecision(record, merged.content, { status: 'disputed', checkedBy: 'curated', checkedAt: '2025-02-01T00:00:00.000Z' }) as string,
    );
    expect(typed.annotations[0].verdict.status).toBe('disputed');
  });

  it('a delete-edit decision can delete the annotation or keep it', () => {
    const base = layer(ann({}));
    const theirs = layer(ann({ attributes: { kind: 'indirect', cue: '', speakerId: null } }));
    const merged = mergeTrackedFile('layers/curated/d1.json', { base, ours: layer(), theirs });
    const record = conflictRecord('layers/curated/d1.json', merged.conflicts[0] as never, context);
    expect(record.kind).toBe('delete-edit');
    const deletedSide = record.sides.findIndex((s) => s.value === undefined);
    expect(JSON.parse(applyDecision(record, merged.content, record.sides[deletedSide]?.value) as string).annotations).toEqual([]);
    expect(JSON.parse(applyDecision(record, merged.content, record.sides[1 - deletedSide]?.value) as string).annotations).toHaveLength(1);
  });

  it('refuses a decision about an annotation that no longer exists', () => {
    const { record } = verdictConflict('verified', 'false');
    expect(() => applyDecision(record, layer(), { status: 'false' })).toThrow(/no longer there/);
  });

  it('the decide operation refuses both a side and a value, or neither, and a malformed id', () => {
    const input = contract.decideSyncConflict.input;
    expect(input.safeParse({ conflictId: 'c0123456789abcdef', side: 0 }).success).toBe(true);
    expect(input.safeParse({ conflictId: 'c0123456789abcdef', value: { status: 'false' } }).success).toBe(true);
    expect(input.safeParse({ conflictId: 'c0123456789abcdef', side: 0, value: 'x' }).success).toBe(false);
    expect(input.safeParse({ conflictId: 'c0123456789abcdef' }).success).toBe(false);
    expect(input.safeParse({ conflictId: '../../etc/passwd', side: 1 }).success).toBe(false);
    expect(input.safeParse({ conflictId: 'c0123456789abcdef', side: 2 }).success).toBe(false);
  });
});

describe('change summaries and commit messages', () => {
  it('count annotations, verdicts and documents the way a desk reads them', () => {
    const s = summarizeChanges([
      {
        path: 'layers/x/d1.json',
        before: layer(ann({}), ann({ id: 'a2' })),
        after: layer(ann({ verdict: verdict('false', 'x') }), ann({ id: 'a3' })),
      },
      { path: 'documents/d2.json', before: null, after: '{"id":"d2"}' },
      { path: 'documents/d1.json', before: '{"id":"d1"}', after: '{"id":"d1","deletedAt":"x"}' },
      { path: 'speakers.json', before: '{"speakers":[]}', after: '{"speakers":[{"id":"s1"}]}' },
    ]);
    expect(describeSummary(s)).toBe(
      '3 annotations (1 new, 1 changed, 1 deleted), 1 verdict, 2 documents (1 imported, 1 deleted), 1 speaker',
    );
    expect(commitMessage({ name: 'Layla Haddad', email: 'layla@desk.example' }, s, 4)).toMatch(
      /^Layla Haddad: 3 annotations .*\n\nAnnotations changed in 1 document\.\n\nIsnad-Annotator: Layla Haddad <layla@desk\.example>\n$/,
    );
  });
});
