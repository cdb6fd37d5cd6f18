import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CorpusStore } from '../../electron/services/corpus/store';
import { writeExport } from '../../electron/services/exchange/write-export';
import type { ExportFormat } from '../../shared/exchange/options';
import { ExportRequest } from '../../shared/exchange/request';
import type { AnnotationType } from '../../shared/domain/annotation';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from './fixtures';

/** Emoji (astral characters, two UTF-16 units each) before and inside the spans. */
export const EMOJI_ARTICLE = [
  'Fans 🎉🎉 cheered as the mayor 👩🏽‍💼 Amal Haddad spoke.',
  '',
  '“We will open 3 🏫 new schools,” Haddad said 😀 on Friday, adding that 12% 📈 of the budget was set aside.',
].join('\n');

/** Written with Windows line ends: import turns them into LF, and offsets count the LF text. */
export const CRLF_ARTICLE = ['قالت الوزيرة سلمى حداد:', '«سنفتح المعابر', 'خلال 48 ساعة»', '', 'وأضافت حداد أن 1,200 شاحنة تنتظر.'].join(
  '\r\n',
);

export const FORMULA_ARTICLE = 'The post read =HYPERLINK("http://evil.example","Click me") and then +1 and -5 and @admin.';

export interface Mark {
  type: AnnotationType;
  text: string;
  /** Which occurrence of `text` (0-based). */
  nth?: number;
  attributes?: Record<string, unknown>;
  verdict?: Record<string, unknown>;
}

export async function mark(store: CorpusStore, documentId: string, m: Mark): Promise<string> {
  const doc = await store.getDocument(documentId);
  let start = -1;
  for (let i = 0; i <= (m.nth ?? 0); i++) start = doc.text.indexOf(m.text, start + 1);
  if (start < 0) throw new Error(`fixture text not found: ${m.text}`);
  const created = await store.createAnnotation({
    documentId,
    type: m.type,
    start,
    end: start + m.text.length,
    text: m.text,
    attributes: m.attributes ?? {},
    verdict: m.verdict ?? {},
  });
  return created.annotation.id;
}

export interface SeededCorpus {
  arabic: string;
  emoji: string;
  crlf: string;
  formula: string;
  english: string;
  speakerId: string;
  boilerplateFigureId: string;
}

/**
 * A small corpus exercising everything an export must get right: Arabic with a quote
 * linked to a speaker mentioned twice, emoji before and inside spans, text imported with
 * CRLF, a formula-looking quote, and a figure inside an excluded boilerplate region.
 */
export async function seedExchangeCorpus(store: CorpusStore): Promise<SeededCorpus> {
  const arabic = (
    await store.addDocument({
      title: 'بيان وزارة الصحة',
      text: `${ARABIC_ARTICLE}\n\nاقرأ أيضاً: 300 مصاب في حادث آخر`,
      source: { outlet: 'الأسبوع', publishedAt: '2024-03-10', url: 'https://example.org/ar' },
    })
  ).id;
  const speakerId = await mark(store, arabic, {
    type: 'speaker',
    text: 'خالد العمري',
    attributes: { name: 'خالد العمري', role: 'المتحدث باسم الوزارة' },
  });
  await mark(store, arabic, { type: 'speaker', text: 'العمري', nth: 1, attributes: { sameAs: speakerId } });
  await mark(store, arabic, {
    type: 'quote',
    text: '«الوضع تحت السيطرة»',
    attributes: { kind: 'direct', cue: 'قال', speakerId },
    verdict: { status: 'verified', note: 'أكده\nبالهاتف', evidence: ['https://example.org/1', 'https://example.org/2'] },
  });
  await mark(store, arabic, { type: 'figure', text: '120 شخصاً', attributes: { value: 120, unit: 'person', kind: 'count' } });
  await mark(store, arabic, { type: 'figure', text: '48 ساعة', attributes: { value: [48, 48], unit: 'hour', kind: 'duration' } });
  const arabicDoc = await store.getDocument(arabic);
  const boilerplate = arabicDoc.text.indexOf('اقرأ أيضاً');
  await store.updateDocument({
    id: arabic,
    regions: [{ id: 'r1', start: boilerplate, end: arabicDoc.text.length, kind: 'read-also', label: 'اقرأ أيضاً', excluded: true }],
  });
  const boilerplateFigureId = await mark(store, arabic, { type: 'figure', text: '300 مصاب', attributes: { value: 300 } });

  const emoji = (await store.addDocument({ title: 'Emoji 🎉 story', text: EMOJI_ARTICLE })).id;
  const haddad = await mark(store, emoji, { type: 'speaker', text: 'Amal Haddad', attributes: { name: '' } });
  await mark(store, emoji, {
    type: 'quote',
    text: '“We will open 3 🏫 new schools,”',
    attributes: { speakerId: haddad },
    verdict: { status: 'disputed' },
  });
  await mark(store, emoji, { type: 'figure', text: '12% 📈', attributes: { value: 12, kind: 'percent', unit: '%' } });
  await mark(store, emoji, { type: 'speaker', text: '👩🏽‍💼' });

  const crlf = (await store.addDocument({ title: 'CRLF', text: CRLF_ARTICLE })).id;
  const salma = await mark(store, crlf, { type: 'speaker', text: 'سلمى حداد', attributes: { name: 'سلمى حداد' } });
  await mark(store, crlf, { type: 'quote', text: '«سنفتح المعابر\nخلال 48 ساعة»', attributes: { speakerId: salma } });
  await mark(store, crlf, { type: 'figure', text: '1,200 شاحنة', attributes: { value: 1200, kind: 'count' } });

  const formula = (await store.addDocument({ title: 'Formula', text: FORMULA_ARTICLE })).id;
  await mark(store, formula, { type: 'quote', text: '=HYPERLINK("http://evil.example","Click me")' });
  await mark(store, formula, { type: 'figure', text: '+1', attributes: { value: 1 } });
  await mark(store, formula, { type: 'figure', text: '-5', attributes: { value: -5 } });
  await mark(store, formula, { type: 'speaker', text: '@admin' });

  const english = (await store.addDocument({ title: 'Council budget', text: ENGLISH_ARTICLE })).id;
  return { arabic, emoji, crlf, formula, english, speakerId, boilerplateFigureId };
}

/**
 * The store's corpus exported as `format` to `file` through the real writer, boilerplate
 * included unless `filter` says otherwise, and the file's text. `now` pins the export's date
 * where a test compares two exports byte for byte.
 */
export async function exportedText(
  store: CorpusStore,
  format: ExportFormat,
  file: string,
  options: { filter?: object; now?: Date; appVersion?: string } = {},
): Promise<string> {
  const request = ExportRequest.parse({ format, filter: options.filter ?? { includeExcluded: true } });
  await writeExport(store, request, file, { appVersion: options.appVersion ?? '1.0.0', ...(options.now ? { now: options.now } : {}) });
  return readFile(file, 'utf8');
}

/** The seeded corpus, in a store of its own under `dir`, exported to `<dir>/export.<format>` for each format: the files import-back tests send. */
export async function seededExportFiles(dir: string, formats: ReadonlyArray<'json' | 'jsonl'> = ['json', 'jsonl']): Promise<void> {
  const source = await CorpusStore.open(join(dir, 'source'));
  await seedExchangeCorpus(source);
  for (const format of formats) await exportedText(source, format, join(dir, `export.${format}`));
  await source.close();
}
