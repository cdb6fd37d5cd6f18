import { api } from '../api';
import { expect, test } from '../serve';

/**
 * An emoji in an article is drawn, never an empty box and never nothing: by the system's colour
 * emoji font where there is one, else by the outline font the app bundles (Noto Emoji, OFL, from
 * @fontsource, served by the app itself, offline). The colour font Fontsource ships is the
 * OpenType-SVG build, which Chromium draws as nothing: this test failed with it.
 */
test('an emoji in an article is drawn by a real emoji glyph: the system colour font, or the bundled outlines', async ({
  page,
  server,
  problems,
}) => {
  await api(server, 'addDocument', { title: 'Emoji', text: 'قال الناطق 😀 إن الاجتماع انتهى ❤️ اليوم.' });
  await page.goto(server.url);
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: /Emoji/ }).click();
  const article = page.getByRole('article', { name: 'Emoji' });
  await expect(article).toContainText('😀');

  // The bundled face covering 😀 loads from the app.
  const faces = await page.evaluate(async () => (await document.fonts.load('40px "Noto Emoji"', '😀')).length);
  expect(faces).toBeGreaterThan(0);

  // 😀 drawn in the article's own font stack, and alone in the bundled face: ink, colour, and whether the two agree.
  const drawn = await page.evaluate(() => {
    const paragraph = document.querySelector('p.paragraph') as HTMLElement;
    const draw = (family: string, text = '😀') => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 64, 64);
      ctx.font = `40px ${family}`;
      ctx.textBaseline = 'top';
      ctx.fillStyle = '#000';
      ctx.fillText(text, 8, 8);
      return Array.from(ctx.getImageData(0, 0, 64, 64).data);
    };
    const marked = (pixels: number[]) => {
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i] as number, pixels[i + 1] as number, pixels[i + 2] as number];
        if (Math.min(r, g, b) < 128 || Math.max(r, g, b) - Math.min(r, g, b) > 60) count++;
      }
      return count;
    };
    const family = getComputedStyle(paragraph).fontFamily;
    const stack = draw(family);
    // What this stack draws for a character no font has: the "empty box" a journalist must never see for 😀.
    const box = draw(family, '\u{10FFFD}');
    return { inArticle: marked(stack), bundledAlone: marked(draw('"Noto Emoji"')), isBox: stack.every((v, i) => v === box[i]) };
  });
  // In the article: a face drawn (its outline and features, far more than nothing), and not the box.
  expect(drawn.inArticle).toBeGreaterThan(150);
  expect(drawn.isBox).toBe(false);
  // The bundled fallback itself draws it in Chromium, for machines with no emoji font at all.
  expect(drawn.bundledAlone).toBeGreaterThan(150);
  expect(problems).toEqual([]);
});
