import { api } from '../api';
import { expect, test } from '../serve';
import { ARTICLE, TITLE, annotate, shot, syncThroughApi, withDesk } from './fixtures';

test.use({ viewport: { width: 1400, height: 900 } });

test('sync through a real git server, in the header: bad addresses and a wrong token refused clearly, a colleague’s work and a conflict arrive, a person decides it', async ({
  page,
  server,
  corpusDir,
  problems,
}) => {
  test.setTimeout(240_000);
  await withDesk(server, corpusDir, async ({ url, omarCopy }) => {
    const doc = await api<{ id: string }>(server, 'addDocument', { title: TITLE, text: ARTICLE });
    await annotate(server, doc.id, 'quote', 'الوضع تحت السيطرة');

    await page.goto(server.url);
    const header = page.getByRole('region', { name: 'Desk sync' });
    await expect(header).toContainText('Not shared with a desk yet');
    await header.getByRole('button', { name: 'Desk settings…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Desk settings' });
    const address = dialog.getByLabel(/^Shared repository/);
    const save = dialog.getByRole('button', { name: 'Save' });
    for (const [bad, message] of [
      ['', /Give the shared repository’s address/],
      ['not a web address', /is not a web address/],
      ['ftp://git.example.org/desk.git', /HTTP\(S\) only/],
      ['https://layla:secret@git.example.org/desk.git', /contains a password or token/],
    ] as const) {
      await address.fill(bad);
      await save.click();
      await expect(dialog.getByRole('alert')).toHaveText(message);
    }
    // A wrong token: stored, and the sync says the server refused it, losing nothing.
    await address.fill(url);
    await dialog.getByLabel(/^Token/).fill('not-the-token');
    await save.click();
    await expect(dialog).toBeHidden();
    await header.getByRole('button', { name: 'Sync' }).click();
    await expect(header.getByRole('alert')).toContainText(/refused the token \(HTTP 401\)/);
    await expect(header.getByRole('alert')).toContainText(/nothing was lost|saved and committed/);

    // The right token; it is never shown back.
    await header.getByRole('button', { name: 'Desk settings…' }).click();
    await expect(dialog.getByLabel(/^Token/)).toHaveValue('');
    await expect(dialog).toContainText('A token is stored for this repository');
    await dialog.getByLabel(/^Token/).fill('tok-layla');
    await save.click();
    await expect(dialog).toBeHidden();
    await header.getByRole('button', { name: 'Sync' }).click();
    await expect(header.getByRole('status')).toContainText(/^Shared (1 annotation|this corpus with the desk)/, { timeout: 60_000 });
    await expect(header).toContainText('Nothing to share');
    await expect(header).toContainText('Last sync just now');
    expect(await page.content()).not.toContain('tok-layla');

    // Omar clones the desk's corpus, annotates, retitles the article and shares it; Layla retitles it too.
    const omar = await omarCopy();
    await annotate(omar, doc.id, 'figure', '75', { attributes: { value: 75, kind: 'count' }, verdict: { status: 'false' } });
    await api(omar, 'updateDocument', { id: doc.id, title: 'عدد الضحايا: رواية الوزارة' });
    await syncThroughApi(omar);
    await api(server, 'updateDocument', { id: doc.id, title: 'الوزارة: 75 ضحية' });

    await header.getByRole('button', { name: 'Sync' }).click();
    await expect(header.getByRole('status')).toContainText(/received .*1 annotation/, { timeout: 60_000 });
    await expect(header).toContainText('1 conflict to decide');
    await shot(page, 'desk-sync-state');

    // The conflict waits for a person: both titles, who set each; Layla keeps Omar's.
    await header.getByRole('button', { name: /1 conflict to decide/ }).click();
    const conflicts = page.getByRole('region', { name: 'Conflicts to decide' });
    const card = conflicts.getByRole('listitem').first();
    await expect(card).toContainText('عدد الضحايا: رواية الوزارة');
    await expect(card).toContainText('الوزارة: 75 ضحية');
    await shot(page, 'desk-conflicts');
    await card.locator('.conflict-side', { hasText: 'رواية الوزارة' }).getByRole('button', { name: 'Keep this' }).click();
    await expect(conflicts).toContainText('No conflicts to decide.');
    await expect(header).toContainText('No conflicts');

    // Omar's layer is there to show beside Layla's.
    await page
      .getByRole('list', { name: 'Documents' })
      .getByRole('button', { name: /عدد الضحايا: رواية الوزارة/ })
      .click();
    const picker = page.getByRole('group', { name: 'Layers' });
    await picker.getByRole('checkbox', { name: /Omar Said/ }).check();
    await expect(page.getByRole('region', { name: 'Omar Said’s layer' }).getByRole('button')).toHaveCount(1);
    expect(problems).toEqual([]);
  });
});
