import { expect } from '../serve';
import { pseudoScreen } from './pseudo';

// Import: the pick step, the paste dialog and the report with a duplicate. (A failed file's
// reason comes from the import service, whose messages are translated with the CLI's.)

pseudoScreen('the import dialog, first step', async ({ page }) => {
  await page.keyboard.press('Control+o');
  await expect(page.locator('.import-pick')).toBeVisible();
});

pseudoScreen('the paste dialog', async ({ page }) => {
  await page.keyboard.press('Control+Shift+V');
  await expect(page.locator('dialog[open] textarea')).toBeVisible();
});

pseudoScreen('the import report with an imported and a duplicate file', async ({ page }) => {
  await page.keyboard.press('Control+o');
  const article = 'Council votes on budget\n\nThe council said on Monday that the budget would grow by 4 percent.';
  await page
    .locator('.import-pick input[type="file"]')
    .first()
    .setInputFiles([
      { name: 'budget.txt', mimeType: 'text/plain', buffer: Buffer.from(article) },
      { name: 'budget-copy.txt', mimeType: 'text/plain', buffer: Buffer.from(article) },
    ]);
  await expect(page.locator('.import-report')).toBeVisible();
  await expect(page.locator('.import-row')).toHaveCount(2);
});
