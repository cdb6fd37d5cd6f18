import { expect, test } from '../serve';
import { longArticle } from '../splitview/fixtures';
import { callApi } from '../splitview/helpers';
import { suggestionBar, suggestionCards } from './helpers';

interface KeyProbe {
  /** Per keydown: ms from the key event's creation to its handler running, and whether suggestions were still being found. */
  keys: Array<{ lag: number; busy: boolean }>;
}

// The engine runs in a Web Worker: while it reads a long document, the window still handles
// every key at once. Were it on the UI thread, no key typed during the run could be handled
// until the run ended.
test("a long document's suggestion run does not hold up typing", async ({ page, server, problems }) => {
  // Long enough that the run outlasts the eight key presses on a quiet machine too (at 200 KB it could end first).
  const text = longArticle(800 * 1024);
  await callApi(server, 'addDocument', { title: 'Long wire copy', text });
  await page.goto(server.url);
  await page
    .getByRole('list', { name: 'Documents' })
    .getByRole('button', { name: /Long wire copy/ })
    .click();
  await expect(page.getByRole('article', { name: 'Long wire copy' })).toBeVisible();

  // A text field to type into, with a probe on its keydown (the page's own fields move focus
  // about as suggestions arrive; this one stays put).
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Typing probe');
    input.style.position = 'fixed';
    input.style.top = '0';
    document.body.append(input);
    const probe: KeyProbe = { keys: [] };
    (window as unknown as { probe: KeyProbe }).probe = probe;
    input.addEventListener('keydown', (event) => {
      const bar = document.querySelector('[aria-label="Suggestions"]');
      probe.keys.push({ lag: performance.now() - event.timeStamp, busy: bar?.getAttribute('aria-busy') === 'true' });
    });
  });

  await page.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: 'Suggest' }).click();
  await expect(suggestionBar(page)).toHaveAttribute('aria-busy', 'true');
  const probeField = page.getByRole('textbox', { name: 'Typing probe' });
  await probeField.focus();
  for (let i = 0; i < 8; i++) await probeField.press('a');
  await expect(suggestionBar(page)).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expect(suggestionCards(page).first()).toBeVisible();

  const { keys } = await page.evaluate(() => (window as unknown as { probe: KeyProbe }).probe);
  console.log(
    `key handling lag while suggestions were found (ms): ${keys.map((k) => `${k.lag.toFixed(0)}${k.busy ? '*' : ''}`).join(' ')}`,
  );
  // Keys were handled while the rules were still running (marked * above)…
  expect(keys.filter((k) => k.busy).length).toBeGreaterThan(0);
  // …and none of them waited on the engine: a run on the UI thread takes seconds here.
  expect(Math.max(...keys.filter((k) => k.busy).map((k) => k.lag))).toBeLessThan(500);
  expect(problems).toEqual([]);
});
