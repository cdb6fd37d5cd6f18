import { api } from '../api';
import { openInArabic } from '../arabic';
import { expect, test } from '../serve';
import { TITLE, shot, twoLayers } from './fixtures';
import { chooseFromMore } from '../toolbar';

test.use({ viewport: { width: 1280, height: 800 } });

const ALONE = 'تقرير لم يعلّق عليه إلا واحد';
/** Invented: a short report only one person marks. */
const ALONE_TEXT = 'أعلنت البلدية افتتاح 12 مدرسة جديدة في الأحياء الشرقية هذا العام.';

async function markedByOne(server: Parameters<typeof twoLayers>[0]) {
  const doc = await api<{ id: string }>(server, 'addDocument', { title: ALONE, text: ALONE_TEXT });
  const start = ALONE_TEXT.indexOf('12');
  await api(server, 'createAnnotation', { documentId: doc.id, type: 'figure', start, end: start + 2, text: '12' });
}

test('the Adjudication button lists the documents two annotators marked, and opens one from the keyboard', async ({
  page,
  server,
  problems,
}) => {
  await twoLayers(server);
  // A second document only Sara (this copy) marked: nothing to adjudicate there.
  await markedByOne(server);
  await page.goto(server.url);
  await chooseFromMore(page, 'Adjudication');
  const list = page.getByRole('list', { name: 'Documents to adjudicate' });
  const rows = list.getByRole('button');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(TITLE);
  await expect(rows.first()).toContainText(/\u2068?Layla Haddad\u2069? \(4 annotations\), \u2068?Omar Said\u2069? \(3 annotations\)/);
  await expect(rows.first()).toContainText('3 disagreements, 3 open');
  await expect(rows.first()).toContainText('no curated layer yet');
  await expect(list).not.toContainText(ALONE);
  await shot(page, 'desk-adjudication-picker');
  // Ready for the keyboard: the first document has the focus, Enter opens it.
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('Enter');
  const view = page.getByRole('region', { name: 'Adjudication' });
  await expect(view.getByRole('heading', { level: 2 })).toContainText(TITLE);
  await expect(view.getByRole('status')).toHaveText('0 of 3 settled · 1 agreed');
  // Settling one shows in the list, back from the view.
  await view.press('1');
  await expect(view.getByRole('status')).toHaveText('1 of 3 settled · 1 agreed');
  await view.getByRole('button', { name: 'All documents to adjudicate' }).click();
  await expect(rows.first()).toContainText('3 disagreements, 2 open');
  await expect(rows.first()).toContainText('curated layer: 1 annotation');
  await rows.first().click();
  await expect(view.getByRole('status')).toHaveText('1 of 3 settled · 1 agreed');
  expect(problems).toEqual([]);
});

test('with no colleague’s layer, the Adjudication view says why and how to share a desk (Arabic)', async ({ page, server, problems }) => {
  await markedByOne(server);
  await openInArabic(page, server);
  await chooseFromMore(page, 'التحكيم');
  const view = page.getByRole('region', { name: 'الفصل في الخلافات' });
  await expect(view).toContainText('لا يوجد بعد مستند فيه طبقتان لمعلّقَين');
  await expect(view).toContainText('Ctrl+Shift+Y');
  await expect(view.getByRole('list')).toHaveCount(0);
  await shot(page, 'desk-adjudication-picker-none-arabic');
  await view.getByRole('button', { name: 'إعدادات فريق التحرير…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(problems).toEqual([]);
});
