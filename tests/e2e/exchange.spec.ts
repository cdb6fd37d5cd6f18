import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../helpers/fixtures';
import { type Server, expect, startServer, test } from './serve';
import { chooseFromMore } from './toolbar';

/** Calls the real HTTP API the way the renderer does, to set up annotations the UI of another feature makes. */
async function apiCall<T>(server: Server, name: string, input: unknown): Promise<T> {
  const url = new URL(server.url);
  const response = await fetch(`${url.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-isnad-token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error?.message}`);
  return envelope.value;
}

async function annotate(server: Server, documentId: string, text: string, type: string, needle: string, extra: object = {}) {
  const start = text.indexOf(needle);
  const created = await apiCall<{ annotation: { id: string } }>(server, 'createAnnotation', {
    documentId,
    type,
    start,
    end: start + needle.length,
    text: needle,
    ...extra,
  });
  return created.annotation.id;
}

async function seed(server: Server) {
  const ar = await apiCall<{ id: string; text: string }>(server, 'addDocument', { title: 'بيان وزارة الصحة', text: ARABIC_ARTICLE });
  const speaker = await annotate(server, ar.id, ar.text, 'speaker', 'خالد العمري', { attributes: { name: 'خالد العمري' } });
  await annotate(server, ar.id, ar.text, 'quote', '«الوضع تحت السيطرة»', {
    attributes: { speakerId: speaker },
    verdict: { status: 'verified', note: 'تم التأكد' },
  });
  await annotate(server, ar.id, ar.text, 'figure', '120 شخصاً', { attributes: { value: 120, kind: 'count' } });
  const en = await apiCall<{ id: string; text: string }>(server, 'addDocument', { title: 'Council budget', text: ENGLISH_ARTICLE });
  await annotate(server, en.id, en.text, 'quote', '"We listened to every neighbourhood,"');
  await annotate(server, en.id, en.text, 'figure', '30 percent', { attributes: { value: 30, kind: 'percent' } });
  return { ar, en };
}

async function exportVia(page: Page, dir: string, name: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const path = join(dir, name);
  await download.saveAs(path);
  return path;
}

/** Exports the seeded corpus in `format` through the Export dialog, then opens Import dataset…: the file and the dialog. */
async function exportThenOpenImport(page: Page, server: Server, dir: string, format: RegExp, name: string) {
  await seed(server);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('dialog', { name: 'Export' }).getByRole('radio', { name: format }).check();
  const file = await exportVia(page, dir, name);
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Close' }).click();
  await chooseFromMore(page, 'Import dataset…');
  return { file, dialog: page.getByRole('dialog', { name: 'Import dataset' }) };
}

test('Ctrl+E exports the open Arabic document as CSV: BOM, Arabic intact, in the right columns', async ({
  page,
  server,
  problems,
}, info) => {
  await seed(server);
  await page.goto(server.url);
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: /بيان وزارة الصحة/ })
    .click();
  await expect(page.getByRole('article', { name: 'بيان وزارة الصحة' })).toBeVisible();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /Current document: بيان وزارة الصحة/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /^CSV/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /Byte-order mark/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /Neutralize formulas/ })).toBeChecked();
  await page.screenshot({ path: info.outputPath('export-dialog.png') });

  const file = await exportVia(page, info.outputDir, 'ar.csv');
  await expect(dialog.getByRole('status')).toContainText('Exported 3 annotations from 1 document.');
  await expect(dialog.getByRole('link', { name: /Download \d{4}-\d\d-\d\d-\d{4} بيان وزارة الصحة\.csv/ })).toBeVisible();
  await page.screenshot({ path: info.outputPath('export-done.png') });

  const bytes = await readFile(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
  expect(rows.map((r) => [r.type, r.text, r.speaker_name, r.verdict])).toEqual([
    ['figure', '120 شخصاً', '', 'unchecked'],
    ['speaker', 'خالد العمري', 'خالد العمري', 'unchecked'],
    ['quote', '«الوضع تحت السيطرة»', 'خالد العمري', 'verified'],
  ]);
  expect(rows[2]).toMatchObject({ document_title: 'بيان وزارة الصحة', verdict_note: 'تم التأكد' });
  expect(problems).toEqual([]);
});

