import { api } from './api';
import { type Server, expect, test } from './serve';
import { cards, dragSelect, pasteDocument, storedDocument } from './splitview/helpers';

const V1 = [
  'قال وزير الصحة إن 25 شخصا قتلوا في القصف على المدينة صباح اليوم.',
  'وأضاف المتحدث باسم الدفاع المدني أن فرق الإنقاذ ما زالت تبحث تحت الأنقاض عن ناجين.',
  'وقالت منظمة الصحة العالمية إن المستشفيات ممتلئة بالجرحى وتحتاج إلى الوقود.',
].join('\n\n');
const V2 = [
  'تحديث: نشرت هذه المادة صباح اليوم وحدثت بعد الظهر بأرقام جديدة.',
  'قال وزير الصحة إن 27 شخصا قتلوا في القصف على المدينة صباح اليوم.',
  'وقالت منظمة الصحة العالمية إن المستشفيات ممتلئة بالجرحى وتحتاج إلى الوقود.',
].join('\n\n');

async function annotationIds(server: Server) {
  const doc = await storedDocument(server, 'القصف');
  return { doc, byText: (text: string) => doc.annotations.find((a) => a.text === text) };
}

test('a changed Arabic article comes in as a new version: statuses on cards, the diff, an orphan re-placed, the old version restored', async ({
  page,
  server,
  problems,
}) => {
  await page.goto(server.url);
  await pasteDocument(page, 'القصف', V1);
  // Annotate by hand: the figure and a quote in the paragraph the new version drops.
  await dragSelect(page, V1.indexOf('25'), V1.indexOf('25') + 2, { edges: true });
  await page.keyboard.press('f');
  await expect(cards(page)).toHaveCount(1);
  const rescue = 'فرق الإنقاذ ما زالت تبحث';
  await dragSelect(page, V1.indexOf(rescue), V1.indexOf(rescue) + rescue.length);
  await page.keyboard.press('q');
  await expect(cards(page)).toHaveCount(2);
  await expect.poll(async () => (await storedDocument(server, 'القصف')).annotations.length).toBe(2);
  const { doc, byText } = await annotationIds(server);
  await api(server, 'updateAnnotation', { documentId: doc.id, id: byText('25')!.id, verdict: { status: 'verified' } });

  await page.getByRole('button', { name: 'New version…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New version of this article' });
  // Bad input: nothing, then the same text; each is refused and nothing is stored.
  await dialog.getByRole('button', { name: 'Import as new version' }).click();
  await expect(dialog.getByRole('alert')).toContainText('empty; nothing was stored');
  await dialog.getByLabel('New text').fill(V1);
  await dialog.getByRole('button', { name: 'Import as new version' }).click();
  await expect(dialog.getByRole('alert')).toContainText('same text as the current one');
  await dialog.getByLabel('New text').fill(V2);
  await dialog.getByRole('button', { name: 'Import as new version' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Version 2:' })).toContainText('1 changed, 1 orphaned');
  await expect(page.locator('.version-badge')).toHaveText('Version 2 of 2');

  // The figure is on 27 now, flagged for review with its verdict to re-check.
  const figure = cards(page).filter({ hasText: '27' });
  await expect(figure.locator('[data-carried="changed"]')).toBeVisible();
  await expect(figure.getByText('re-check verdict')).toBeVisible();
  await expect(figure.locator('[data-carried="changed"]')).toHaveAttribute('title', 'Was: 25');

  // The orphan list holds the quote whose paragraph was deleted.
  const orphans = page.getByRole('region', { name: 'Orphaned annotations' });
  await expect(orphans.getByRole('listitem')).toHaveCount(1);
  await expect(orphans).toContainText(rescue);
  await page.locator('.versions-bar').screenshot({ path: '/work/shots/versions-orphans-ar.png' });

  // The diff: 25 struck through, 27 inserted, the update paragraph inserted, the rescue one deleted.
  await page.getByRole('button', { name: 'Compare versions…' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare versions' });
  const diff = compare.locator('.version-diff');
  await expect(diff.locator('del').filter({ hasText: /^25$/ })).toHaveCount(1);
  await expect(diff.locator('ins').filter({ hasText: /^27$/ })).toHaveCount(1);
  await expect(diff.locator('del').filter({ hasText: rescue })).toHaveCount(1);
  await expect(diff).toHaveAttribute('dir', 'rtl');
  await compare.screenshot({ path: '/work/shots/versions-diff-ar.png' });
  await compare.getByRole('button', { name: 'Close' }).click();
  await expect(compare).toBeHidden();

  // Re-place the orphan on a selection in the new text.
  const hospitals = 'المستشفيات ممتلئة بالجرحى';
  await dragSelect(page, V2.indexOf(hospitals), V2.indexOf(hospitals) + hospitals.length);
  await orphans.getByRole('button', { name: 'Place on selection' }).click();
  await expect(page.getByRole('button', { name: /Orphaned annotations/ })).toBeHidden();
  await expect(cards(page).filter({ hasText: hospitals })).toHaveCount(1);
  await expect
    .poll(async () => (await storedDocument(server, 'القصف')).annotations.map((a) => a.text).sort())
    .toEqual(['27', hospitals].sort());

  // Back to the old version: read it alone, then restore it as current.
  await page.getByRole('button', { name: 'Compare versions…' }).click();
  await compare.getByRole('button', { name: 'Show version 1 only' }).click();
  await expect(diff).toContainText('25 شخصا');
  await expect(diff.locator('ins, del')).toHaveCount(0);
  await compare.getByRole('button', { name: 'Restore version 1 as current' }).click();
  await expect(compare).toBeHidden();
  await expect(page.locator('.version-badge')).toHaveText('Version 3 of 3');
  await expect.poll(async () => (await storedDocument(server, 'القصف')).text).toBe(V1);
  await expect(cards(page).filter({ hasText: /^.*25/ }).first()).toBeVisible();
  expect(problems).toEqual([]);
});
