import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Locator, Page, Route } from '@playwright/test';
import { paintedPieces } from '../highlights';
import { type Server, expect, test } from '../serve';
import { TITLE, annotate, shot, twoLayers } from './fixtures';

test.use({ viewport: { width: 1400, height: 900 } });

test('layers side by side in Arabic: my layer edited, colleagues read-only, each in their own style', async ({
  page,
  server,
  problems,
}) => {
  await twoLayers(server);
  await page.goto(server.url);
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: new RegExp(TITLE) })
    .click();
  const picker = page.getByRole('group', { name: 'Layers' });
  await expect(picker).toContainText('Sara Nasser');
  await picker.getByRole('checkbox', { name: /Layla Haddad/ }).check();
  await picker.getByRole('checkbox', { name: /Omar Said/ }).check();
  const column = page.getByRole('complementary', { name: /Colleagues’ layers/ });
  await expect(column.getByRole('region', { name: 'Layla Haddad’s layer' }).getByRole('button')).toHaveCount(4);
  await expect(column.getByRole('region', { name: 'Omar Said’s layer' }).getByRole('button')).toHaveCount(3);
  // Drawn over the text in two styles, and not editable: a click on a colleague's card only shows the place.
  const painted = async (prefix: string) => (await paintedPieces(page)).filter((p) => p.name.startsWith(prefix)).length;
  await expect.poll(() => painted('isnad-layer-layer-0-')).toBeGreaterThan(0);
  await expect.poll(() => painted('isnad-layer-layer-1-')).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Hide' }).click();
  await shot(page, 'desk-layers-arabic');
  await column.getByRole('button', { name: /Omar Said: Figure: 75/ }).click();
  await expect(page.getByRole('complementary', { name: 'Annotation panel' }).locator('[data-card-id]')).toHaveCount(0);
  // Hiding a layer takes its spans away.
  await picker.getByRole('checkbox', { name: /Omar Said/ }).uncheck();
  await expect.poll(() => painted('isnad-layer-layer-1-')).toBe(0);
  expect(problems).toEqual([]);
});

async function openAdjudication(page: Page, server: Server) {
  await page.goto(server.url);
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: new RegExp(TITLE) })
    .click();
  await page.getByRole('group', { name: 'Layers' }).getByRole('button', { name: 'Adjudicate…' }).click();
  return page.getByRole('region', { name: 'Adjudication' });
}

