import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { paintedPieces } from '../highlights';
import { expect, test } from '../serve';
import { TITLE, shot, twoLayers } from './fixtures';

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

test('adjudication end to end: two layers differ; an editor settles three disagreements; the curated export holds exactly those choices', async ({
  page,
  server,
  problems,
}, info) => {
  await twoLayers(server);
  await page.goto(server.url);
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: new RegExp(TITLE) })
    .click();
  await page.getByRole('group', { name: 'Layers' }).getByRole('button', { name: 'Adjudicate…' }).click();
  const view = page.getByRole('region', { name: 'Adjudication' });
  await expect(view.getByRole('status')).toHaveText('0 of 3 settled · 1 agreed');
  const rows = view.getByRole('list', { name: 'Disagreements' }).getByRole('button');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('different boundaries');
  await expect(rows.nth(1)).toContainText('different verdicts');
  await expect(rows.nth(2)).toContainText('only one marked it');
  await shot(page, 'desk-adjudication');

  // 1) Omar's shorter quote (key 2).
  await view.press('2');
  await expect(view.getByRole('status')).toHaveText('1 of 3 settled · 1 agreed');
  // 2) The figure: Layla's "verified" (1), undone (Ctrl+Z), then Omar's "false" (2).
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
  await view.press('1');
  await expect(view.getByRole('status')).toHaveText('2 of 3 settled · 1 agreed');
  await view.press('Control+z');
  await expect(view.getByRole('status')).toHaveText('1 of 3 settled · 1 agreed');
  // Undo went back to the figure; the arrows move between disagreements.
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
  await view.press('ArrowDown');
  await expect(rows.nth(2)).toHaveAttribute('aria-current', 'true');
  await view.press('ArrowUp');
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
  await view.press('2');
  await expect(view.getByRole('status')).toHaveText('2 of 3 settled · 1 agreed');
  // 3) The quote only Layla marked (1).
  await expect(rows.nth(2)).toHaveAttribute('aria-current', 'true');
  await view.press('1');
  await expect(view.getByRole('status')).toHaveText('3 of 3 settled · 1 agreed');
  await shot(page, 'desk-adjudication-settled');

  // The choices survive a reload: they are in the curated layer on disk.
  await page.reload();
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: new RegExp(TITLE) })
    .click();
  await page.getByRole('group', { name: 'Layers' }).getByRole('button', { name: 'Adjudicate…' }).click();
  await expect(view.getByRole('status')).toHaveText('3 of 3 settled · 1 agreed');

  await view.getByRole('button', { name: 'Export curated…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: /^Curated —/ })).toBeChecked();
  await dialog.getByRole('radio', { name: /^CSV/ }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const path = join(info.outputDir, 'curated.csv');
  await download.saveAs(path);
  const records = Papa.parse<Record<string, string>>((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(records.map((r) => [r.type, r.text, r.verdict, r.annotator])).toEqual([
    ['quote', 'عدد الضحايا بلغ 75 شخصاً', 'unchecked', 'curated'],
    ['figure', '75', 'false', 'curated'],
    ['quote', 'الوضع تحت السيطرة', 'unchecked', 'curated'],
  ]);
  expect(problems).toEqual([]);
});
