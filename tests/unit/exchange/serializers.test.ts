import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Document } from '../../../shared/domain/document';
import { CSV_COLUMNS } from '../../../shared/exchange/csv';
import { AnnotationFilter } from '../../../shared/exchange/filter';
import { exportDocument } from '../../../shared/exchange/record';
import { exportFileName } from '../../../shared/exchange/request';
import { EXPORT_FORMAT, ExportFile, type ExportHeader, JsonlLine } from '../../../shared/exchange/schema';
import { serializeAll } from '../../../shared/exchange/serializer';
import { speakerNames } from '../../../shared/exchange/speakers';
import { spanContext } from '../../../shared/text/offsets';

const STAMP = '2024-05-01T10:00:00.000Z';

function annotation(text: string, type: Annotation['type'], needle: string, extra: Record<string, unknown> = {}): Annotation {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`not in text: ${needle}`);
  const defaults = {
    quote: { kind: 'direct', cue: '', speakerId: null },
    speaker: { name: '', role: '', affiliation: '', sameAs: null, registryId: null },
    figure: { raw: '', value: null, unit: '', kind: '', counts: '' },
  }[type];
  const { attributes, verdict, id, ...rest } = extra as { attributes?: object; verdict?: object; id?: string };
  return {
    id: id ?? `a${start}`,
    type,
    start,
    end: start + needle.length,
    text: needle,
    ...spanContext(text, start, start + needle.length),
    attributes: { ...defaults, ...attributes },
    verdict: { status: 'unchecked', note: '', evidence: [], checkedBy: '', checkedAt: '', ...verdict },
    origin: 'manual',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...rest,
  } as Annotation;
}

function documentOf(text: string, annotations: Annotation[], regions: Document['regions'] = []): Document {
  return {
    id: 'd1',
    title: 'عنوان',
    lang: 'ar',
    dir: 'rtl',
    source: { outlet: 'الأسبوع', url: '', publishedAt: '2024-03-10', author: '' },
    contentHash: 'x',
    createdAt: STAMP,
    updatedAt: STAMP,
    revision: 3,
    text,
    annotations,
    regions,
    links: [],
    rejectedSuggestions: [],
  };
}

const header: ExportHeader = {
  format: EXPORT_FORMAT,
  version: 1,
  exportedAt: STAMP,
  app: { name: 'Isnad', version: 'test' },
  offsetUnit: 'utf16-code-unit',
  codePointOffsetUnit: 'unicode-code-point',
  filter: AnnotationFilter.parse({}),
};

const all = AnnotationFilter.parse({});

describe('code-point offsets', () => {
  it('count an emoji as one character, as Python does, while UTF-16 offsets count two', () => {
    const text = 'قال 😀 المدير John Smith إن 75 موظفاً غادروا.';
    const doc = documentOf(text, [annotation(text, 'speaker', 'John Smith'), annotation(text, 'figure', '😀')]);
    const exported = exportDocument(doc, all);
    const john = exported?.annotations.find((a) => a.text === 'John Smith');
    expect(john).toMatchObject({ start: 14, end: 24, startCodePoint: 13, endCodePoint: 23 });
    expect([...text].slice(13, 23).join('')).toBe('John Smith');
    const emoji = exported?.annotations.find((a) => a.text === '😀');
    expect(emoji).toMatchObject({ start: 4, end: 6, startCodePoint: 4, endCodePoint: 5 });
    expect(exported).toMatchObject({ length: text.length, lengthCodePoints: [...text].length });
  });
});

describe('speaker names', () => {
  const text = 'Maria Lopez spoke. Later Lopez said "yes". Then ML said "no". Anonymous aide added.';

  it('follow "same as" to the earliest mention, fall back to the text, and survive a cycle', () => {
    const maria = annotation(text, 'speaker', 'Maria Lopez', { id: 'maria', attributes: { name: 'María López' } });
    const lopez = annotation(text, 'speaker', 'Lopez', { id: 'lopez', start: 25, end: 30, attributes: { sameAs: 'maria', name: 'Lopez' } });
    const ml = annotation(text, 'speaker', 'ML', { id: 'ml', attributes: { sameAs: 'lopez' } });
    const aide = annotation(text, 'speaker', 'Anonymous aide', { id: 'aide' });
    const names = speakerNames([maria, lopez, ml, aide]);
    expect(names.get('maria')).toBe('María López');
    expect(names.get('lopez')).toBe('María López');
    expect(names.get('ml')).toBe('María López');
    expect(names.get('aide')).toBe('Anonymous aide');

    const a = annotation(text, 'speaker', 'Maria Lopez', { id: 'a', attributes: { sameAs: 'b' } });
    const b = annotation(text, 'speaker', 'ML', { id: 'b', attributes: { sameAs: 'a', name: 'M. L.' } });
    const cyclic = speakerNames([a, b]);
    expect(cyclic.get('a')).toBe('M. L.');
    expect(cyclic.get('b')).toBe('M. L.');
  });

  it('are carried on quotes by id and by name', () => {
    const lopez = annotation(text, 'speaker', 'Lopez', { id: 'lopez', start: 25, end: 30, attributes: { name: 'Maria Lopez' } });
    const quote = annotation(text, 'quote', '"yes"', { attributes: { speakerId: 'lopez' } });
    const exported = exportDocument(documentOf(text, [lopez, quote]), all);
    expect(exported?.annotations.find((a) => a.type === 'quote')).toMatchObject({ speaker: { id: 'lopez', name: 'Maria Lopez' } });
  });
});

