import { describe, expect, it } from 'vitest';
import { mergeTrackedFile, formatTracked } from '../../../shared/sync/merge-file';
import type { Json, JsonRecord } from '../../../shared/sync/json';
import { describePath } from '../../../shared/sync/policy';

function annotation(id: string, over: Partial<Record<string, Json>> = {}): JsonRecord {
  return {
    id,
    type: 'quote',
    start: 10,
    end: 20,
    text: 'abcdefghij',
    prefix: '',
    suffix: '',
    attributes: { kind: 'direct', cue: 'said', speakerId: null },
    verdict: { status: 'unchecked', note: '', evidence: [], checkedBy: '', checkedAt: '' },
    origin: 'manual',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    createdBy: 'layla-3f9a1c',
    updatedBy: 'layla-3f9a1c',
    ...over,
  } as JsonRecord;
}

function layer(annotations: JsonRecord[], revision = 1): string {
  return formatTracked({ schemaVersion: 2, documentId: 'd1', annotator: 'layla-3f9a1c', revision, annotations, rejectedSuggestions: [] });
}

function doc(over: Record<string, Json> = {}): string {
  return formatTracked({
    schemaVersion: 2,
    id: 'd1',
    title: 'Title',
    lang: 'en',
    dir: 'ltr',
    source: { outlet: '', url: '', publishedAt: '', author: '' },
    contentHash: 'h',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    revision: 1,
    text: 'some text',
    regions: [],
    links: [],
    ...over,
  });
}

function merged(path: string, base: string | null, ours: string | null, theirs: string | null) {
  const result = mergeTrackedFile(path, { base, ours, theirs });
  return { ...result, value: result.content === null ? null : (JSON.parse(result.content) as JsonRecord) };
}

/** Merging with the sides swapped must give the same file: copies converge whoever merges. */
function expectSymmetric(path: string, base: string | null, ours: string | null, theirs: string | null) {
  const a = mergeTrackedFile(path, { base, ours, theirs });
  const b = mergeTrackedFile(path, { base, ours: theirs, theirs: ours });
  expect(a.content === null ? null : JSON.parse(a.content)).toEqual(b.content === null ? null : JSON.parse(b.content));
  expect(a.conflicts.length).toBe(b.conflicts.length);
}

