import { api } from './api';
import { expect, test } from './serve';
import { cards, storedDocument } from './splitview/helpers';

const V1 = 'قال وزير الصحة إن 25 شخصا قتلوا في القصف على المدينة صباح اليوم.\n\nوقالت منظمة الصحة العالمية إن المستشفيات ممتلئة.';
const V2 = V1.replace('25 شخصا', '27 شخصا');

test('Mark reviewed clears a changed annotation’s flag (button and R), is stored, undoes and survives a reload', async ({
  page,
  server,
  problems,
}) => {
  const doc = await api<{ id: string }>(server, 'addDocument', { title: 'القصف', text: V1 });
  const at = V1.indexOf('25');
  await api(server, 'createAnnotation', {
    documentId: doc.id,
    type: 'figure',
    start: at,
    end: at + 2,
    text: '25',
    verdict: { status: 'verified' },
  });
  const speaker = V1.indexOf('منظمة الصحة العالمية');
  await api(server, 'createAnnotation', {
    documentId: doc.id,
    type: 'speaker',
    start: speaker,
    end: speaker + 'منظمة الصحة العالمية'.length,
    text: 'منظمة الصحة العالمية',
  });
  // A new version in which the figure changed: flagged changed, its verdict to re-check.
  await api(server, 'addDocumentVersion', { documentId: doc.id, text: V2 });
  const carriedOf = async (text: string) => (await storedDocument(server, 'القصف')).annotations.find((a) => a.text === text)?.carried;
  expect(await carriedOf('27')).toMatchObject({ status: 'changed', recheck: true });

  await page.goto(server.url);
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /القصف/ }).click();
  const figure = cards(page).filter({ hasText: '27' });
  await expect(figure.locator('[data-carried="changed"]')).toBeVisible();
  await expect(figure.getByText('re-check verdict')).toBeVisible();
  // The unchanged speaker carries no flag, so it offers nothing to review.
  await expect(cards(page).filter({ hasText: 'منظمة' }).getByRole('button', { name: 'Mark reviewed' })).toHaveCount(0);

  await figure.screenshot({ path: '/work/shots/versions-mark-reviewed-ar.png' });
  await figure.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(figure.locator('[data-carried]')).toHaveCount(0);
  await expect(figure.getByText('re-check verdict')).toHaveCount(0);
  await expect.poll(() => carriedOf('27')).toBeUndefined();

  // Undo puts the flag back, on screen and in the store.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(figure.locator('[data-carried="changed"]')).toBeVisible();
  await expect.poll(() => carriedOf('27')).toMatchObject({ status: 'changed', recheck: true });

  // The keyboard: R on the focused card.
  await figure.focus();
  await page.keyboard.press('r');
  await expect(figure.locator('[data-carried]')).toHaveCount(0);
  await expect.poll(() => carriedOf('27')).toBeUndefined();
  // The verdict itself is untouched: reviewing clears the flag only.
  expect((await storedDocument(server, 'القصف')).annotations.find((a) => a.text === '27')?.verdict.status).toBe('verified');

  await page.reload();
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /القصف/ }).click();
  await expect(cards(page)).toHaveCount(2);
  await expect(page.locator('[data-carried]')).toHaveCount(0);
  expect(problems).toEqual([]);
});
