import { expect, test } from './serve';

test('the token leaves the address bar and the history once read, and a reload still works', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: 'Paste text' })).toBeVisible();
  await expect.poll(() => page.url()).not.toContain('token');
  expect(page.url()).toBe(server.url.replace(/\?token=.*/, ''));
  // The history entry itself was replaced, not just the shown address.
  expect(await page.evaluate(() => window.location.href)).not.toContain('token');
  await page.goBack().catch(() => {});
  expect(page.url()).not.toContain('token');
  await page.goto(server.url.replace(/\?token=.*/, ''));
  await page.reload();
  await expect(page.getByRole('button', { name: 'Paste text' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(page.url()).not.toContain('token');
  expect(problems).toEqual([]);
});
