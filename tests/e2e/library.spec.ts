import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../helpers/fixtures';
import { expect, test, restartUnder, stopUnder } from './serve';

test('add an Arabic and an English document; after a server restart both show with the right direction', async ({
  page,
  server,
  problems,
}) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Your corpus is empty' })).toBeVisible();

  for (const [title, text] of [
    ['بيان وزارة الصحة', ARABIC_ARTICLE],
    ['Council budget', ENGLISH_ARTICLE],
  ]) {
    await page.getByRole('button', { name: 'Paste text' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste text' });
    await dialog.getByLabel('Title').fill(title as string);
    await dialog.getByLabel('Text').fill(text as string);
    await dialog.getByRole('button', { name: 'Add document' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('article', { name: title })).toBeVisible();
  }

  const restarted = await restartUnder(page, server);
  const documents = page.getByRole('list', { name: 'Documents' });
  await expect(documents.getByRole('button')).toHaveCount(2);

  await documents.getByRole('button', { name: /بيان وزارة الصحة/ }).click();
  const arabic = page.getByRole('article', { name: 'بيان وزارة الصحة' });
  const firstArabic = arabic.locator('p.paragraph').first();
  await expect(firstArabic).toHaveText(/وزارة الصحة/);
  // dir="auto" resolves to RTL from the text itself; check what the browser computed.
  expect(await firstArabic.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await expect(arabic.locator('p.paragraph')).toHaveCount(3);
  await expect(documents.getByRole('button', { name: /بيان وزارة الصحة/ })).toContainText('ar · RTL');

  await documents.getByRole('button', { name: /Council budget/ }).click();
  const english = page.getByRole('article', { name: 'Council budget' }).locator('p.paragraph').first();
  expect(await english.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await stopUnder(page, restarted);
  expect(problems).toEqual([]);
});

test('a page opened without the token is refused by the API and says so', async ({ page, server, problems }) => {
  const bare = server.url.replace(/\?token=.*/, '');
  await page.goto(bare);
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load the library' })).toContainText(/token/);
  problems.length = 0;
});

test('pasting empty text is not possible and pasting a duplicate names the existing document', async ({ page, server, problems }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await dialog.getByLabel('Text').fill('   ');
  await expect(dialog.getByRole('button', { name: 'Add document' })).toBeDisabled();
  await dialog.getByLabel('Text').fill(ENGLISH_ARTICLE);
  await dialog.getByRole('button', { name: 'Add document' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Paste text' }).click();
  await dialog.getByLabel('Text').fill(ENGLISH_ARTICLE);
  await dialog.getByRole('button', { name: 'Add document' }).click();
  await expect(page.getByRole('alert')).toContainText('already in the corpus');
  await expect(dialog).toBeVisible();
  expect(problems).toEqual([]);
});