describe('filters', () => {
  const text = 'Boilerplate: 5 readers. Minister Salma said "We act" about 40 trucks. Read also: 300 injured elsewhere.';
  const salma = annotation(text, 'speaker', 'Minister Salma', { id: 'salma', attributes: { name: 'Salma Haddad' } });
  const quote = annotation(text, 'quote', '"We act"', { attributes: { speakerId: 'salma' }, verdict: { status: 'verified' } });
  const trucks = annotation(text, 'figure', '40 trucks', { verdict: { status: 'false' } });
  const injured = annotation(text, 'figure', '300 injured');
  const regions = [{ id: 'r', start: text.indexOf('Read also'), end: text.length, kind: 'read-also', label: '', excluded: true }];
  const doc = documentOf(text, [salma, quote, trucks, injured], regions);
  const texts = (filter: object) => exportDocument(doc, AnnotationFilter.parse(filter))?.annotations.map((a) => a.text) ?? null;

  it('leave out annotations inside excluded regions unless asked, and say how many were left out', () => {
    expect(texts({})).toEqual(['Minister Salma', '"We act"', '40 trucks']);
    expect(exportDocument(doc, all)?.omittedAnnotations).toBe(1);
    expect(texts({ includeExcluded: true })).toContain('300 injured');
    expect(exportDocument(doc, all)?.regions[0]).toMatchObject({ kind: 'read-also', excluded: true, startCodePoint: regions[0]?.start });
  });

  it('narrow by type, verdict, speaker name and annotation id; a document with no match is left out', () => {
    expect(texts({ types: ['figure'] })).toEqual(['40 trucks']);
    expect(texts({ verdicts: ['verified', 'false'] })).toEqual(['"We act"', '40 trucks']);
    expect(texts({ speaker: 'salma' })).toEqual(['Minister Salma', '"We act"']);
    expect(texts({ annotationIds: [trucks.id] })).toEqual(['40 trucks']);
    expect(texts({ types: ['quote'], verdicts: ['false'] })).toBeNull();
    // Without an annotation filter the document is exported even with nothing selected.
    expect(exportDocument(documentOf('Just text.', []), all)?.annotations).toEqual([]);
  });

  it('match an Arabic speaker name as search does: hamza seats, diacritics and a leading و folded, whole words only', () => {
    const ar = 'قال المسئولُ الإعلامي، محمد العمري: «لن نتراجع».';
    const official = annotation(ar, 'speaker', 'المسئولُ الإعلامي', { id: 'omari', attributes: { name: 'والمسئولُ محمد العمري' } });
    const said = annotation(ar, 'quote', '«لن نتراجع»', { attributes: { speakerId: 'omari' } });
    const arDoc = documentOf(ar, [official, said]);
    const arTexts = (speaker: string) => exportDocument(arDoc, AnnotationFilter.parse({ speaker }))?.annotations.map((a) => a.text) ?? null;
    expect(arTexts('المسؤول العمري')).toEqual(['المسئولُ الإعلامي', '«لن نتراجع»']);
    expect(arTexts('محمد')).toHaveLength(2);
    expect(arTexts('العمر')).toBeNull(); // part of a word is not the word
    // Punctuation alone would fold to no words and match everyone: refused by name.
    expect(AnnotationFilter.safeParse({ speaker: '—' }).error?.issues[0]).toMatchObject({
      path: ['speaker'],
      message: 'a speaker name needs at least one letter or digit',
    });
  });
});

