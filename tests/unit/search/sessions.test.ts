import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import type { SessionClaimView, SessionSummary } from '../../../shared/contract/sessions';
import { IsnadError } from '../../../shared/errors';
import { annotationRows } from '../../../shared/search/rows';
import { mark, seedSpokesmanCorpus } from '../../helpers/search-fixtures';
import { servicesPerTest } from '../../helpers/services-per-test';

const services = servicesPerTest();
const { temp } = services;

async function call<T>(s: Services, name: string, input: unknown): Promise<T> {
  const result = await s.dispatch(name, input);
  if (!result.ok) throw IsnadError.from(result.error);
  return result.value as T;
}

async function setup() {
  const s = await services.open();
  return { s, seed: await seedSpokesmanCorpus(s.ctx.store) };
}

describe('fact-checking sessions', () => {
  it('queues the claims of a filter in document and text order and walks to the next unchecked one', async () => {
    const { s, seed } = await setup();
    const session = await call<SessionSummary>(s, 'startSession', {
      filter: { types: ['figure'], verdicts: ['unchecked'] },
      checkedBy: 'Reem',
    });
    expect(session).toMatchObject({ position: 0, state: 'active', progress: { checked: 0, total: 5, missing: 0 } });
    expect(session.name).toBe('Fact-check: figures, verdict unchecked');
    const first = await call<SessionClaimView>(s, 'getSessionClaim', { id: session.id });
    expect(first.row?.text).toBe('٧٥ عامًا');
    expect(first.context?.text.slice(first.context.claimStart, first.context.claimEnd)).toBe('٧٥ عامًا');

    // A verdict recorded the normal way (updateAnnotation) counts for the session.
    await call(s, 'updateAnnotation', { documentId: seed.documents.diplomacy, id: seed.figures.f2, verdict: { status: 'false' } });
    const moved = await call<SessionSummary>(s, 'moveSession', { id: session.id, step: 'next-unchecked' });
    expect(moved.position).toBe(2);
    expect(moved.progress.checked).toBe(1);

    // A claim deleted meanwhile shows as missing instead of breaking the session.
    await s.ctx.store.deleteAnnotation({ documentId: seed.documents.cairo, id: seed.figures.f3 });
    const gone = await call<SessionClaimView>(s, 'getSessionClaim', { id: session.id, position: 2 });
    expect(gone).toMatchObject({ missing: true, row: null });
    expect((await call<SessionSummary[]>(s, 'listSessions', {}))[0]?.progress).toEqual({ checked: 1, total: 5, missing: 1 });
  });

  it('refuses an empty queue, a position outside the session and an unknown session, changing nothing', async () => {
    const { s } = await setup();
    await expect(call(s, 'startSession', { filter: { speaker: 'nobody at all' } })).rejects.toMatchObject({
      code: 'invalid_input',
      message: /nothing to check/,
    });
    await expect(call(s, 'startSession', { filter: { types: ['claim'] } })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'filter.types.0',
    });
    await expect(call(s, 'startSession', { filter: { bogus: 1 } })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await call(s, 'listSessions', {})).toEqual([]);
    const session = await call<SessionSummary>(s, 'startSession', { filter: { types: ['quote'] } });
    await expect(call(s, 'moveSession', { id: session.id, position: 4 })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'position',
    });
    await expect(call(s, 'getSessionClaim', { id: 'c-nope' })).rejects.toMatchObject({ code: 'not_found' });
    expect((await call<SessionSummary[]>(s, 'listSessions', {}))[0]?.position).toBe(0);
  });

  it('writes a report whose offsets re-find each claim in UTF-16 and in code points', async () => {
    const { s, seed } = await setup();
    // An emoji before the claim makes the two offset units differ.
    const text = '😀😀 The ministry counted 42 dead.';
    const doc = await s.ctx.store.addDocument({ title: 'Emoji', text });
    await mark(s.ctx.store, doc.id, 'figure', '42 dead', { value: 42 });
    const session = await call<SessionSummary>(s, 'startSession', {
      filter: { types: ['figure'], documentIds: [doc.id, seed.documents.state] },
    });
    const file = await call<{ downloadId: string; fileName: string }>(s, 'exportSessionReport', { id: session.id, format: 'json' });
    const report = JSON.parse(await readFile(s.ctx.downloads.get(file.downloadId).path, 'utf-8'));
    const emoji = report.claims.find((c: { documentId: string }) => c.documentId === doc.id);
    expect(emoji).toMatchObject({ text: '42 dead', startUtf16: text.indexOf('42') });
    expect(emoji.startCodePoint).toBe(emoji.startUtf16 - 2);
    expect(text.slice(emoji.startUtf16, emoji.endUtf16)).toBe('42 dead');
    expect([...text].slice(emoji.startCodePoint, emoji.endCodePoint).join('')).toBe('42 dead');
    expect(file.fileName).toMatch(/^Fact-check figures, in 2 documents\.json$/);
  });
  it('writes a CSV report a spreadsheet opens safely: BOM, Arabic intact, notes with line breaks kept, formulas defused', async () => {
    const { s } = await setup();
    const text = 'قال المتحدث إن ٤٢ شخصاً قتلوا.';
    const doc = await s.ctx.store.addDocument({ title: 'تقرير', text });
    const id = await mark(s.ctx.store, doc.id, 'figure', '٤٢ شخصاً', { value: 42 });
    await call(s, 'updateAnnotation', {
      documentId: doc.id,
      id,
      verdict: { status: 'disputed', note: '=HYPERLINK("http://x")\nsecond line' },
    });
    const session = await call<SessionSummary>(s, 'startSession', { filter: { types: ['figure'], documentIds: [doc.id] } });
    const file = await call<{ downloadId: string }>(s, 'exportSessionReport', { id: session.id, format: 'csv' });
    const raw = await readFile(s.ctx.downloads.get(file.downloadId).path, 'utf-8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(raw.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(1);
    const row = parsed.data[0]!;
    expect(row.text).toBe('٤٢ شخصاً');
    expect(row.note).toBe(`'=HYPERLINK("http://x")\nsecond line`);
    expect(text.slice(Number(row.start_utf16), Number(row.end_utf16))).toBe('٤٢ شخصاً');
    expect([...text].slice(Number(row.start_code_point), Number(row.end_code_point)).join('')).toBe('٤٢ شخصاً');
  });
});

