// Temporary (not committed): screenshots of the document view after Q, in English and Arabic.
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { api } from '../../tests/e2e/api';
import { startServer } from '../../tests/e2e/serve';
import { ARABIC_NEWS, FIGURE_RANGE, FULL_NAME, QUOTE } from '../../tests/e2e/splitview/fixtures';
import { withTempDir } from '../util';
import { ROOT } from './versions';

await withTempDir(async (dir) => {
  const server = await startServer(join(dir, 'corpus'), join(ROOT, 'out', 'cli', 'isnad.mjs'));
  const doc = await api<{ id: string; text: string }>(server, 'addDocument', { title: 'هدنة', text: ARABIC_NEWS });
  const at = (w: string) => ({ start: doc.text.indexOf(w), end: doc.text.indexOf(w) + w.length, text: w });
  await api(server, 'applyAnnotationEdits', {
    documentId: doc.id,
    edits: [
      { kind: 'create', id: 'q1', type: 'quote', ...at(QUOTE) },
      { kind: 'create', id: 's1', type: 'speaker', ...at(FULL_NAME) },
    ],
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    for (const language of ['en', 'ar'] as const) {
      await api(server, 'setInterfaceSettings', { language, digits: language === 'ar' ? 'arab' : 'latn' });
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(server.url);
      await page.locator('.document-item').first().click();
      await page.waitForSelector('.source-content p.paragraph');
      // Select the figure's words and press F: a new highlight with its card, ring and handles.
      const range = at(FIGURE_RANGE);
      await page.evaluate(({ start, end }) => {
        for (const p of document.querySelectorAll<HTMLElement>('p[data-start]')) {
          const base = Number(p.dataset.start);
          const node = p.firstChild as Text;
          if (base <= start && end <= base + node.length) {
            (document.querySelector('.source-pane') as HTMLElement).focus();
            getSelection()?.setBaseAndExtent(node, start - base, node, end - base);
          }
        }
      }, range);
      await page.waitForSelector('[role="toolbar"][aria-label]');
      await page.keyboard.press('f');
      await page.waitForSelector('.span-box.selected-ring');
      await page.waitForSelector('.edge');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `/tmp/hkeyhl/shots/document-${language}.png` });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
});