describe('CSV', () => {
  const text = 'He wrote =HYPERLINK("http://evil.example","x") then +1, -5, @admin and\ta tab. قال «نعم، "حسناً"»\nثم غادر.';
  const annotations = [
    annotation(text, 'quote', '=HYPERLINK("http://evil.example","x")', { verdict: { note: 'line one\nline two' } }),
    annotation(text, 'figure', '+1', { attributes: { value: 1 } }),
    annotation(text, 'figure', '-5', { attributes: { value: -5, unit: '', kind: 'count' } }),
    annotation(text, 'speaker', '@admin'),
    annotation(text, 'quote', '«نعم، "حسناً"»\nثم'),
  ];
  const exported = [exportDocument(documentOf(text, annotations), all)].filter((d) => d !== null);
  const rows = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

  it('neutralizes formulas by default: a leading apostrophe on cells starting with = + - @, numbers untouched', () => {
    const csv = serializeAll(header, exported, { format: 'csv', bom: true, neutralizeFormulas: true });
    const parsed = rows(csv);
    expect(parsed.map((r) => r.text)).toEqual([`'=HYPERLINK("http://evil.example","x")`, "'+1", "'-5", "'@admin", '«نعم، "حسناً"»\nثم']);
    expect(parsed[2]?.figure_value).toBe('-5');
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('neutralizes a formula hidden behind a space, a zero-width space or a BOM', () => {
    const note = (n: string) => annotation(text, 'speaker', '@admin', { verdict: { note: n } });
    const hidden = [' =1+1', '\u200B=HYPERLINK("http://evil.example")', '\uFEFF+1', ' \u200C-2', '\u2060@SUM(A1)'];
    const docs = [exportDocument(documentOf(text, hidden.map(note)), all)].filter((d) => d !== null);
    const parsed = rows(serializeAll(header, docs, { format: 'csv', bom: false, neutralizeFormulas: true }));
    expect(parsed.map((r) => r.verdict_note).sort()).toEqual(hidden.map((h) => `'${h}`).sort());
    const verbatim = rows(serializeAll(header, docs, { format: 'csv', bom: false, neutralizeFormulas: false }));
    expect(verbatim.map((r) => r.verdict_note).sort()).toEqual([...hidden].sort());
  });

  it('keeps cells verbatim when neutralization is switched off', () => {
    const parsed = rows(serializeAll(header, exported, { format: 'csv', bom: true, neutralizeFormulas: false }));
    expect(parsed.map((r) => r.text)).toEqual(annotations.map((a) => a.text));
  });

  it('starts with a UTF-8 BOM unless switched off, uses CRLF between records and quotes newlines inside cells', () => {
    const withBom = serializeAll(header, exported, { format: 'csv', bom: true, neutralizeFormulas: true });
    const withoutBom = serializeAll(header, exported, { format: 'csv', bom: false, neutralizeFormulas: true });
    expect(withBom.startsWith('\uFEFFdocument_id,')).toBe(true);
    expect(withoutBom.startsWith('document_id,')).toBe(true);
    expect(Buffer.from(withBom, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(withBom.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    const parsed = rows(withBom);
    expect(parsed).toHaveLength(5);
    expect(parsed[0]?.verdict_note).toBe('line one\nline two');
    expect(parsed[4]).toMatchObject({ document_title: 'عنوان', outlet: 'الأسبوع', published_at: '2024-03-10', type: 'quote' });
  });

  it('writes figure ranges as JSON and both offset pairs as numbers', () => {
    const t = 'Between 40 and 50 trucks.';
    const range = annotation(t, 'figure', '40 and 50', { attributes: { value: [40, 50], unit: 'truck', kind: 'count' } });
    const docs = [exportDocument(documentOf(t, [range]), all)].filter((d) => d !== null);
    const [row] = rows(serializeAll(header, docs, { format: 'csv', bom: false, neutralizeFormulas: true }));
    expect(row).toMatchObject({
      figure_value: '[40,50]',
      figure_unit: 'truck',
      figure_kind: 'count',
      start_utf16: '8',
      end_code_point: '17',
    });
  });

  it('says who recorded a verdict (their name where known, and their id), beside the name a fact-checker typed', () => {
    const t = 'The ministry counted 75 victims and 12 schools.';
    const onCard = annotation(t, 'figure', '75', { verdictBy: 'layla-3f9a1c', verdict: { status: 'false' } });
    const inSession = annotation(t, 'figure', '12', {
      verdictBy: 'omar-0a1b2c',
      verdict: { status: 'verified', checkedBy: 'Omar S.', checkedAt: STAMP },
    });
    const unchecked = annotation(t, 'quote', 'victims');
    const docs = [exportDocument(documentOf(t, [onCard, inSession, unchecked]), all)].filter((d) => d !== null);
    const csv = (annotatorNames?: Map<string, string>) =>
      rows(
        serializeAll(header, docs, { format: 'csv', bom: false, neutralizeFormulas: true, ...(annotatorNames ? { annotatorNames } : {}) }),
      );
    expect(csv().map((r) => [r.text, r.verdict, r.checked_by, r.verdict_by, r.verdict_by_id])).toEqual([
      ['75', 'false', '', 'layla-3f9a1c', 'layla-3f9a1c'],
      ['12', 'verified', 'Omar S.', 'omar-0a1b2c', 'omar-0a1b2c'],
      ['victims', 'unchecked', '', '', ''],
    ]);
    // The corpus knows Layla's name, not Omar's (his layer never reached this copy): his id stays.
    const named = csv(new Map([['layla-3f9a1c', 'Layla Haddad']]));
    expect(named.map((r) => [r.verdict_by, r.verdict_by_id])).toEqual([
      ['Layla Haddad', 'layla-3f9a1c'],
      ['omar-0a1b2c', 'omar-0a1b2c'],
      ['', ''],
    ]);
  });
});

describe('JSON and JSONL', () => {
  const text = 'قال 😀 المدير «نعم» ثم غادر.';
  // In text order, as the store keeps them.
  const docs = [exportDocument(documentOf(text, [annotation(text, 'figure', '😀'), annotation(text, 'quote', '«نعم»')]), all)].filter(
    (d) => d !== null,
  );

  it('JSON pieces assemble into one valid, self-describing file', () => {
    const json = serializeAll(header, docs, { format: 'json', bom: true, neutralizeFormulas: true });
    expect(json.charCodeAt(0)).toBe('{'.charCodeAt(0));
    const parsed = ExportFile.parse(JSON.parse(json));
    expect(parsed).toMatchObject({ format: 'isnad-export', version: 1, offsetUnit: 'utf16-code-unit', app: { name: 'Isnad' } });
    expect(parsed.documents[0]?.annotations.map((a) => a.text)).toEqual(['😀', '«نعم»']);
    const empty = JSON.parse(serializeAll(header, [], { format: 'json', bom: true, neutralizeFormulas: true }));
    expect(empty.documents).toEqual([]);
  });

  it('JSON is byte for byte the whole file indented by JSON.stringify, however its documents are cut into pieces', () => {
    // 70 annotations span three pieces of the document's annotations; a title and a note that
    // spell the cut's own key (escaped in the file) must not move the cut; one document has none.
    const tricky = '\n      "annotations": []';
    const long = Array.from({ length: 70 }, (_, i) => `جملة ${i} 😀 «نعم» ${tricky}`).join('\n');
    const spans = [...long.matchAll(/«نعم»/g)].map((m, i) =>
      annotation(long, i % 2 ? 'quote' : 'figure', '«نعم»', { id: `a${i}`, start: m.index, end: m.index + 5, verdict: { note: tricky } }),
    );
    const many = {
      ...documentOf(long, spans, [{ id: 'r1', start: 0, end: 4, kind: 'byline', label: 'x', excluded: false }]),
      title: tricky,
    };
    const none = { ...documentOf('لا شيء هنا.', []), id: 'd2', pages: [0, 3] };
    const documents = [many, none, many].map((d) => exportDocument(d, all)).filter((d) => d !== null);
    expect(documents[0]?.annotations).toHaveLength(70);
    const json = serializeAll(header, documents, { format: 'json', bom: true, neutralizeFormulas: true });
    expect(json).toBe(`${JSON.stringify({ ...header, documents }, null, 2)}\n`);
  });

  it('JSONL has one document per line with doccano’s span form in code points', () => {
    const jsonl = serializeAll(header, [...docs, ...docs], { format: 'jsonl', bom: true, neutralizeFormulas: true });
    const lines = jsonl.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const line = JsonlLine.parse(JSON.parse(lines[0] as string));
    expect(line.label).toEqual([
      [4, 5, 'FIGURE'],
      [13, 18, 'QUOTE'],
    ]);
    expect([...line.text].slice(13, 18).join('')).toBe('«نعم»');
    expect(line.offsetUnit).toBe('utf16-code-unit');
  });
});

describe('export file names', () => {
  it('start with the date and use the title of a single document, Arabic kept, unsafe and bidi-control characters dropped', () => {
    const when = new Date('2024-05-01T10:07:00Z');
    expect(exportFileName('csv', when, 'بيان/وزارة: الصحة\u202e?')).toBe('2024-05-01-1007 بيان وزارة الصحة.csv');
    expect(exportFileName('json', when)).toBe('2024-05-01-1007 isnad-export.json');
    expect(exportFileName('jsonl', when, '...')).toBe('2024-05-01-1007 isnad-export.jsonl');
    expect(exportFileName('csv', when, '.hidden')).toBe('2024-05-01-1007 hidden.csv');
  });
});