test('the toolbar Export button exports only the annotations matching the chosen type and verdict filters', async ({
  page,
  server,
  problems,
}, info) => {
  await seed(server);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: /Whole corpus \(2 documents, 5 annotations\)/ })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Annotations matching filters' }).check();
  const types = dialog.getByRole('group', { name: 'Types' });
  for (const t of ['Quotes', 'Speakers', 'Figures']) await types.getByRole('checkbox', { name: t }).uncheck();
  await expect(dialog.getByText('Choose at least one annotation type.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
  await types.getByRole('checkbox', { name: 'Quotes' }).check();
  const verdicts = dialog.getByRole('group', { name: 'Verdicts' });
  for (const v of ['unchecked', 'disputed', 'false', 'unverifiable']) await verdicts.getByRole('checkbox', { name: v }).uncheck();
  await dialog.getByRole('radio', { name: /^JSON —/ }).check();
  await expect(dialog.getByRole('checkbox', { name: /Byte-order mark/ })).toBeDisabled();
  await page.screenshot({ path: info.outputPath('export-filters.png') });

  const exported = JSON.parse(await readFile(await exportVia(page, info.outputDir, 'verified-quotes.json'), 'utf8'));
  expect(exported).toMatchObject({
    format: 'isnad-export',
    offsetUnit: 'utf16-code-unit',
    filter: { types: ['quote'], verdicts: ['verified'] },
  });
  expect(exported.documents).toHaveLength(1);
  expect(exported.documents[0].annotations.map((a: { text: string; speaker: { name: string } }) => [a.text, a.speaker.name])).toEqual([
    ['«الوضع تحت السيطرة»', 'خالد العمري'],
  ]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(problems).toEqual([]);
});

test('chosen documents: filter the list by title, choose, and export them as JSONL', async ({ page, server, problems }, info) => {
  const { ar } = await seed(server);
  await apiCall(server, 'addDocument', { title: 'تقرير ثالث', text: 'نص قصير ثالث للتجربة.' });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /Chosen documents/ }).check();
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
  const list = dialog.getByRole('group', { name: 'Documents to export' });
  await expect(list.getByRole('checkbox')).toHaveCount(3);
  await dialog.getByLabel('Filter documents by title').fill('وزارة');
  await expect(list.getByRole('checkbox')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Choose all shown' }).click();
  await dialog.getByLabel('Filter documents by title').fill('');
  await list.getByRole('checkbox', { name: /تقرير ثالث/ }).check();
  await expect(dialog.getByText('(2 chosen)')).toBeVisible();
  await dialog.getByRole('radio', { name: /^JSONL/ }).check();
  const lines = (await readFile(await exportVia(page, info.outputDir, 'chosen.jsonl'), 'utf8')).trimEnd().split('\n');
  const docs = lines.map((l) => JSON.parse(l) as { id: string; title: string; label: unknown[] });
  expect(docs.map((d) => [d.title, d.label.length])).toEqual([
    ['بيان وزارة الصحة', 3],
    ['تقرير ثالث', 0],
  ]);
  expect(docs[0]?.id).toBe(ar.id);
  expect(problems).toEqual([]);
});

test('Import dataset… asks about conflicts, imports copies, and refuses broken or newer files clearly', async ({
  page,
  server,
  problems,
}, info) => {
  const { file, dialog } = await exportThenOpenImport(page, server, info.outputDir, /^JSON —/, 'corpus.json');
  const broken = info.outputPath('broken.json');
  await writeFile(broken, '{"format": "isnad-export", "version": 1, "documents": [');
  await dialog.getByLabel('Export file (.json, .jsonl)').setInputFiles(broken);
  await expect(dialog.getByRole('alert')).toContainText('broken.json is not valid JSON');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  const newer = info.outputPath('newer.json');
  await writeFile(newer, JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), version: 2 }));
  await dialog.getByLabel('Export file (.json, .jsonl)').setInputFiles(newer);
  await expect(dialog.getByRole('alert')).toContainText('written by a newer Isnad (export format version 2)');
  await page.screenshot({ path: info.outputPath('import-error.png') });

  await dialog.getByLabel('Export file (.json, .jsonl)').setInputFiles(file);
  await expect(dialog.getByRole('status')).toContainText('2 documents, 5 annotations');
  const conflicts = dialog.getByRole('group', { name: '2 documents are already in the corpus' });
  await expect(conflicts).toContainText('بيان وزارة الصحة');
  await expect(conflicts.getByRole('radio', { name: /Skip them/ })).toBeChecked();
  await conflicts.getByRole('radio', { name: /Import them as copies/ }).check();
  await page.screenshot({ path: info.outputPath('import-conflicts.png') });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Dataset imported' })).toContainText('2 documents, 5 annotations (2 as copies)');
  const documents = page.getByRole('list', { name: 'Documents' });
  await expect(documents.getByRole('button')).toHaveCount(4);
  await expect(documents.getByRole('button', { name: /بيان وزارة الصحة/ })).toHaveCount(2);
  for (const button of await documents.getByRole('button', { name: /بيان وزارة الصحة/ }).all()) {
    await expect(button).toContainText('3 annotations');
  }
  expect(problems).toEqual([]);
});

