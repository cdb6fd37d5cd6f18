import { ARABIC_ARTICLE } from '../helpers/fixtures';
import { api } from './api';
import { expect, test } from './serve';

test('Import annotations (W3C)… refuses a bad file with the reason and changes nothing', async ({ page, server }) => {
  await api(server, 'addDocument', { title: 'بيان وزارة الصحة', text: ARABIC_ARTICLE });
  await page.goto(server.url);
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: /بيان وزارة الصحة/ })
    .click();
  await page.getByRole('button', { name: 'Import annotations (W3C)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import W3C Web Annotations' });
  await dialog
    .getByLabel('Annotation file')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"type": "Annotation", ') });
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText('broken.json');
  await expect(dialog.getByRole('status')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('list', { name: 'Annotations' }).locator('[data-card-id]')).toHaveCount(0);
});
