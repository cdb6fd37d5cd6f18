import { api } from '../api';
import { expect, test } from '../serve';

/**
 * Emoji in an article are drawn in colour by the font the app bundles (Noto Color Emoji, OFL,
 * from @fontsource), never as empty boxes on a machine without an emoji font: the face loads
 * from the app itself (offline), and the emoji as the article shows it is drawn with colour.
 */
// fixme: on Debian's headless Chromium here the bundled face loads (the first check passes) but
// 😀 is drawn as nothing at all, in the article and on a canvas: neither a colour glyph nor a box.
// Whether that is this headless build (no GPU, SwiftShader) or the font's colour format is not
// settled; the test states what a journalist must see and is to be switched on once it holds.
test.fixme('an emoji in an article is drawn in colour by the bundled emoji font', async ({ page, server, problems }) => {
  await api(server, 'addDocument', { title: 'Emoji', text: 'قال الناطق 😀 إن الاجتماع انتهى.' });
  await page.goto(server.url);
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /Emoji/ }).click();
  await expect(page.getByRole('article', { name: 'Emoji' })).toContainText('😀');

  // The bundled face covering 😀 is loaded from the app.
  const faces = await page.evaluate(async () => (await document.fonts.load('24px "Noto Color Emoji"', '😀')).length);
  expect(faces).toBeGreaterThan(0);

  // Drawn in the article's own font stack: coloured pixels (an empty box would be grey outline only).
  const coloured = await page.evaluate(() => {
    const paragraph = document.querySelector('.source-pane p, .source-pane [dir="auto"]') as HTMLElement | null;
    const family = paragraph ? getComputedStyle(paragraph).fontFamily : '"Noto Color Emoji"';
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 64, 64);
    ctx.font = `40px ${family}`;
    ctx.textBaseline = 'top';
    ctx.fillStyle = '#000';
    ctx.fillText('😀', 8, 8);
    const { data } = ctx.getImageData(0, 0, 64, 64);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count++;
    }
    return count;
  });
  expect(coloured).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});
