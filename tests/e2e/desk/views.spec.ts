import { startGitServer } from '../../helpers/git-server';
import { api } from '../api';
import { expect, startServer, test } from '../serve';
import { ARTICLE, TITLE, annotate, syncThroughApi, twoLayers } from './fixtures';
import { chooseFromMore } from '../toolbar';

test('first start asks who annotates, once: a bad email or an empty name is refused beside the field', async ({
  page,
  corpusDir,
  problems,
}) => {
  const server = await startServer(corpusDir, undefined, { env: { ISNAD_ANNOTATOR: undefined } });
  try {
    await page.goto(server.url);
    const dialog = page.getByRole('dialog', { name: 'Who annotates on this computer' });
    await expect(dialog).toBeVisible();
    // Until they say who they are, Escape does not send the question away.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    const name = dialog.getByLabel('Name');
    const email = dialog.getByLabel('Email');
    const save = dialog.getByRole('button', { name: 'Save' });
    for (const [n, e, field, message] of [
      ['ليلى حداد', 'layla', 'Email', /email address such as layla@example\.org/],
      ['ليلى حداد', 'layla @desk.example', 'Email', /email address such as/],
      ['ليلى حداد', '', 'Email', /email address such as/],
      ['   ', 'layla@desk.example', 'Name', /Give your name/],
    ] as const) {
      await name.fill(n);
      await email.fill(e);
      await save.click();
      await expect(dialog.getByRole('alert')).toHaveText(message);
      await expect(dialog.getByLabel(field)).toHaveAttribute('aria-invalid', 'true');
    }
    await name.fill('ليلى حداد');
    await email.fill('layla@desk.example');
    await save.click();
    await expect(dialog).toBeHidden();
    expect(await api(server, 'getAnnotator', {})).toMatchObject({ name: 'ليلى حداد', email: 'layla@desk.example', confirmed: true });
    await page.reload();
    await expect(page.getByRole('button', { name: 'Sync' })).toBeVisible();
    await expect(dialog).toBeHidden();
    // Editable later from Desk settings.
    await page.getByRole('button', { name: 'Desk settings…' }).click();
    await page.getByRole('dialog', { name: 'Desk settings' }).getByRole('button', { name: 'Change…' }).click();
    await expect(dialog.getByLabel('Email')).toHaveValue('layla@desk.example');
    await dialog.getByLabel('Email').fill('not-an-email');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/email address such as/);
    expect(await api(server, 'getAnnotator', {})).toMatchObject({ email: 'layla@desk.example' });
    expect(problems).toEqual([]);
  } finally {
    await server.stop();
  }
});

test('an annotation card shows its history: who created it, who changed the verdict, when', async ({ page, server, problems }) => {
  const git = await startGitServer({ tokens: { 'tok-layla': 'layla' } });
  test.setTimeout(120_000);
  await api(server, 'setAnnotator', { name: 'Layla Haddad', email: 'layla@desk.example' });
  const doc = await api<{ id: string }>(server, 'addDocument', { title: TITLE, text: ARTICLE });
  const id = await annotate(server, doc.id, 'figure', '75', { attributes: { value: 75, kind: 'count' } });
  // History comes from git: the creation is synced, the verdict change is not yet.
  await api(server, 'setSyncRemote', { url: await git.createRepo('desk'), token: 'tok-layla' });
  await syncThroughApi(server);
  await git.close();
  await api(server, 'updateAnnotation', { documentId: doc.id, id, verdict: { status: 'false' } });
  await page.goto(server.url);
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: new RegExp(TITLE) })
    .click();
  const card = page.locator(`[data-card-id="${id}"]`);
  await card.click();
  await card.getByRole('button', { name: 'History' }).click();
  const history = card.getByRole('list', { name: 'History' });
  await expect(history).toContainText('Layla Haddad');
  await expect(history).toContainText('created it');
  await expect(history).toContainText('the verdict: Unchecked → False');
  await expect(history.getByRole('listitem').first()).toContainText('not yet synced');
  expect(problems).toEqual([]);
});

test('the agreement table: F1 per type and pair, α and κ, with none shown as —', async ({ page, server, problems }) => {
  await twoLayers(server);
  await page.goto(server.url);
  await chooseFromMore(page, 'Agreement');
  const view = page.getByRole('region', { name: 'Agreement' });
  const spans = view.getByRole('table', { name: /Spans: F1/ });
  // Figures: Layla and Omar both marked 75 and مليون دولار exactly.
  await expect(spans.getByRole('row', { name: /Figures/ }).first()).toContainText('1.00');
  await expect(spans.getByRole('row', { name: /Quotes/ }).first()).toContainText('0.00');
  await expect(view.getByRole('table', { name: /Labels on matched spans/ })).toContainText('Verdict');
  expect(problems).toEqual([]);
});
