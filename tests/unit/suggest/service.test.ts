import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import type { AcceptResult, SuggestionsResult } from '../../../shared/contract/suggestions';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Document } from '../../../shared/domain/document';
import type { QuoteSuggestion, SpeakerSuggestion, Suggestion } from '../../../shared/domain/suggestion';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const ARTICLE = [
  'وقال المتحدث باسم الوزارة خالد العمري إن «الوضع تحت السيطرة تماماً».',
  'وأضاف العمري أن الفرق الطبية تعمل منذ 48 ساعة دون توقف.',
  'اقرأ أيضاً: الوزير يعلن وصول 300 ألف جرعة في 5 مايو',
].join('\n');

const temp = tempDirs();
const open: Services[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

async function start(dir?: string) {
  const corpus = dir ?? (await temp.make());
  const services = await openTestServices(corpus);
  open.push(services);
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await services.dispatch(name, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as T;
  };
  return { corpus, services, call };
}

async function failure(services: Services, name: string, input: unknown) {
  const result = await services.dispatch(name, input);
  expect(result.ok, `${name} should fail`).toBe(false);
  return result.ok ? null : result.error;
}

const quoteOf = (list: Suggestion[], text: string) =>
  list.find((s): s is QuoteSuggestion => s.type === 'quote' && s.text === text) as QuoteSuggestion;
const speakerOf = (list: Suggestion[], id: string | null) => list.find((s): s is SpeakerSuggestion => s.id === id) as SpeakerSuggestion;

describe('suggestion operations on a real corpus', () => {
  it('suggests on a stored document and leaves excluded regions alone', async () => {
    const { call } = await start();
    const doc = await call<Document>('addDocument', { text: ARTICLE });
    const all = await call<SuggestionsResult>('suggestAnnotations', { documentId: doc.id });
    expect(all.revision).toBe(doc.revision);
    expect(all.suggestions.some((s) => s.text === '5 مايو')).toBe(true);

    const boiler = doc.text.indexOf('اقرأ أيضاً');
    await call('updateDocument', { id: doc.id, regions: [{ id: 'r1', start: boiler, end: doc.text.length, kind: 'read-also' }] });
    const after = await call<SuggestionsResult>('suggestAnnotations', { documentId: doc.id });
    expect(after.suggestions.every((s) => s.end <= boiler)).toBe(true);
    expect(after.suggestions.map((s) => s.text)).toContain('48 ساعة');

    // A region that is not excluded changes nothing.
    await call('updateDocument', {
      id: doc.id,
      regions: [{ id: 'r1', start: boiler, end: doc.text.length, kind: 'note', excluded: false }],
    });
    expect((await call<SuggestionsResult>('suggestAnnotations', { documentId: doc.id })).suggestions).toEqual(all.suggestions);
  });

  it('remembers a rejection across a restart, and restoring it brings the suggestion back', async () => {
    const first = await start();
    const doc = await first.call<Document>('addDocument', { text: ARTICLE });
    const { suggestions } = await first.call<SuggestionsResult>('suggestAnnotations', { documentId: doc.id });
    const figure = suggestions.find((s) => s.text === '48 ساعة') as Suggestion;
    const rejected = await first.call<{ rejected: number }>('rejectSuggestion', {
      documentId: doc.id,
      type: figure.type,
      start: figure.start,
      end: figure.end,
      text: figure.text,
    });
    expect(rejected.rejected).toBe(1);
    await first.services.close();
    open.splice(open.indexOf(first.services), 1);

    const second = await start(first.corpus);
    const again = await second.call<SuggestionsResult>('suggestAnnotations', { documentId: doc.id });
    expect(again.suggestions.map((s) => s.id)).not.toContain(figure.id);
    expect(again.suggestions).toHaveLength(suggestions.length - 1);
    // Rejecting twice stores it once.
    await second.call('rejectSuggestion', {
      documentId: doc.id,
      type: figure.type,
      start: figure.start,
      end: figure.end,
      text: figure.text,
    });
    expect((await second.call<Document>('getDocument', { id: doc.id })).rejectedSuggestions).toHaveLength(1);

    // The document screen asks for everything and filters itself, so undo can bring one back.
    const everything = await second.call<SuggestionsResult>('suggestAnnotations', { documentId: doc.id, includeReviewed: true });
    expect(everything.suggestions).toEqual(suggestions);

    await second.call('restoreSuggestion', {
      documentId: doc.id,
      type: figure.type,
      start: figure.start,
      end: figure.end,
      text: figure.text,
    });
    expect((await second.call<SuggestionsResult>('suggestAnnotations', { documentId: doc.id })).suggestions.map((s) => s.id)).toContain(
      figure.id,
    );
  });

  it('accepts a quote with its speaker, keeping the link, and never duplicates', async () => {
    const { call } = await start();
    const doc = await call<Document>('addDocument', { text: ARTICLE });
    const { suggestions } = await call<SuggestionsResult>('suggestAnnotations', { documentId: doc.id });
    const quote = quoteOf(suggestions, 'الوضع تحت السيطرة تماماً');
    const speaker = speakerOf(suggestions, quote.attributes.speakerId);
    expect(speaker.text).toBe('خالد العمري');

    const accepted = await call<AcceptResult>('acceptSuggestions', { documentId: doc.id, suggestions: [quote, speaker] });
    expect(accepted.skipped).toEqual([]);
    const q = accepted.annotations.find((a) => a.type === 'quote') as Extract<Annotation, { type: 'quote' }>;
    const s = accepted.annotations.find((a) => a.type === 'speaker') as Extract<Annotation, { type: 'speaker' }>;
    expect(q).toMatchObject({
      origin: 'suggested',
      text: quote.text,
      start: quote.start,
      attributes: { kind: 'direct', cue: 'وقال', speakerId: s.id },
    });
    expect(s).toMatchObject({ origin: 'suggested', attributes: { name: 'خالد العمري', role: 'المتحدث باسم الوزارة', sameAs: null } });

    const stored = await call<Document>('getDocument', { id: doc.id });
    expect(stored.annotations.map((a) => a.id).sort()).toEqual([q.id, s.id].sort());

    // They are no longer suggested, and accepting them again creates nothing.
    const next = await call<SuggestionsResult>('suggestAnnotations', { documentId: doc.id });
    expect(next.suggestions.map((x) => x.id)).not.toContain(quote.id);
    expect(next.suggestions.map((x) => x.id)).not.toContain(speaker.id);
    const again = await call<AcceptResult>('acceptSuggestions', { documentId: doc.id, suggestions: [quote, speaker] });
    expect(again.annotations).toEqual([]);
    expect(again.skipped.map((x) => x.existingId).sort()).toEqual([q.id, s.id].sort());
    expect((await call<Document>('getDocument', { id: doc.id })).annotations).toHaveLength(2);

    // The later quote by the same speaker now points at the accepted speaker annotation.
    const later = next.suggestions.find(
      (x): x is QuoteSuggestion => x.type === 'quote' && x.text.startsWith('الفرق الطبية'),
    ) as QuoteSuggestion;
    const laterSpeaker = speakerOf(next.suggestions, later.attributes.speakerId);
    expect(laterSpeaker.attributes.sameAs).toBe(s.id);
    const both = await call<AcceptResult>('acceptSuggestions', { documentId: doc.id, suggestions: [later, laterSpeaker] });
    const laterSpeakerAnnotation = both.annotations.find((a) => a.type === 'speaker');
    expect(laterSpeakerAnnotation?.attributes).toMatchObject({ sameAs: s.id });
  });

  it('clears the link when only the quote is accepted, and links to a speaker the journalist marked by hand', async () => {
    const { call } = await start();
    const doc = await call<Document>('addDocument', { text: ARTICLE });
    const { suggestions } = await call<SuggestionsResult>('suggestAnnotations', { documentId: doc.id });
    const quote = quoteOf(suggestions, 'الوضع تحت السيطرة تماماً');
    const alone = await call<AcceptResult>('acceptSuggestions', { documentId: doc.id, suggestions: [quote] });
    expect(alone.annotations[0]?.attributes).toMatchObject({ speakerId: null });

    const manualStart = doc.text.indexOf('العمري', doc.text.indexOf('وأضاف'));
    const manual = await call<{ annotation: Annotation }>('createAnnotation', {
      documentId: doc.id,
      type: 'speaker',
      start: manualStart,
      end: manualStart + 'العمري'.length,
      text: 'العمري',
    });
    const next = await call<SuggestionsResult>('suggestAnnotations', { documentId: doc.id });
    const later = next.suggestions.find(
      (x): x is QuoteSuggestion => x.type === 'quote' && x.text.startsWith('الفرق الطبية'),
    ) as QuoteSuggestion;
    expect(later.attributes.speakerId).toBe(manual.annotation.id);
    const accepted = await call<AcceptResult>('acceptSuggestions', { documentId: doc.id, suggestions: [later] });
    expect(accepted.annotations[0]?.attributes).toMatchObject({ speakerId: manual.annotation.id });
  });

  it('refuses bad input clearly and writes nothing', async () => {
    const { call, services, corpus } = await start();
    const doc = await call<Document>('addDocument', { text: ARTICLE });
    const { suggestions } = await call<SuggestionsResult>('suggestAnnotations', { documentId: doc.id });
    await services.ctx.store.flush();
    const file = join(corpus, 'documents', `${doc.id}.json`);
    const before = await readFile(file, 'utf-8');

    expect(await failure(services, 'suggestAnnotations', { documentId: 'nope' })).toMatchObject({ code: 'not_found' });
    expect(await failure(services, 'suggestAnnotations', { documentId: doc.id, types: ['opinion'] })).toMatchObject({
      code: 'invalid_input',
      field: 'types.0',
    });
    expect(await failure(services, 'suggestAnnotations', { documentId: doc.id, includeReviewed: 'yes' })).toMatchObject({
      code: 'invalid_input',
      field: 'includeReviewed',
    });
    expect(await failure(services, 'acceptSuggestions', { documentId: doc.id, suggestions: [] })).toMatchObject({
      code: 'invalid_input',
      field: 'suggestions',
    });
    const stale = { ...(suggestions[0] as Suggestion), text: 'نص آخر' };
    expect(await failure(services, 'acceptSuggestions', { documentId: doc.id, suggestions: [suggestions[1], stale] })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/no longer matches/),
    });
    expect(
      await failure(services, 'acceptSuggestions', { documentId: doc.id, suggestions: [{ ...suggestions[0], confidence: 7 }] }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(
      await failure(services, 'rejectSuggestion', { documentId: doc.id, type: 'figure', start: 0, end: 4, text: 'خطأ' }),
    ).toMatchObject({ code: 'invalid_input', field: 'text' });
    expect(
      await failure(services, 'rejectSuggestion', { documentId: doc.id, type: 'figure', start: 5, end: 99_999, text: 'x' }),
    ).toMatchObject({ code: 'invalid_input', field: 'end' });

    await services.ctx.store.flush();
    expect(await readFile(file, 'utf-8')).toBe(before);
  });

  it('opens a corpus written before rejections existed', async () => {
    const first = await start();
    const doc = await first.call<Document>('addDocument', { text: ARTICLE });
    await first.services.close();
    open.splice(open.indexOf(first.services), 1);
    const file = join(first.corpus, 'documents', `${doc.id}.json`);
    const raw = JSON.parse(await readFile(file, 'utf-8'));
    delete raw.rejectedSuggestions;
    await writeFile(file, JSON.stringify(raw));

    const second = await start(first.corpus);
    expect((await second.call<Document>('getDocument', { id: doc.id })).rejectedSuggestions).toEqual([]);
    expect((await second.call<SuggestionsResult>('suggestAnnotations', { documentId: doc.id })).suggestions.length).toBeGreaterThan(3);
  });
});
