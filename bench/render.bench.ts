// The document screen in Chromium against a real `isnad serve`: time to first render,
// keypress → visible new highlight, and the longest task while scrolling. A 200 KB Arabic
// article with 2,000 annotations is measured side by side with a small one, in one run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Page, chromium } from '@playwright/test';
import { CorpusStore } from '../electron/services/corpus/store';
import { startServer } from '../tests/e2e/serve';
import { longAnnotations, longArticle } from '../tests/e2e/splitview/fixtures';
import { ms, percentile, table, withTempDir } from './util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.ISNAD_CHROMIUM ?? '/usr/bin/chromium';
const RENDERS = 5;
const KEYPRESSES = 20;

interface Case {
  title: string;
  label: string;
  text: string;
  annotations: number;
}

/** A stage that hangs is reported as such instead of stalling the whole run. */
function within<T>(seconds: number, stage: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${stage} did not finish within ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** Click in the library → paragraphs with highlights and the cards are painted. */
async function firstRender(page: Page, title: string, other: string): Promise<number> {
  return page.evaluate(
    async ([title, other]) => {
      const pick = (t: string) =>
        [...document.querySelectorAll<HTMLElement>('.document-item')].find((b) => b.textContent?.includes(t)) as HTMLElement;
      const painted = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const until = (ok: () => boolean) =>
        new Promise<void>((r) => {
          const tick = () => (ok() ? r() : requestAnimationFrame(tick));
          tick();
        });
      pick(other as string).click(); // start from another document, as a user switching does
      await until(() => document.querySelector('article')?.getAttribute('aria-label') === other);
      await painted();
      const t0 = performance.now();
      pick(title as string).click();
      await until(
        () =>
          document.querySelector('article')?.getAttribute('aria-label') === title &&
          document.querySelector('.source-content .hl') !== null &&
          document.querySelector('[data-card-id]') !== null,
      );
      await painted();
      return performance.now() - t0;
    },
    [title, other],
  );
}

/** Selects the n-th not yet annotated "الاجتماعات" in view, then times Q → the new highlight painted. */
async function keypressToHighlight(page: Page, n: number): Promise<number> {
  const ready = await page.evaluate((n) => {
    const pane = document.querySelector<HTMLElement>('.source-pane') as HTMLElement;
    const word = 'الاجتماعات';
    let seen = 0;
    for (const p of pane.querySelectorAll<HTMLElement>('p[data-start]')) {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(word);
        if (at < 0 || node.parentElement?.closest('.hl')) continue;
        if (seen++ < n) continue;
        pane.focus();
        getSelection()?.setBaseAndExtent(node, at, node, at + word.length);
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const before = new Set([...pane.querySelectorAll<HTMLElement>('[data-id]')].map((e) => e.dataset.id));
        (window as unknown as { benchResult: Promise<number> }).benchResult = new Promise<number>((resolve) => {
          let t0 = 0;
          window.addEventListener('keydown', () => (t0 = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            const added = [...pane.querySelectorAll<HTMLElement>('[data-id]')].some((e) => !before.has(e.dataset.id));
            if (!added || t0 === 0) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          });
          observer.observe(pane, { subtree: true, childList: true });
        });
        return true;
      }
    }
    return false;
  }, n);
  if (!ready) throw new Error('no unannotated word left in view');
  await page.waitForTimeout(50); // let selectionchange reach the screen, as between a human's selection and key
  await page.keyboard.press('q');
  return page.evaluate(() => (window as unknown as { benchResult: Promise<number> }).benchResult);
}

/** Scrolls the whole text, one step per frame, recording long tasks and frame gaps. */
async function scrollThrough(page: Page): Promise<{ longest: number; count: number; worstFrame: number; frames: number }> {
  return page.evaluate(async () => {
    const pane = document.querySelector<HTMLElement>('.source-pane') as HTMLElement;
    pane.scrollTo(0, 0);
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const gaps: number[] = [];
    await new Promise<void>((resolve) => {
      let last = performance.now();
      const step = () => {
        const now = performance.now();
        gaps.push(now - last);
        last = now;
        if (pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 2) return resolve();
        pane.scrollBy(0, 300);
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    return { longest: Math.max(0, ...tasks), count: tasks.length, worstFrame: Math.max(...gaps.slice(1)), frames: gaps.length };
  });
}

await withTempDir(async (dir) => {
  console.log('building the renderer…');
  const build = spawnSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('renderer build failed');

  const corpus = join(dir, 'corpus');
  const store = await CorpusStore.open(corpus);
  const small = longArticle(5 * 1024);
  const large = longArticle(200 * 1024);
  const cases: Case[] = [
    { title: 'Small article', label: `${(small.length / 1024).toFixed(0)} K chars, 50 annotations`, text: small, annotations: 50 },
    { title: 'Large article', label: `${(large.length / 1024).toFixed(0)} K chars, 2,000 annotations`, text: large, annotations: 2000 },
    // Scrapers often drop every line break: the same article as one 200 K paragraph.
    { title: 'Unbroken article', label: `${(large.length / 1024).toFixed(0)} K chars in one paragraph, 2,000 annotations`, text: large.replace(/\n+/g, ' '), annotations: 2000 },
  ];
  for (const c of cases) {
    const doc = await store.addDocument({ title: c.title, text: c.text });
    await store.applyAnnotationEdits({ documentId: doc.id, edits: longAnnotations(doc.text, c.annotations) });
  }
  await store.close();

  const { url, stop } = await startServer(corpus);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const rows: Array<Record<string, string>> = [];
    for (const c of cases) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      // tsx names the functions it compiles with a helper the page does not have.
      await page.addInitScript({ content: 'window.__name = (f) => f;' });
      await page.goto(url);
      await page.waitForSelector('.document-item');
      const other = cases.find((x) => x !== c)?.title as string;
      const renders: number[] = [];
      for (let i = 0; i < RENDERS; i++) renders.push(await within(60, `first render of ${c.title}`, firstRender(page, c.title, other)));
      const presses: number[] = [];
      for (let i = 0; i < KEYPRESSES; i++) presses.push(await within(60, `keypress ${i + 1} in ${c.title}`, keypressToHighlight(page, 0)));
      const scroll = await within(300, `scrolling ${c.title}`, scrollThrough(page));
      rows.push({
        document: c.label,
        'first render (median)': ms(percentile(renders, 50)),
        'key → highlight p50': ms(percentile(presses, 50)),
        'key → highlight p95': ms(percentile(presses, 95)),
        'longest task scrolling': scroll.count ? ms(scroll.longest) : 'none ≥ 50 ms',
        'long tasks': String(scroll.count),
        'worst frame gap': ms(scroll.worstFrame),
      });
      await page.close();
    }
    table(rows);
    console.log(
      `Chromium ${browser.version()}, headless, 1400×900; first render = library click → text, highlights and cards painted (${RENDERS} runs);` +
        ` key → highlight = keydown → new highlight painted (${KEYPRESSES} presses); scrolling = whole text, 300 px per frame.`,
    );
  } finally {
    await browser.close();
    // The server writes its index on the way out; the temp folder goes only after that.
    await stop();
  }
});
