import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Json, JsonRecord } from '../../../shared/sync/json';
import { carryAnnotations } from '../../../shared/versions/carry';
import { type FileSides, mergeDocumentVersions } from '../../../shared/versions/merge-versions';
import { makeAnnotation } from '../../helpers/annotation-fixtures';

/**
 * The pure merge of a document whose text got a new version on both copies between syncs
 * (shared/versions/merge-versions.ts); the git round trip is in versions-sync.test.ts.
 * Each side is made as the store makes a version: the old text kept, layers carried.
 */
const T1 =
  'قال وزير الصحة إن 25 شخصا قتلوا.\n\nوأضاف المتحدث أن فرق الإنقاذ تبحث عن ناجين.\n\nوقالت منظمة الصحة العالمية إن المستشفيات ممتلئة.';
const T2 = T1.replace('25', '27');
const T3 = T1.replace('\n\nوأضاف المتحدث أن فرق الإنقاذ تبحث عن ناجين.', '');
const T4 = T2.replace('ممتلئة', 'ممتلئة تماما');
const ID = 'd1';
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as JsonRecord;
const hash = (t: string) => createHash('sha256').update(t).digest('hex');

interface Made {
  doc: JsonRecord;
  files: Map<string, JsonRecord>;
  layer: JsonRecord;
  orphans: JsonRecord[];
}

function start(annotations: Annotation[]): Made {
  const doc = json({
    schemaVersion: 2,
    id: ID,
    title: 'القصف',
    lang: 'ar',
    dir: 'rtl',
    source: { url: 'https://x.example/a' },
    contentHash: hash(T1),
    createdAt: '2026-12-01T08:00:00.000Z',
    updatedAt: '2026-12-01T08:00:00.000Z',
    revision: 1,
    text: T1,
    regions: [],
    links: [],
  });
  const layer = json({
    schemaVersion: 2,
    documentId: ID,
    annotator: 'layla',
    revision: 1,
    updatedAt: '2026-12-01T08:00:00.000Z',
    annotations,
    rejectedSuggestions: [],
  });
  return { doc, files: new Map(), layer, orphans: [] };
}

/** A new version as the store writes it (electron/services/corpus/versions.ts). */
function version(from: Made, text: string, at: string): Made {
  const current = (from.doc.version as number | undefined) ?? 1;
  const old = from.doc.text as string;
  const carried = carryAnnotations(old, text, from.layer.annotations as unknown as Annotation[], current + 1);
  const importedAt =
    ((from.doc.versions as JsonRecord[] | undefined)?.at(-1)?.replacedAt as string | undefined) ?? (from.doc.createdAt as string);
  const file = json({
    schemaVersion: 2,
    documentId: ID,
    version: current,
    title: from.doc.title,
    contentHash: from.doc.contentHash,
    importedAt,
    replacedAt: at,
    source: from.doc.source,
    text: old,
    regions: [],
  });
  const info = {
    version: current,
    contentHash: from.doc.contentHash,
    importedAt,
    replacedAt: at,
    length: old.length,
    url: 'https://x.example/a',
  };
  return {
    doc: json({
      ...from.doc,
      text,
      contentHash: hash(text),
      version: current + 1,
      versions: [...((from.doc.versions as Json[]) ?? []), info],
      revision: (from.doc.revision as number) + 1,
      updatedAt: at,
    }),
    files: new Map([...from.files, [`versions/${ID}/${current}.json`, file]]),
    layer: json({ ...from.layer, revision: (from.layer.revision as number) + 1, updatedAt: at, annotations: carried.placed }),
    orphans: [...from.orphans, ...carried.orphans.map((annotation) => json({ version: current + 1, orphanedAt: at, annotation }))],
  };
}

const orphansFile = (m: Made): Json | undefined =>
  m.orphans.length ? json({ schemaVersion: 2, documentId: ID, annotator: 'layla', orphans: m.orphans }) : undefined;

function sides(base: Made, ours: Made, theirs: Made): Map<string, FileSides> {
  const files = new Map<string, FileSides>([
    [`documents/${ID}.json`, { base: base.doc, ours: ours.doc, theirs: theirs.doc }],
    [`layers/layla/${ID}.json`, { base: base.layer, ours: ours.layer, theirs: theirs.layer }],
    [`versions/${ID}/orphans/layla.json`, { base: orphansFile(base), ours: orphansFile(ours), theirs: orphansFile(theirs) }],
  ]);
  for (const path of new Set([...ours.files.keys(), ...theirs.files.keys()]))
    files.set(path, { ours: ours.files.get(path), theirs: theirs.files.get(path) });
  return files;
}

const stable = (files: Map<string, Json | null> | undefined) =>
  JSON.stringify([...(files ?? new Map())].sort(([a], [b]) => (a < b ? -1 : 1)));

