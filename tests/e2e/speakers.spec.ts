import { seedSpokesmanCorpus } from '../helpers/search-fixtures';
import { apiStore } from './api';
import { expect, test } from './serve';

test('speakers: add the spokesman with his spellings, see the chart, merge and undo, list his quotes', async ({
  page,
  server,
  problems,
}) => {
  const seed = await seedSpokesmanCorpus(apiStore(server) as never);
  await page.goto(server.url);
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Speakers' }).click();

  const unlinked = page.getByRole('region', { name: 'Names not in the registry' });
  // Arabic ي and Persian ی spellings are one name.
  await expect(unlinked.getByRole('listitem').filter({ hasText: 'سامويل وربيرج' })).toContainText('2 mentions, 2 quotes, 2 documents');
  await unlinked.getByRole('listitem').filter({ hasText: 'سامويل وربيرج' }).getByRole('button', { name: 'Add to registry' }).click();
  const editor = page.getByRole('dialog', { name: 'New speaker' });
  await editor.getByLabel('Role').fill('المتحدث باسم الخارجية الأمريكية');
  await editor.getByLabel(/Aliases/).fill('وربيرج');
  await editor.getByRole('button', { name: 'Add to registry' }).click();
  await expect(editor).toBeHidden();

  await unlinked.getByRole('listitem').filter({ hasText: 'Samuel Werberg' }).getByRole('button', { name: 'Add to registry' }).click();
  await page.getByRole('dialog', { name: 'New speaker' }).getByRole('button', { name: 'Add to registry' }).click();
  await unlinked.getByRole('listitem').filter({ hasText: 'خالد العمري' }).getByRole('button', { name: 'Add to registry' }).click();
  await page.getByRole('dialog', { name: 'New speaker' }).getByRole('button', { name: 'Add to registry' }).click();

  const registry = page.getByRole('table', { name: 'Registry' });
  await expect(registry.getByRole('row')).toHaveCount(4);
  const chart = page.getByRole('figure', { name: 'Most-quoted speakers' });
  await expect(chart.locator('text.chart-name .chart-label')).toHaveText(['سامويل وربيرج', 'Samuel Werberg', 'خالد العمري']);
  // Arabic names are laid out right-to-left inside the SVG.
  expect(
    await chart
      .locator('text.chart-name .chart-label')
      .first()
      .evaluate((el) => getComputedStyle(el).direction),
  ).toBe('rtl');
  await page.screenshot({ path: 'test-results/screens/speakers-chart.png' });

  // Merge the English entry into the Arabic one.
  await registry.getByRole('checkbox', { name: 'Select سامويل وربيرج' }).check();
  await registry.getByRole('checkbox', { name: 'Select Samuel Werberg' }).check();
  await page.getByRole('group', { name: 'Merge' }).getByRole('button', { name: 'سامويل وربيرج' }).click();
  await expect(registry.getByRole('row')).toHaveCount(3);
  await expect(registry.getByRole('row').filter({ hasText: 'سامويل وربيرج' })).toContainText('Samuel Werberg');
  await expect(chart.locator('text.chart-name .chart-label').first()).toHaveText('سامويل وربيرج');
  await expect(chart.locator('.chart-value').first()).toHaveText('3');

  // Undo with the keyboard brings both entries and their links back.
  await page.locator('body').click({ position: { x: 5, y: 880 } });
  await page.keyboard.press('Control+Z');
  await expect(registry.getByRole('row')).toHaveCount(4);
  await page.keyboard.press('Control+Shift+Z');
  await expect(registry.getByRole('row')).toHaveCount(3);

  // His quotes across documents, from the detail panel.
  await registry.getByRole('button', { name: 'سامويل وربيرج' }).click();
  const detail = page.getByRole('complementary', { name: /Speaker سامويل وربيرج/ });
  await expect(detail.getByRole('listitem')).toHaveCount(3);
  await detail.getByRole('button', { name: 'list them' }).click();
  const table = page.getByRole('table', { name: 'Filtered annotations' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await table.getByRole('row').filter({ hasText: 'We are doing everything' }).click();
  await expect(page.getByRole('article', { name: 'Secretary in Doha' })).toBeVisible();
  expect(seed.quotes.q3).toBeTruthy();
  expect(problems).toEqual([]);
});

test('annotations table: quotes by the spokesman across documents, by role, and a bad date range', async ({ page, server, problems }) => {
  await seedSpokesmanCorpus(apiStore(server) as never);
  await page.goto(server.url);
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Annotations' }).click();
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByRole('group', { name: 'Type' }).getByRole('button', { name: 'Quotes' }).click();
  await filters.getByLabel('Speaker').fill('المتحدث');
  const table = page.getByRole('table', { name: 'Filtered annotations' });
  await expect(page.getByRole('status').filter({ hasText: /annotations? in/ })).toContainText('2 annotations in 2 documents');
  await expect(table.getByRole('row').filter({ hasText: 'الاجتماعات كانت بنّاءة' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'الوضع تحت السيطرة' })).toHaveCount(1);
  await filters.getByLabel('Speaker').fill('spokesman');
  await expect(page.getByRole('status').filter({ hasText: /annotations? in/ })).toContainText('1 annotation in 1 document');
  await page.screenshot({ path: 'test-results/screens/annotations-table.png' });

  await filters.getByLabel('Speaker').fill('');
  await filters.getByLabel('From date').fill('2024-09-01');
  await filters.getByLabel('To date').fill('2024-08-01');
  await expect(page.getByRole('status').filter({ hasText: /after/ })).toContainText('"from" is after "to"');

  await filters.getByLabel('From date').fill('2024-08-21');
  await filters.getByLabel('To date').fill('2024-08-31');
  await expect(page.getByRole('status').filter({ hasText: /annotations? in/ })).toContainText('2 annotations in 2 documents');
  // "Export these" hands exactly these rows to the Export dialog.
  await page.getByRole('button', { name: 'Export these…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: 'The annotations table: 2 annotations' })).toBeChecked();
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  const { readFile } = await import('node:fs/promises');
  const csv = await readFile((await file.path()) as string, 'utf-8');
  expect(csv).toContain('نحن نبذل ما في وسعنا');
  expect(csv).toContain('We are doing everything we can');
  expect(csv).not.toContain('الوضع تحت السيطرة');
  expect(problems).toEqual([]);
});
