import type { Page, Route } from '@playwright/test';
import type { Document } from '../../../shared/domain/document';
import { expect, test } from '../serve';
import { ARABIC_NEWS, ENGLISH_NEWS, QUOTE } from './fixtures';
import { callApi, charBox, sourcePane } from './helpers';

/**
 * What the document screen fetches after its first paint (the layers on the document) must
 * not move the text once it is shown: a journalist who starts dragging over a quote at once
 * would otherwise select whatever slid under the pointer.
 */

function openFromLibrary(page: Page, title: string) {
  return page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: new RegExp(title) })
    .click();
}

test('the text of a document stays where it was first painted while its layers are still on their way, on opening and on coming back', async ({
  page,
  server,
  problems,
}) => {
  const arabic = await callApi<Document>(server, 'addDocument', { title: 'Geneva talks', text: ARABIC_NEWS });
  await callApi<Document>(server, 'addDocument', { title: 'Harbour backlog', text: ENGLISH_NEWS });
  const start = arabic.text.indexOf(QUOTE);
  // The list of layers is held on its way until the text's place has been taken.
  const held: Route[] = [];
  await page.route('**/api/listLayers', (route) => {
    held.push(route);
  });
  const layersShown = page.getByRole('group', { name: 'Layers' }).getByText('No colleague has annotated this document yet.');

  await page.goto(server.url);
  for (const title of ['Geneva talks', 'Harbour backlog', 'Geneva talks']) {
    await openFromLibrary(page, title);
    if (title !== 'Geneva talks') {
      await expect(sourcePane(page)).toContainText('harbour authority');
      await expect.poll(() => held.length).toBeGreaterThan(0);
      for (const route of held.splice(0)) await route.continue();
      continue;
    }
    await expect(sourcePane(page)).toContainText(QUOTE);
    await expect.poll(() => held.length).toBeGreaterThan(0);
    const painted = await charBox(page, start);
    for (const route of held.splice(0)) await route.continue();
    await expect(layersShown).toBeVisible();
    expect(await charBox(page, start)).toEqual(painted);
  }
  expect(problems).toEqual([]);
});