function annotated() {
  const figure = makeAnnotation(T1, 'figure', T1.indexOf('25'), T1.indexOf('25') + 2, { id: 'fig' });
  const rescue = 'فرق الإنقاذ تبحث';
  const quote = makeAnnotation(T1, 'quote', T1.indexOf(rescue), T1.indexOf(rescue) + rescue.length, { id: 'quo' });
  const who = 'منظمة الصحة العالمية';
  const speaker = makeAnnotation(T1, 'speaker', T1.indexOf(who), T1.indexOf(who) + who.length, { id: 'spk' });
  return start([figure, quote, speaker]);
}

describe('a document with a new version on both copies, merged', () => {
  const base = annotated();
  const layla = version(base, T2, '2026-12-02T09:00:00.000Z');
  // After her version Layla calls the organisation's claim false, on her copy.
  const laylaEdited: Made = {
    ...layla,
    layer: json({
      ...layla.layer,
      annotations: (layla.layer.annotations as JsonRecord[]).map((a) =>
        a.id === 'spk' ? { ...a, verdict: { ...(a.verdict as JsonRecord), status: 'false' }, updatedAt: '2026-12-02T09:30:00.000Z' } : a,
      ),
    }),
  };
  const omar = version(base, T3, '2026-12-02T10:00:00.000Z');

  it('keeps both texts (the first imported as version 2, the later current as 3), whichever side merges', () => {
    const merged = mergeDocumentVersions(ID, sides(base, laylaEdited, omar));
    const swapped = mergeDocumentVersions(ID, sides(base, omar, laylaEdited));
    expect(stable(swapped?.files)).toBe(stable(merged?.files));
    const doc = merged?.files.get(`documents/${ID}.json`) as JsonRecord;
    expect([doc.version, doc.text]).toEqual([3, T3]);
    expect((doc.versions as JsonRecord[]).map((v) => [v.version, v.contentHash])).toEqual([
      [1, hash(T1)],
      [2, hash(T2)],
    ]);
    expect((merged?.files.get(`versions/${ID}/1.json`) as JsonRecord).text).toBe(T1);
    expect(merged?.files.get(`versions/${ID}/2.json`) as JsonRecord).toMatchObject({
      version: 2,
      text: T2,
      replacedAt: '2026-12-02T10:00:00.000Z',
    });
    expect(merged?.conflicts).toEqual([]);
  });

  it('puts every annotation on its own words of the current text or flags it, and keeps the edit made on the other text', () => {
    const merged = mergeDocumentVersions(ID, sides(base, laylaEdited, omar));
    const annotations = (merged?.files.get(`layers/layla/${ID}.json`) as JsonRecord).annotations as unknown as Annotation[];
    for (const a of annotations) expect(T3.slice(a.start, a.end)).toBe(a.text);
    const byId = new Map(annotations.map((a) => [a.id, a]));
    expect(byId.get('fig')?.carried).toMatchObject({ status: 'changed', version: 3, previousText: '27' });
    expect(byId.get('spk')?.verdict.status).toBe('false');
    expect(byId.has('quo')).toBe(false);
    const orphans = (merged?.files.get(`versions/${ID}/orphans/layla.json`) as JsonRecord).orphans as JsonRecord[];
    expect(orphans.map((o) => [(o.annotation as JsonRecord).id, o.version])).toEqual([['quo', 3]]);
  });

  it('renumbers the later history after the whole earlier one (two versions on one side, one on the other)', () => {
    const twice = version(layla, T4, '2026-12-02T09:10:00.000Z');
    const merged = mergeDocumentVersions(ID, sides(base, twice, omar));
    const doc = merged?.files.get(`documents/${ID}.json`) as JsonRecord;
    expect([doc.version, doc.text]).toEqual([4, T3]);
    expect([1, 2, 3].map((n) => (merged?.files.get(`versions/${ID}/${n}.json`) as JsonRecord).text)).toEqual([T1, T2, T4]);
    const annotations = (merged?.files.get(`layers/layla/${ID}.json`) as JsonRecord).annotations as unknown as Annotation[];
    for (const a of annotations) {
      expect(T3.slice(a.start, a.end)).toBe(a.text);
      expect(a.carried?.version).toBe(4);
    }
  });

  it('leaves damaged files to the ordinary merge (which reports them) and never throws', () => {
    const files = sides(base, layla, omar);
    files.set(`documents/${ID}.json`, { base: base.doc, ours: 'not a document', theirs: omar.doc });
    expect(mergeDocumentVersions(ID, files)).toBeNull();
    const broken = sides(base, layla, omar);
    broken.set(`layers/layla/${ID}.json`, { base: base.layer, ours: { ...layla.layer, annotations: 'garbage' }, theirs: omar.layer });
    const merged = mergeDocumentVersions(ID, broken);
    const annotations = (merged?.files.get(`layers/layla/${ID}.json`) as JsonRecord).annotations as unknown as Annotation[];
    for (const a of annotations) expect(T3.slice(a.start, a.end)).toBe(a.text);
  });
});
