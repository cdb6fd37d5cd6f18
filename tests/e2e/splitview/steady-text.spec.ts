import type { Route } from '@playwright/test';
import { ARABIC_SCRAPED_PAGE } from '../../helpers/import-fixtures';
import { expect, test } from '../serve';
import { QUOTE } from './fixtures';
import { addGenevaAndHarbour, callApi, charBox, openFromLibrary, sourcePane } from './helpers';

/**
 * What the document screen fetches after its first paint (the layers on the document, the
 * orphans of its versions, the suggestions) must not move the text once it is shown: a journalist who starts dragging over a quote at once
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

test('a page holding two articles run together shows the offer to split it from the first paint: nothing that answers later moves its text', async ({
  page,
  server,
  problems,
}) => {
  await callApi(server, 'importText', { title: 'صفحة مجمعة', text: ARABIC_SCRAPED_PAGE });
  // Everything the screen asks for after its first paint is held on its way: the layers, the
  // orphans of its versions and the suggestions (asked from a worker, hence the context's route).
  // The split offer is worked out in the renderer from the text it has, so it asks for nothing.
  const held: Route[] = [];
  const hold = (route: Route) => void held.push(route);
  for (const name of ['listLayers', 'listOrphans']) await page.route(`**/api/${name}`, hold);
  await page.context().route('**/api/suggestAnnotations', hold);
  await page.goto(server.url);
  await openFromLibrary(page, 'صفحة مجمعة');
  const offer = page.getByRole('region', { name: 'Split offer' });
  await expect(sourcePane(page)).toContainText('أعلنت وزارة الصحة');
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await expect(offer).toContainText('2 articles run together');
  const painted = await charBox(page, 0);
  const suggestions = page.getByRole('complementary', { name: 'Annotation panel' }).getByText(/\d+ suggestions/);
  const layersShown = page.getByRole('group', { name: 'Layers' }).getByText('No colleague has annotated this document yet.');
  // Released one request at a time, those asked for later in their turn, until the layers and
  // the suggestions are shown; each answer is on screen before the text is measured.
  while (!(await layersShown.isVisible()) || !(await suggestions.isVisible())) {
    await expect.poll(() => held.length).toBeGreaterThan(0);
    const route = held.shift() as Route;
    const name = new URL(route.request().url()).pathname;
    await route.continue();
    await route.request().response();
    if (name.endsWith('listLayers')) await expect(layersShown).toBeVisible();
    if (name.endsWith('suggestAnnotations')) await expect(suggestions).toBeVisible();
    expect(await charBox(page, 0), name).toEqual(painted);
  }
  for (const route of held.splice(0)) await route.continue();
  await expect(offer).toContainText('2 articles run together');
  expect(await charBox(page, 0)).toEqual(painted);
  expect(problems).toEqual([]);
});