describe('session reports in the desktop app', () => {
  it('are written where the save dialog says, and not at all when it is cancelled', async () => {
    const dir = await temp.make();
    let answer: string | null = `${dir}/report.html`;
    const { openServices } = await import('../../../electron/services/api');
    const s = await openServices({
      corpusDir: `${dir}/corpus`,
      mode: 'desktop',
      version: 't',
      log: () => {},
      saveDialog: async () => answer,
    });
    services.track(s);
    await seedSpokesmanCorpus(s.ctx.store);
    const session = await call<SessionSummary>(s, 'startSession', { filter: { types: ['quote'] } });
    const saved = await call<{ savedTo: string; downloadId: string }>(s, 'exportSessionReport', { id: session.id, format: 'html' });
    expect(saved).toMatchObject({ savedTo: `${dir}/report.html`, downloadId: '' });
    expect(await readFile(saved.savedTo, 'utf-8')).toContain('«الوضع تحت السيطرة»');
    answer = null;
    expect(await call(s, 'exportSessionReport', { id: session.id, format: 'csv' })).toMatchObject({ savedTo: '', downloadId: '' });
  });
});

describe('annotation rows', () => {
  it('attributes a figure inside a quote to the quote’s speaker, and follows "same as" to the registry link', async () => {
    const s = await services.open();
    const doc = await s.ctx.store.addDocument({ text: 'Maria Lopez said "we cut 30 percent". Lopez added more.' });
    const speaker = await mark(s.ctx.store, doc.id, 'speaker', 'Maria Lopez', { name: 'Maria Lopez', registryId: 's1' });
    const again = await mark(s.ctx.store, doc.id, 'speaker', 'Lopez', { sameAs: speaker }, 'percent"');
    await mark(s.ctx.store, doc.id, 'quote', '"we cut 30 percent"', { speakerId: again });
    await mark(s.ctx.store, doc.id, 'figure', '30 percent', { value: 30, unit: '%' });
    const rows = annotationRows(await s.ctx.store.getDocument(doc.id));
    const figure = rows.find((r) => r.type === 'figure');
    expect(figure?.speaker).toMatchObject({ annotationId: again, name: 'Maria Lopez', registryId: 's1' });
    expect(figure?.detail).toBe('30 %');
  });

  it('shows figure values in the table as on the cards: grouped thousands, a day without year as a date', async () => {
    const { s } = await setup();
    const doc = await s.ctx.store.addDocument({ text: 'قتل 1200 شخص منذ 7 أكتوبر.' });
    await mark(s.ctx.store, doc.id, 'figure', '1200 شخص', { value: 1200, counts: 'people killed' });
    await mark(s.ctx.store, doc.id, 'figure', '7 أكتوبر', { value: '--10-07' });
    const rows = annotationRows(await s.ctx.store.getDocument(doc.id));
    expect(rows.map((r) => r.detail)).toEqual(['1,200 people killed', 'Oct 7, no year']);
  });
});
