import { ARABIC_NEWS, FIGURE_RANGE, FULL_NAME, QUOTE } from './fixtures';
import { callApi, cards } from './helpers';
import { expect, test } from '../serve';
import { chooseFromMore } from '../toolbar';

/**
 * Counts, at each React commit, the annotation cards that rendered again, through the hook
 * React gives developer tools (present in production builds too): a card is a component
 * whose first element carries data-card-id, and it rendered when React marked it as having
 * performed work (flag 1) in this commit.
 */
const COUNT_CARD_RENDERS = `
window.__cardRenders = 0;
window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  isDisabled: false,
  renderers: new Map(),
  inject() { return 1; },
  onScheduleFiberRoot() {},
  onCommitFiberUnmount() {},
  onPostCommitFiberRoot() {},
  checkDCE() {},
  onCommitFiberRoot(_id, root) {
    const firstElement = (fiber) => {
      for (let f = fiber.child; f; f = f.child) if (f.stateNode instanceof Element) return f.stateNode;
      return null;
    };
    const stack = [root.current];
    while (stack.length) {
      const fiber = stack.pop();
      const component = typeof fiber.type === 'function' || (fiber.type && typeof fiber.type === 'object');
      if (component && fiber.alternate && (fiber.flags & 1) === 1 && firstElement(fiber)?.hasAttribute('data-card-id')) window.__cardRenders++;
      for (let c = fiber.child; c; c = c.sibling) stack.push(c);
    }
  },
};
`;

test('opening and closing the app’s dialogs does not render the annotation cards again', async ({ page, server, problems }) => {
  const doc = await callApi<{ id: string; text: string }>(server, 'addDocument', { title: 'هدنة', text: ARABIC_NEWS });
  const at = (words: string) => ({ start: doc.text.indexOf(words), end: doc.text.indexOf(words) + words.length, text: words });
  await callApi(server, 'applyAnnotationEdits', {
    documentId: doc.id,
    edits: [
      { kind: 'create', id: 's1', type: 'speaker', ...at(FULL_NAME) },
      { kind: 'create', id: 'q1', type: 'quote', ...at(QUOTE), attributes: { speakerId: 's1' } },
      { kind: 'create', id: 'f1', type: 'figure', ...at(FIGURE_RANGE) },
    ],
  });
  await page.addInitScript({ content: COUNT_CARD_RENDERS });
  await page.goto(server.url);
  await page.getByRole('button', { name: /هدنة/ }).first().click();
  await expect(cards(page)).toHaveCount(3);
  // Let the screen settle (suggestions, summaries), then count from zero.
  await page.waitForTimeout(1_000);
  await page.evaluate(() => {
    (window as unknown as { __cardRenders: number }).__cardRenders = 0;
  });
  const renders = () => page.evaluate(() => (window as unknown as { __cardRenders: number }).__cardRenders);

  await chooseFromMore(page, 'Settings');
  await expect(page.getByRole('dialog', { name: 'Settings', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Settings', exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'Paste text' }).click();
  await expect(page.getByRole('dialog', { name: 'Paste text' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Paste text' })).toBeHidden();
  expect(await renders()).toBe(0);

  // The count does see a card that changes: selecting one renders it (and the one it leaves).
  await cards(page).filter({ hasText: FIGURE_RANGE }).click();
  await expect.poll(renders).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
