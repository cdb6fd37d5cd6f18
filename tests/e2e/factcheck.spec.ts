import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { seedSpokesmanCorpus } from '../helpers/search-fixtures';
import { api, apiStore } from './api';
import { expect, test, restartUnder, stopUnder } from './serve';

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).first().click()]);
  return readFile((await file.path()) as string, 'utf-8');
}

test('a fact-check session over 5 figures: stop, reload, resume, finish, export the report', async ({ page, server, problems }) => {
  await seedSpokesmanCorpus(apiStore(server) as never);
  await page.goto(server.url);

  // The filter: unchecked figures across the corpus.
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Annotations' }).click();
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByRole('group', { name: 'Type' }).getByRole('button', { name: 'Figures' }).click();
  await filters.getByRole('group', { name: 'Verdict' }).getByRole('button', { name: 'Unchecked' }).click();
  await expect(page.getByRole('status').filter({ hasText: /annotations? in/ })).toContainText('5 annotations in 4 documents');
  await page.getByRole('button', { name: 'Fact-check these…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a fact-checking session' });
  await expect(dialog.getByRole('status')).toContainText('5 claims to check');
  // Typing the name and pressing Enter starts the session: the name field has the focus.
  await page.keyboard.type('Figures in the talks coverage');
  await dialog.getByLabel('Checked by').fill('Reem Haddad');
  await dialog.getByLabel('Checked by').press('Enter');

  const runner = page.getByRole('region', { name: 'Fact-checking session' });
  await expect(runner.getByRole('heading', { name: 'Figures in the talks coverage' })).toBeVisible();
  await expect(runner).toContainText('0 / 5 checked');
  const claim = page.getByTestId('claim-context');
  await expect(claim.locator('mark')).toHaveText('٧٥ عامًا');
  await expect(claim).toContainText('العلاقات مستمرة منذ');
  await page.screenshot({ path: 'test-results/screens/session-arabic.png' });

  // Claim 1 with the form: verdict, note, evidence.
  const form = page.getByRole('form', { name: 'Verdict' });
  await form.getByRole('radio', { name: /Verified/ }).check();
  await form.getByLabel('Note').fill('تؤكده وثائق الخارجية منذ 1949');
  await form.getByLabel(/Evidence/).fill('https://example.org/archive\nPhone call with the embassy');
  await form.getByRole('button', { name: 'Save & next' }).click();
  await expect(runner).toContainText('1 / 5 checked');
  await expect(claim.locator('mark')).toHaveText('١٢ مسؤولاً');

  // Claim 2 by keyboard alone: 3 = false, and on to the next.
  await page.locator('body').click({ position: { x: 5, y: 880 } });
  await page.keyboard.press('3');
  await expect(runner).toContainText('2 / 5 checked');
  await expect(claim.locator('mark')).toHaveText('35 شاحنة');

  // Claim 3 from inside the note: Alt+2 = disputed.
  await form.getByLabel('Note').fill('The crossing authority counted 28.');
  await page.keyboard.press('Alt+2');
  await expect(runner).toContainText('3 / 5 checked');

  // Stop: pause, restart the server, reload the page.
  await runner.getByRole('button', { name: 'Pause' }).click();
  const list = page.getByRole('list', { name: 'Sessions' });
  await expect(list.getByRole('listitem')).toContainText('Paused');
  const restarted = await restartUnder(page, server);
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Sessions' }).click();
  const item = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
  await expect(item).toContainText('Figures in the talks coverage');
  await expect(item).toContainText('3 / 5 checked');
  await item.getByRole('button', { name: 'Resume' }).click();

  // Resume where we left off and finish.
  await expect(runner).toContainText('3 / 5 checked');
  await expect(claim.locator('mark')).toHaveText('12 officials');
  await page.locator('body').click({ position: { x: 5, y: 880 } });
  await page.keyboard.press('1');
  await expect(runner).toContainText('4 / 5 checked');
  await expect(claim.locator('mark')).toHaveText('120 شخصًا');
  await page.keyboard.press('4');
  await expect(runner).toContainText('5 / 5 checked');
  await expect(page.getByText('Every claim in this session has a verdict.')).toBeVisible();
  await runner.getByRole('button', { name: 'Finish' }).click();
  await expect(runner.getByText('Finished')).toBeVisible();

  // The report, three ways.
  const csv = Papa.parse<Record<string, string>>((await download(page, 'Report CSV')).replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(csv.data.map((r) => [r.text, r.verdict])).toEqual([
    ['٧٥ عامًا', 'verified'],
    ['١٢ مسؤولاً', 'false'],
    ['35 شاحنة', 'disputed'],
    ['12 officials', 'verified'],
    ['120 شخصًا', 'unverifiable'],
  ]);
  expect(csv.data[0]).toMatchObject({
    note: 'تؤكده وثائق الخارجية منذ 1949',
    evidence: 'https://example.org/archive\nPhone call with the embassy',
    checked_by: 'Reem Haddad',
  });
  expect(csv.data[0]?.checked_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(csv.meta.fields).toEqual(
    expect.arrayContaining(['start_utf16', 'end_utf16', 'start_code_point', 'end_code_point', 'prefix', 'suffix']),
  );

  const json = JSON.parse(await download(page, 'JSON'));
  expect(json.session).toMatchObject({ name: 'Figures in the talks coverage', state: 'finished', progress: { checked: 5, total: 5 } });
  expect(json.offsets.unit).toMatch(/UTF-16/);
  expect(json.claims[2]).toMatchObject({ text: '35 شاحنة', verdict: 'disputed', note: 'The crossing authority counted 28.' });

  const html = await download(page, 'Printable page');
  expect(html).toContain('<h1 dir="auto">Figures in the talks coverage</h1>');
  expect(html).toContain('<mark>٧٥ عامًا</mark>');
  expect(html).toContain('<a href="https://example.org/archive">');
  expect(html).toContain('5 of 5 checked');
  await stopUnder(page, restarted);
  expect(problems).toEqual([]);
});

test('a session started from chosen documents queues only their claims; an empty filter cannot start one', async ({
  page,
  server,
  problems,
}) => {
  await seedSpokesmanCorpus(apiStore(server) as never);
  await page.goto(server.url);
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Sessions' }).click();
  await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New session…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a fact-checking session' });
  // Opened from the Sessions view, it proposes the unchecked claims.
  await expect(dialog.getByRole('group', { name: 'Verdict' }).getByRole('button', { name: 'Unchecked' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await dialog.getByRole('group', { name: 'Type' }).getByRole('button', { name: 'Quotes' }).click();
  await expect(dialog.getByRole('status')).toContainText('4 claims to check');
  await dialog.getByText('Choose documents').click();
  await dialog.getByRole('checkbox', { name: /Secretary in Doha/ }).check();
  await dialog.getByRole('checkbox', { name: /الصحة/ }).check();
  await expect(dialog.getByRole('status')).toContainText('2 claims to check');

  await dialog.getByLabel('Speaker').fill('nobody by this name');
  await expect(dialog.getByRole('status')).toContainText('0 claims to check');
  await expect(dialog.getByRole('button', { name: 'Start session' })).toBeDisabled();
  await dialog.getByLabel('Speaker').fill('');
  await dialog.getByRole('button', { name: 'Start session' }).click();
  const runner = page.getByRole('region', { name: 'Fact-checking session' });
  await expect(runner).toContainText('0 / 2 checked');
  await expect(page.getByTestId('claim-context').locator('mark')).toHaveText('"We are doing everything we can,"');
  expect(problems).toEqual([]);
});

test('a verdict given in a session is an edit of its document: the document’s Undo takes it back, on disk too', async ({
  page,
  server,
  problems,
}) => {
  await seedSpokesmanCorpus(apiStore(server) as never);
  await page.goto(server.url);
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'New session…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a fact-checking session' });
  await dialog.getByRole('group', { name: 'Type' }).getByRole('button', { name: 'Figures' }).click();
  await expect(dialog.getByRole('status')).toContainText('5 claims to check');
  await dialog.getByRole('button', { name: 'Start session' }).click();

  const runner = page.getByRole('region', { name: 'Fact-checking session' });
  const claim = page.getByTestId('claim-context');
  await expect(claim.locator('mark')).toHaveText('٧٥ عامًا');
  await page.locator('body').click({ position: { x: 5, y: 880 } });
  await page.keyboard.press('1');
  await expect(runner).toContainText('1 / 5 checked');
  await runner.getByRole('button', { name: '← Previous' }).click();
  await expect(claim.locator('mark')).toHaveText('٧٥ عامًا');
  await expect(runner.getByRole('radio', { name: /Verified/ })).toBeChecked();

  // On the document, the verdict is the last change, and Undo takes it back.
  await page.getByTitle('Open the document at this claim').click();
  const card = page.locator('.card.selected');
  await expect(card).toContainText('٧٥ عامًا');
  await expect(card.locator('.verdict-badge')).toHaveText('Verified');
  const undo = page.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: 'Undo' });
  await expect(undo).toHaveAttribute('title', /^Undo set verdict: verified/i);
  await undo.click();
  await expect(card.locator('.verdict-badge')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const documentId = await page.evaluate(() => window.isnadNavigation?.getState().documentId);
  const stored = await api<{ annotations: Array<{ text: string; verdict: { status: string } }> }>(server, 'getDocument', {
    id: documentId,
  });
  expect(stored.annotations.find((a) => a.text === '٧٥ عامًا')?.verdict.status).toBe('unchecked');

  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Sessions' }).click();
  await expect(runner).toContainText('0 / 5 checked');
  expect(problems).toEqual([]);
});