test('Import dataset… takes a JSONL export back, and names the line of a broken one', async ({ page, server, problems }, info) => {
  const { file, dialog } = await exportThenOpenImport(page, server, info.outputDir, /^JSONL/, 'corpus.jsonl');
  const lines = (await readFile(file, 'utf8')).split('\n');
  const broken = info.outputPath('broken.jsonl');
  await writeFile(broken, [lines[0], '{"format": "isnad-export", "version": 1,', ...lines.slice(1)].join('\n'));
  await dialog.getByLabel('Export file (.json, .jsonl)').setInputFiles(broken);
  await expect(dialog.getByRole('alert')).toContainText('broken.jsonl is not valid JSON (line 2');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

  await dialog.getByLabel('Export file (.json, .jsonl)').setInputFiles(file);
  await expect(dialog.getByRole('status')).toContainText('2 documents, 5 annotations, one document per line');
  await page.screenshot({ path: info.outputPath('import-jsonl.png') });
  await dialog.getByRole('radio', { name: /Import them as copies/ }).check();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Dataset imported' })).toContainText('2 documents, 5 annotations (2 as copies)');
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /بيان وزارة الصحة/ })).toHaveCount(2);
  expect(problems).toEqual([]);
});

test("Import dataset… uploads the file itself in browser mode: one over the host's cap is refused with the way out, a smaller one imports", async ({
  page,
  corpusDir,
  problems,
}, info) => {
  // The cap lowered to 50 KB for the test (ISNAD_MAX_DATASET_MB), so a file over it stays small.
  const server = await startServer(corpusDir, undefined, { env: { ISNAD_MAX_DATASET_MB: '0.05' } });
  try {
    const { file, dialog } = await exportThenOpenImport(page, server, info.outputDir, /^JSON —/, 'corpus.json');
    // The same export with blank space after it (still valid JSON), past the cap.
    const big = info.outputPath('big.json');
    await writeFile(big, `${await readFile(file, 'utf8')}${' '.repeat(60 * 1024)}`);
    await dialog.getByLabel('Export file (.json, .jsonl)').setInputFiles(big);
    await expect(dialog.getByRole('alert')).toContainText(
      'big.json is larger than 0.05 MB, the most browser mode takes; import it with the command line: isnad import "big.json" --corpus DIR',
    );
    await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    await page.screenshot({ path: info.outputPath('import-too-large.png') });

    await dialog.getByLabel('Export file (.json, .jsonl)').setInputFiles(file);
    await expect(dialog.getByRole('status')).toContainText('2 documents, 5 annotations');
    await dialog.getByRole('radio', { name: /Import them as copies/ }).check();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Dataset imported' })).toContainText(
      '2 documents, 5 annotations (2 as copies)',
    );
    await expect(page.getByRole('list', { name: 'Documents' }).getByRole('button')).toHaveCount(4);
    expect(problems).toEqual([]);
  } finally {
    await server.stop();
  }
});

test('"Export these…" writes every row of the annotations table, also those inside an excluded region', async ({
  page,
  server,
  problems,
}, info) => {
  const { ar } = await seed(server);
  // The first paragraph (with the figure "120 شخصاً") becomes boilerplate, as import marks "read also" lines.
  const end = ar.text.indexOf('\n');
  await apiCall(server, 'updateDocument', { id: ar.id, regions: [{ id: 'r1', start: 0, end, kind: 'read-also', label: 'اقرأ أيضاً' }] });
  await page.goto(server.url);
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Annotations' }).click();
  await page.getByRole('group', { name: 'Filters' }).getByRole('group', { name: 'Type' }).getByRole('button', { name: 'Figures' }).click();
  await expect(page.getByRole('status').filter({ hasText: /annotations? in/ })).toContainText('2 annotations in 2 documents');

  await page.getByRole('button', { name: 'Export these…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: 'The annotations table: 2 annotations' })).toBeChecked();
  // The scope lists the boilerplate row, so the option shows it kept rather than silently dropping it.
  await expect(dialog.getByRole('checkbox', { name: /Include annotations inside excluded regions/ })).toBeChecked();
  await page.screenshot({ path: info.outputPath('export-these.png') });
  const bytes = await readFile(await exportVia(page, info.outputDir, 'table.csv'));
  await expect(dialog.getByRole('status')).toContainText('Exported 2 annotations from 2 documents.');
  const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
  expect(rows.map((r) => r.text).sort()).toEqual(['120 شخصاً', '30 percent']);
  expect(problems).toEqual([]);
});
