import type { Route } from '@playwright/test';
import { expect, test } from '../serve';
import { QUOTE } from './fixtures';
import { addGenevaAndHarbour, charBox, openFromLibrary, sourcePane } from './helpers';

/**
 * What the document screen fetches after its first paint (the layers on the document) must
 * not move the text once it is shown: a journalist who starts dragging over a quote at once
 * would otherwise select whatever slid under the pointer.
 */

test('the text of a document stays where it was first painted while its layers are still on their way, on opening and on coming back', async ({
  page,
  server,
  problems,
}) => {
  const arabic = await addGenevaAndHarbour(server);
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
