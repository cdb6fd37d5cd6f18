import { openInArabic } from '../arabic';
import { expect, test } from '../serve';

test.use({ viewport: { width: 900, height: 800 } });

test('at 900 px in Arabic the library filter shows its hint from its first word, and the sort keeps its name', async ({
  page,
  server,
  problems,
}) => {
  await openInArabic(page, server);
  const filter = page.getByRole('textbox', { name: 'تصفية المستندات' });
  // Empty, the field lays its Arabic hint out right to left: its start is in view, not cut off.
  await expect(filter).toHaveCSS('direction', 'rtl');
  // The hint has the room the sort's word gave up; the list is still named for a screen reader.
  const room = await filter.evaluate((input) => (input as HTMLInputElement).clientWidth);
  expect(room).toBeGreaterThanOrEqual(110);
  await expect(page.getByRole('combobox', { name: 'الترتيب حسب' })).toBeVisible();
  // Typed text takes its own direction again.
  await filter.fill('Harbour');
  await expect(filter).toHaveCSS('direction', 'ltr');
  expect(problems).toEqual([]);
});