async function exportCurated(page: Page, view: Locator, format: RegExp, path: string): Promise<string> {
  await view.getByRole('button', { name: 'Export curated…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: /^Curated —/ })).toBeChecked();
  await dialog.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  await download.saveAs(path);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
}

test('adjudication end to end: two layers differ; an editor accepts A, accepts B and edits its attributes, leaves one out; all of it survives a reload and is exactly the curated export', async ({
  page,
  server,
  problems,
}, info) => {
  await twoLayers(server);
  const view = await openAdjudication(page, server);
  const status = view.getByRole('status');
  await expect(status).toHaveText('0 of 3 settled · 1 agreed');
  const rows = view.getByRole('list', { name: 'Disagreements' }).getByRole('button');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('different boundaries');
  await expect(rows.nth(1)).toContainText('different verdicts');
  await expect(rows.nth(2)).toContainText('only one marked it');
  await shot(page, 'desk-adjudication');

  // 1) The quote: Layla's (A, key 1), the longer one.
  await view.press('1');
  await expect(status).toHaveText('1 of 3 settled · 1 agreed');
  // 2) The figure: Layla's "verified" (1), undone (Ctrl+Z), then Omar's "false" (2).
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
  await view.press('1');
  await expect(status).toHaveText('2 of 3 settled · 1 agreed');
  await view.press('Control+z');
  await expect(status).toHaveText('1 of 3 settled · 1 agreed');
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
  await view.press('ArrowDown');
  await expect(rows.nth(2)).toHaveAttribute('aria-current', 'true');
  await view.press('ArrowUp');
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
  await view.press('2');
  await expect(status).toHaveText('2 of 3 settled · 1 agreed');
  // Omar's attributes came with it; the editor sets the unit and writes why in the note.
  const curated = view.getByRole('article', { name: /^Curated/ });
  await rows.nth(1).click();
  await expect(curated.getByLabel('Value')).toHaveValue('75');
  await expect(curated.getByLabel('Kind', { exact: true })).toHaveValue('count');
  await expect(curated.getByLabel('Curated verdict')).toHaveValue('false');
  // The verdict reads as a word, not as a message id.
  await expect(curated.getByLabel('Curated verdict').locator('option:checked')).toHaveText('False');
  await curated.getByLabel('Unit').fill('شخص');
  await curated.getByLabel('Unit').press('Enter');
  await curated.getByLabel('Verdict note').fill('المستشفى أحصى 70 ضحية');
  await curated.getByLabel('Verdict note').blur();
  await expect(curated).toHaveAttribute('aria-label', 'Curated · edited');
  await shot(page, 'desk-adjudication-curated-fields');
  // 3) The quote only Layla marked: left out (X), undone and redone, then the view is reloaded.
  await rows.nth(2).click();
  await view.press('x');
  await expect(status).toHaveText('3 of 3 settled · 1 agreed');
  await expect(curated).toContainText('Left out of the curated layer.');
  await view.press('Control+z');
  await expect(status).toHaveText('2 of 3 settled · 1 agreed');
  await view.press('Control+Shift+z');
  await expect(status).toHaveText('3 of 3 settled · 1 agreed');
  await shot(page, 'desk-adjudication-settled');

  // The decisions survive a reload, "leave out" included: they are in the curated layer on disk.
  await page.reload();
  const again = await openAdjudication(page, server);
  await expect(again.getByRole('status')).toHaveText('3 of 3 settled · 1 agreed');
  await again.getByRole('list', { name: 'Disagreements' }).getByRole('button').nth(2).click();
  await expect(again.getByRole('article', { name: /^Curated/ })).toContainText('Left out of the curated layer.');
  await again.getByRole('list', { name: 'Disagreements' }).getByRole('button').nth(1).click();
  await expect(again.getByRole('article', { name: /^Curated/ }).getByLabel('Unit')).toHaveValue('شخص');

  const csv = await exportCurated(page, again, /^CSV/, join(info.outputDir, 'curated.csv'));
  const records = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  expect(records.map((r) => [r.type, r.text, r.figure_value, r.figure_unit, r.figure_kind, r.verdict, r.verdict_note])).toEqual([
    ['quote', 'عدد الضحايا بلغ 75 شخصاً في المدينة', '', '', '', 'unchecked', ''],
    ['figure', '75', '75', 'شخص', 'count', 'false', 'المستشفى أحصى 70 ضحية'],
  ]);
  const json = JSON.parse(await exportCurated(page, again, /^JSON —/, join(info.outputDir, 'curated.json'))) as {
    documents: Array<{
      annotations: Array<{ type: string; text: string; attributes: Record<string, unknown>; verdict: { status: string; note: string } }>;
    }>;
  };
  const annotations = json.documents.flatMap((d) => d.annotations);
  expect(annotations.map((a) => [a.type, a.text, a.verdict.status, a.verdict.note])).toEqual([
    ['quote', 'عدد الضحايا بلغ 75 شخصاً في المدينة', 'unchecked', ''],
    ['figure', '75', 'false', 'المستشفى أحصى 70 ضحية'],
  ]);
  expect(annotations[1]?.attributes).toMatchObject({ value: 75, unit: 'شخص', kind: 'count' });
  expect(problems).toEqual([]);
});

test('with three annotators the editor chooses the pair compared, from the keyboard', async ({ page, server, problems }) => {
  const documentId = await twoLayers(server);
  // Sara, the editor, marked the figure too: three layers on the document.
  await annotate(server, documentId, 'figure', '75', { attributes: { value: 75, kind: 'count' }, verdict: { status: 'disputed' } });
  const view = await openAdjudication(page, server);
  const pair = view.getByRole('group', { name: 'Annotators compared' });
  await expect(pair.getByLabel('Annotator A')).toHaveValue(/^layla-/);
  await expect(pair.getByLabel('Annotator B')).toHaveValue(/^omar-/);
  await view.press('p');
  await expect(pair.getByLabel('Annotator A')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(pair.getByLabel('Annotator B')).toBeFocused();
  const sara = await pair.getByLabel('Annotator B').locator('option', { hasText: 'Sara' }).getAttribute('value');
  await pair.getByLabel('Annotator B').selectOption(sara ?? '');
  // Layla against Sara: they differ on the figure's verdict, and Sara marked neither quote.
  await expect(view.getByRole('status')).toHaveText('0 of 4 settled · 0 agreed');
  await expect(view.getByRole('article', { name: /^\u2068?B\u2069? · / })).toContainText('Sara');
  // Choosing Layla for B as well swaps the two.
  const layla = await pair.getByLabel('Annotator A').inputValue();
  await pair.getByLabel('Annotator B').selectOption(layla);
  await expect(pair.getByLabel('Annotator A')).toHaveValue(sara ?? '');
  await expect(pair.getByLabel('Annotator B')).toHaveValue(layla);
  expect(problems).toEqual([]);
});

test('settling moves on at once, not when the disk answers: a second key settles the next disagreement, and a row clicked meanwhile stays shown', async ({
  page,
  server,
  problems,
}) => {
  await twoLayers(server);
  const view = await openAdjudication(page, server);
  const status = view.getByRole('status');
  const rows = view.getByRole('list', { name: 'Disagreements' }).getByRole('button');
  await expect(rows).toHaveCount(3);
  // The curated layer's writes are held on their way, as on a loaded machine.
  const held: Route[] = [];
  await page.route('**/api/applyCuratedEdits', (route) => {
    held.push(route);
  });
  await view.press('1');
  await expect(status).toHaveText('1 of 3 settled · 1 agreed');
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
  await view.press('2');
  await expect(status).toHaveText('2 of 3 settled · 1 agreed');
  // The editor goes back to the figure to fix its unit while both writes are still out.
  await rows.nth(1).click();
  const curated = view.getByRole('article', { name: /^Curated/ });
  await expect(curated.getByLabel('Value')).toHaveValue('75');
  await expect.poll(() => held.length).toBe(1);
  const answered = page.waitForResponse('**/api/applyCuratedEdits');
  for (const route of held.splice(0)) await route.continue();
  await answered;
  await expect.poll(() => held.length).toBe(1);
  const second = page.waitForResponse('**/api/applyCuratedEdits');
  for (const route of held.splice(0)) await route.continue();
  await second;
  // Both answers are in: the figure the editor chose is still the one shown.
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(curated.getByLabel('Value')).toHaveValue('75');
  // Both steps were stored, each on its own disagreement.
  await page.unroute('**/api/applyCuratedEdits');
  await page.reload();
  const again = await openAdjudication(page, server);
  await expect(again.getByRole('status')).toHaveText('2 of 3 settled · 1 agreed');
  expect(problems).toEqual([]);
});
