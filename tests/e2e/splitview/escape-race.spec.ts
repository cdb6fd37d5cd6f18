import { expect, test } from '../serve';
import { ENGLISH_NEWS } from './fixtures';
import { cards, dragSelect, pasteDocument, selectedText, sourcePane } from './helpers';

// On a slow machine the new card's list can still be catching up when the next key arrives.
// A journalist who marks a figure and at once presses Escape means "back to the text": the
// key must not leave them in the card, and their place in the text must stay.
test('Escape pressed at once after F goes back to the text and keeps the place, even on a slow machine', async ({
  page,
  server,
  problems,
}) => {
  await page.goto(server.url);
  await pasteDocument(page, 'Harbour backlog', ENGLISH_NEWS);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  const words = ['1,200', '10', '$4', '$5'];
  for (const [n, word] of words.entries()) {
    const start = ENGLISH_NEWS.indexOf(word);
    await dragSelect(page, start, start + word.length, { edges: true });
    expect(await selectedText(page)).toBe(word);
    await page.keyboard.press('f');
    await page.keyboard.press('Escape');
    await expect(sourcePane(page)).toBeFocused();
    await expect(cards(page)).toHaveCount(n + 1);
    // The figure just marked is still the place the arrows move from.
    await page.keyboard.press('ArrowRight');
    expect(await selectedText(page)).not.toBe('');
    await expect(sourcePane(page)).toBeFocused();
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  expect(problems).toEqual([]);
});