describe('document metadata merges field by field', () => {
  it('takes a title changed on one side and an outlet changed on the other, without a conflict', () => {
    const base = doc();
    const ours = doc({ title: 'Better title', updatedAt: '2025-01-02T00:00:00.000Z', revision: 2 });
    const theirs = doc({
      source: { outlet: 'Reuters', url: '', publishedAt: '', author: '' },
      updatedAt: '2025-01-03T00:00:00.000Z',
      revision: 2,
    });
    const { value, conflicts } = merged('documents/d1.json', base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(value?.title).toBe('Better title');
    expect((value?.source as JsonRecord).outlet).toBe('Reuters');
    // Both changed the file: its revision moves past both, so stale editors are refused.
    expect(value?.revision).toBe(3);
    expect(value?.updatedAt).toBe('2025-01-03T00:00:00.000Z');
    expectSymmetric('documents/d1.json', base, ours, theirs);
  });

  it('reports two different titles as a conflict and keeps the later one for now, whoever merges', () => {
    const base = doc();
    const ours = doc({ title: 'Ours', updatedAt: '2025-01-02T00:00:00.000Z' });
    const theirs = doc({ title: 'Theirs', updatedAt: '2025-01-05T00:00:00.000Z' });
    const { value, conflicts } = merged('documents/d1.json', base, ours, theirs);
    expect(value?.title).toBe('Theirs');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ path: ['title'], kind: 'edit', ours: 'Ours', theirs: 'Theirs', base: 'Title', chosen: 'theirs' });
    expect(merged('documents/d1.json', base, theirs, ours).value?.title).toBe('Theirs');
  });

  it('the same change on both sides is no conflict', () => {
    const ours = doc({ title: 'Same', updatedAt: '2025-01-02T00:00:00.000Z' });
    const theirs = doc({ title: 'Same', updatedAt: '2025-01-04T00:00:00.000Z' });
    const { value, conflicts } = merged('documents/d1.json', doc(), ours, theirs);
    expect(conflicts).toEqual([]);
    expect(value?.title).toBe('Same');
  });

  it('a document trashed on both machines at different times is one trashing, not a conflict', () => {
    const ours = doc({ deletedAt: '2025-02-01T00:00:00.000Z', deletedBy: 'layla-3f9a1c' });
    const theirs = doc({ deletedAt: '2025-02-02T00:00:00.000Z', deletedBy: 'omar-aa11bb' });
    const { value, conflicts } = merged('documents/d1.json', doc(), ours, theirs);
    expect(conflicts).toEqual([]);
    expect(typeof value?.deletedAt).toBe('string');
    expectSymmetric('documents/d1.json', doc(), ours, theirs);
  });

  it('the same article added on two machines merges without conflict: earliest creation, either file name', () => {
    const ours = doc({
      createdAt: '2025-01-01T10:00:00.000Z',
      source: { outlet: '', url: '', publishedAt: '', author: '', file: 'a.html' },
    });
    const theirs = doc({
      createdAt: '2025-01-01T09:00:00.000Z',
      source: { outlet: '', url: '', publishedAt: '', author: '', file: 'b.html' },
    });
    const { value, conflicts } = merged('documents/d1.json', null, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(value?.createdAt).toBe('2025-01-01T09:00:00.000Z');
    expectSymmetric('documents/d1.json', null, ours, theirs);
  });

  it('a deleted file that the other side edited is kept, with a delete-edit conflict', () => {
    const theirs = doc({ title: 'Edited' });
    const { value, conflicts } = merged('documents/d1.json', doc(), null, theirs);
    expect(value?.title).toBe('Edited');
    expect(conflicts).toMatchObject([{ path: [], kind: 'delete-edit', chosen: 'theirs' }]);
  });

  it('tags and links merge as sets: both additions kept, a removal honoured', () => {
    const base = doc({ tags: ['a', 'b'], links: [{ documentId: 'd2', relation: 'near-duplicate-of' }] });
    const ours = doc({ tags: ['a', 'b', 'c'], links: [] });
    const theirs = doc({
      tags: ['b', 'd'],
      links: [
        { documentId: 'd2', relation: 'near-duplicate-of' },
        { documentId: 'd3', relation: 'next-article' },
      ],
    });
    const { value, conflicts } = merged('documents/d1.json', base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(value?.tags).toEqual(['b', 'c', 'd']);
    expect(value?.links).toEqual([{ documentId: 'd3', relation: 'next-article' }]);
  });
});

describe('a layer merges per annotation id', () => {
  it('keeps annotations added on both machines, in text order', () => {
    const base = layer([annotation('a1')]);
    const ours = layer([annotation('a1'), annotation('a2', { start: 30, end: 35, text: 'xxxxx' })], 2);
    const theirs = layer([annotation('a0', { start: 0, end: 5, text: 'yyyyy' }), annotation('a1')], 2);
    const { value, conflicts } = merged('layers/layla-3f9a1c/d1.json', base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect((value?.annotations as JsonRecord[]).map((a) => a.id)).toEqual(['a0', 'a1', 'a2']);
    expect(value?.revision).toBe(3);
    expectSymmetric('layers/layla-3f9a1c/d1.json', base, ours, theirs);
  });

  it('deletes an annotation deleted on one side and untouched on the other', () => {
    const base = layer([annotation('a1'), annotation('a2', { start: 30, end: 35 })]);
    const ours = layer([annotation('a1')]);
    const { value, conflicts } = merged('layers/x/d1.json', base, ours, base);
    expect(conflicts).toEqual([]);
    expect((value?.annotations as JsonRecord[]).map((a) => a.id)).toEqual(['a1']);
  });

  it('keeps an annotation deleted on one side but edited on the other, and reports it', () => {
    const base = layer([annotation('a1')]);
    const theirs = layer([
      annotation('a1', { attributes: { kind: 'indirect', cue: 'said', speakerId: null }, updatedAt: '2025-01-02T00:00:00.000Z' }),
    ]);
    const { value, conflicts } = merged('layers/x/d1.json', base, layer([]), theirs);
    expect((value?.annotations as JsonRecord[]).map((a) => a.id)).toEqual(['a1']);
    expect(conflicts).toMatchObject([{ path: ['annotations', { id: 'a1' }], kind: 'delete-edit', chosen: 'theirs' }]);
    expectSymmetric('layers/x/d1.json', base, layer([]), theirs);
  });

  it('merges a cue changed on one side with a verdict note added on the other', () => {
    const base = layer([annotation('a1')]);
    const ours = layer([
      annotation('a1', { attributes: { kind: 'direct', cue: 'stated', speakerId: null }, updatedAt: '2025-01-02T00:00:00.000Z' }),
    ]);
    const theirs = layer([
      annotation('a1', {
        verdict: { status: 'unchecked', note: 'call the ministry', evidence: [], checkedBy: '', checkedAt: '' },
        updatedAt: '2025-01-03T00:00:00.000Z',
        updatedBy: 'omar-aa11bb',
      }),
    ]);
    const { value, conflicts } = merged('layers/x/d1.json', base, ours, theirs);
    expect(conflicts).toEqual([]);
    const a = (value?.annotations as JsonRecord[])[0] as JsonRecord;
    expect((a.attributes as JsonRecord).cue).toBe('stated');
    expect((a.verdict as JsonRecord).note).toBe('call the ministry');
    expect(a.updatedAt).toBe('2025-01-03T00:00:00.000Z');
    expect(a.updatedBy).toBe('omar-aa11bb');
  });

  it('never settles two verdicts silently: the more cautious one is provisional and the conflict names both', () => {
    const verdict = (status: string, by: string) => ({
      status,
      note: '',
      evidence: [],
      checkedBy: by,
      checkedAt: '2025-01-02T00:00:00.000Z',
    });
    const base = layer([annotation('a1')]);
    const ours = layer([annotation('a1', { verdict: verdict('verified', 'layla-3f9a1c'), updatedAt: '2025-01-09T00:00:00.000Z' })]);
    const theirs = layer([annotation('a1', { verdict: verdict('false', 'omar-aa11bb'), updatedAt: '2025-01-02T00:00:00.000Z' })]);
    for (const [o, t] of [
      [ours, theirs],
      [theirs, ours],
    ] as const) {
      const { value, conflicts } = merged('layers/curated/d1.json', base, o, t);
      const a = (value?.annotations as JsonRecord[])[0] as JsonRecord;
      expect((a.verdict as JsonRecord).status).toBe('false');
      expect((a.verdict as JsonRecord).checkedBy).toBe('omar-aa11bb');
      expect(conflicts).toHaveLength(1);
      expect(describePath(conflicts[0]?.path ?? [])).toBe('annotations[a1].verdict.verdict');
      expect(conflicts[0]?.fields).toEqual(['status', 'checkedBy', 'checkedAt']);
    }
  });

  it('moves a span as a whole: one side moving its start and the other its end conflict', () => {
    const base = layer([annotation('a1')]);
    const ours = layer([annotation('a1', { start: 8, text: 'xxabcdefghij' })]);
    const theirs = layer([annotation('a1', { end: 22, text: 'abcdefghijyy' })]);
    const { value, conflicts } = merged('layers/x/d1.json', base, ours, theirs);
    const a = (value?.annotations as JsonRecord[])[0] as JsonRecord;
    expect([a.start, a.end, a.text]).toSatisfy(
      (s: Json[]) =>
        JSON.stringify(s) === JSON.stringify([8, 20, 'xxabcdefghij']) || JSON.stringify(s) === JSON.stringify([10, 22, 'abcdefghijyy']),
    );
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.path.at(-1)).toBe('@span');
  });

  it('treats a figure range as one value, not a set of numbers', () => {
    const fig = (value: Json) =>
      annotation('f1', { type: 'figure', attributes: { raw: '40-50', value, unit: '', kind: 'count', counts: '' } });
    const { value, conflicts } = merged('layers/x/d1.json', layer([fig([40, 50])]), layer([fig([40, 60])]), layer([fig([45, 50])]));
    const a = (value?.annotations as JsonRecord[])[0] as JsonRecord;
    expect([
      [40, 60],
      [45, 50],
    ]).toContainEqual((a.attributes as JsonRecord).value);
    expect(conflicts).toHaveLength(1);
    expect(describePath(conflicts[0]?.path ?? [])).toBe('annotations[f1].attributes.value');
  });

  it('collects evidence links added on both sides', () => {
    const withEvidence = (evidence: string[]) =>
      layer([annotation('a1', { verdict: { status: 'unchecked', note: '', evidence, checkedBy: '', checkedAt: '' } })]);
    const { value, conflicts } = merged(
      'layers/x/d1.json',
      withEvidence(['https://a']),
      withEvidence(['https://a', 'https://b']),
      withEvidence(['https://a', 'https://c']),
    );
    expect(conflicts).toEqual([]);
    const a = (value?.annotations as JsonRecord[])[0] as JsonRecord;
    expect((a.verdict as JsonRecord).evidence).toEqual(['https://a', 'https://b', 'https://c']);
  });

  it("clears a quote's speaker link when the other side deleted that speaker mention", () => {
    const speaker = annotation('s1', {
      type: 'speaker',
      start: 0,
      end: 5,
      attributes: { name: 'X', role: '', affiliation: '', sameAs: null, registryId: null },
    });
    const base = layer([speaker, annotation('q1')]);
    const ours = layer([annotation('q1')]);
    const theirs = layer([speaker, annotation('q1', { attributes: { kind: 'direct', cue: 'said', speakerId: 's1' } })]);
    const { value } = merged('layers/x/d1.json', base, ours, theirs);
    const list = value?.annotations as JsonRecord[];
    expect(list.map((a) => a.id)).toEqual(['q1']);
    expect((list[0]?.attributes as JsonRecord).speakerId).toBeNull();
  });
});

describe('files that are not field-mergeable', () => {
  it('keeps ours and reports damaged JSON instead of guessing', () => {
    const { content, conflicts } = mergeTrackedFile('layers/x/d1.json', {
      base: layer([]),
      ours: layer([annotation('a1')]),
      theirs: '{ broken',
    });
    expect(content).toBe(layer([annotation('a1')]));
    expect(conflicts).toMatchObject([{ path: [], kind: 'edit', chosen: 'ours' }]);
  });

  it('merges .gitignore lines from both sides', () => {
    const { content } = mergeTrackedFile('.gitignore', { base: '.isnad/\n', ours: '.isnad/\n*.tmp\n', theirs: '.isnad/\n.DS_Store\n' });
    expect(content).toBe('.isnad/\n*.tmp\n.DS_Store\n');
  });
});

describe('merging is the same whichever copy merges', () => {
  // A small seeded generator: random edits to a layer on two sides, merged both ways.
  function rng(seed: number) {
    let s = seed >>> 0;
    return () => {
      s = (s * 1664525 + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }
  function edit(list: JsonRecord[], random: () => number, side: string): JsonRecord[] {
    const out = list.map((a) => structuredClone(a));
    for (let n = 0; n < 4; n++) {
      const r = random();
      const i = Math.floor(random() * out.length);
      const stamp = `2025-01-0${1 + Math.floor(random() * 9)}T00:00:00.000Z`;
      if (r < 0.25 || out.length === 0) out.push(annotation(`${side}${n}`, { start: Math.floor(random() * 50), end: 60 }));
      else if (r < 0.4) out.splice(i, 1);
      else if (r < 0.6)
        out[i] = {
          ...out[i],
          verdict: {
            status: ['verified', 'false', 'disputed'][Math.floor(random() * 3)] as string,
            note: '',
            evidence: [],
            checkedBy: side,
            checkedAt: stamp,
          },
          updatedAt: stamp,
        } as JsonRecord;
      else if (r < 0.8)
        out[i] = { ...out[i], attributes: { kind: 'direct', cue: `${side}${n}`, speakerId: null }, updatedAt: stamp } as JsonRecord;
      else out[i] = { ...out[i], start: 1 + Math.floor(random() * 5), updatedAt: stamp } as JsonRecord;
    }
    return out;
  }
  it('holds over 300 random pairs of edits', () => {
    const random = rng(42);
    for (let round = 0; round < 300; round++) {
      const base = [annotation('a1'), annotation('a2', { start: 30, end: 40 }), annotation('a3', { start: 50, end: 55 })];
      const ours = layer(edit(base, random, 'o'), 2);
      const theirs = layer(edit(base, random, 't'), 2);
      expectSymmetric('layers/x/d1.json', layer(base), ours, theirs);
    }
  });
});
