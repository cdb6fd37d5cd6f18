// The document screen in Chromium against a real `isnad serve`, on the app's own path: library
// click → text, highlights and cards painted and the thread quiet (cold, after a server
// restart in a fresh tab, and re-opened); key → new highlight painted; the longest task while
// scrolling. This tree and a baseline build (ISNAD_BENCH_BASELINE, default main) are measured
// side by side in one run, interleaved, with the load average and two floors measured beside
// them: a bare frame round trip and the same text painted as plain paragraphs in a blank page.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from '@playwright/test';
import { api } from '../tests/e2e/api';
import { type Server, startServer } from '../tests/e2e/serve';
import { longAnnotations, longArticle } from '../tests/e2e/splitview/fixtures';
import { withMainThreadCpu } from './render/cpu-trace';
import { frameRoundTrip, keyToHighlight, openDocument, plainTextPaint, scrollThrough, undoToClear } from './render/probes';
import { type Version, prepareVersions } from './render/versions';
import { ms, percentile, table, withTempDir } from './util';

const CHROMIUM = process.env.ISNAD_CHROMIUM ?? '/usr/bin/chromium';
const COLD = Number(process.env.ISNAD_BENCH_COLD ?? 5);
const WARM = 5;
const KEYPRESSES = Number(process.env.ISNAD_BENCH_KEYS ?? 20);
/** Ctrl+Z presses after them, each undoing the latest new annotation. */
const UNDOS = Math.min(KEYPRESSES, 10);
/** ISNAD_BENCH_CASES=large measures only the cases whose title starts with one of these words. */
const ONLY = process.env.ISNAD_BENCH_CASES?.toLowerCase().split(',');

interface Case {
  title: string;
  label: string;
  text: string;
  annotations: number;
}

interface Figures {
  cold: number[];
  /** Main-thread CPU ms of each cold open, click → first complete screen. */
  coldCpu: number[];
  warm: number[];
  keys: number[];
  keyFailures: number;
  undos: number[];
  undoFailures: number;
  scroll: { longest: number; count: number; worstFrame: number } | null;
}

/** A stage that hangs is reported as such instead of stalling the whole run. */
function within<T>(seconds: number, stage: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${stage} did not finish within ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

function load(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}

async function openTab(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // tsx names the functions it compiles with a helper the page does not have.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(url);
  await page.waitForSelector('.document-item');
  return page;
}

const median = (xs: number[]) => percentile(xs, 50);
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

await withTempDir(async (dir) => {
  const versions = await prepareVersions(dir);
  const small = longArticle(5 * 1024);
  const large = longArticle(200 * 1024);
  const cases: Case[] = [
    { title: 'Small article', label: `${(small.length / 1024).toFixed(0)} K chars, 50 annotations`, text: small, annotations: 50 },
    { title: 'Large article', label: `${(large.length / 1024).toFixed(0)} K chars, 2,000 annotations`, text: large, annotations: 2000 },
    // Scrapers often drop every line break: the same article as one 200 K paragraph.
    {
      title: 'Unbroken article',
      label: `${(large.length / 1024).toFixed(0)} K chars in one paragraph, 2,000 annotations`,
      text: large.replace(/\n+/g, ' '),
      annotations: 2000,
    },
  ];
  const measured = cases.filter((c) => !ONLY || ONLY.some((w) => c.title.toLowerCase().startsWith(w)));

  // One corpus and server per version, filled through that version's own API.
  const servers = new Map<Version, Server>();
  for (const [i, version] of versions.entries()) {
    const server = await startServer(join(dir, `corpus-${i}`), version.bin);
    for (const c of cases) {
      const doc = await api<{ id: string; text: string }>(server, 'addDocument', { title: c.title, text: c.text });
      await api(server, 'applyAnnotationEdits', { documentId: doc.id, edits: longAnnotations(doc.text, c.annotations) });
    }
    servers.set(version, server);
  }

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const startLoad = load();
  const figures = new Map<string, Figures>();
  const floors: Array<{ frame: number[]; plain: number[] }> = [];
  try {
    const blank = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    for (const [ci, c] of measured.entries()) {
      const other = cases.find((x) => x !== c)?.title as string;
      const mine = (v: Version): Figures => {
        const key = `${v.label}\u0000${c.title}`;
        if (!figures.has(key))
          figures.set(key, { cold: [], coldCpu: [], warm: [], keys: [], keyFailures: 0, undos: [], undoFailures: 0, scroll: null });
        return figures.get(key) as Figures;
      };
      const floor = { frame: [] as number[], plain: [] as number[] };
      floors.push(floor);
      // Cold: a fresh server process (nothing cached) and a fresh tab, versions taking turns.
      for (let round = 0; round < COLD; round++) {
        for (const v of versions) {
          const server = await (servers.get(v) as Server).restart();
          servers.set(v, server);
          const page = await openTab(browser, server.url);
          const open = await within(
            120,
            `cold open of ${c.title} (${v.label})`,
            withMainThreadCpu(page, 'isnad-open-click', 'isnad-open-shown', () => openDocument(page, c.title, null)),
          );
          mine(v).cold.push(open.result);
          mine(v).coldCpu.push(open.cpu);
          await page.close();
        }
        floor.plain.push(await plainTextPaint(blank, c.text));
        for (let i = 0; i < 5; i++) floor.frame.push(await frameRoundTrip(blank));
      }
      const pages = new Map<Version, Page>();
      for (const v of versions) pages.set(v, await openTab(browser, (servers.get(v) as Server).url));
      for (let i = 0; i < WARM; i++) {
        for (const v of versions)
          mine(v).warm.push(await within(120, `re-open of ${c.title} (${v.label})`, openDocument(pages.get(v) as Page, c.title, other)));
      }
      for (let i = 0; i < KEYPRESSES; i++) {
        for (const v of versions) {
          const took = await within(60, `keypress ${i + 1} in ${c.title} (${v.label})`, keyToHighlight(pages.get(v) as Page));
          if (took === null) mine(v).keyFailures++;
          else mine(v).keys.push(took);
        }
        for (let k = 0; k < 2; k++) floor.frame.push(await frameRoundTrip(blank));
      }
      for (let i = 0; i < UNDOS; i++) {
        for (const v of versions) {
          const took = await within(60, `undo ${i + 1} in ${c.title} (${v.label})`, undoToClear(pages.get(v) as Page));
          if (took === null) mine(v).undoFailures++;
          else mine(v).undos.push(took);
        }
      }
      for (const v of versions)
        mine(v).scroll = await within(300, `scrolling ${c.title} (${v.label})`, scrollThrough(pages.get(v) as Page));
      for (const page of pages.values()) await page.close();
      console.log(`measured ${ci + 1}/${measured.length}: ${c.title}`);
    }

    const rows: Array<Record<string, string>> = [];
    for (const [ci, c] of measured.entries()) {
      const floor = floors[ci] as { frame: number[]; plain: number[] };
      for (const v of versions) {
        const f = figures.get(`${v.label}\u0000${c.title}`) as Figures;
        rows.push({
          document: c.label,
          build: v.label,
          'cold open p50': ms(median(f.cold)),
          'cold open p95': ms(percentile(f.cold, 95)),
          'cold CPU p50': ms(median(f.coldCpu)),
          're-open': ms(median(f.warm)),
          'key→hl p50': ms(percentile(f.keys, 50)),
          'key→hl p95': ms(percentile(f.keys, 95)),
          'undo→clear p50': ms(percentile(f.undos, 50)),
          'undo→clear p95': ms(percentile(f.undos, 95)),
          'longest scroll task': f.scroll?.count ? ms(f.scroll.longest) : 'none ≥ 50 ms',
          'long tasks': String(f.scroll?.count ?? '–'),
          'worst frame': f.scroll ? ms(f.scroll.worstFrame) : '–',
          'cold ÷ plain paint': ratio(median(f.cold), median(floor.plain)),
          'key p95 ÷ frame': ratio(percentile(f.keys, 95), median(floor.frame)),
          ...(f.keyFailures ? { 'keys lost': String(f.keyFailures) } : {}),
          ...(f.undoFailures ? { 'undos lost': String(f.undoFailures) } : {}),
        });
      }
    }
    table(rows);
    table(
      measured.map((c, ci) => ({
        document: c.label,
        'frame round trip (median)': ms(median((floors[ci] as { frame: number[] }).frame)),
        'plain text paint (median)': ms(median((floors[ci] as { plain: number[] }).plain)),
      })),
    );
    if (versions.length === 2) {
      const [before, after] = versions as [Version, Version];
      const side: Array<Record<string, string>> = [];
      for (const c of measured) {
        const b = figures.get(`${before.label}\u0000${c.title}`) as Figures;
        const a = figures.get(`${after.label}\u0000${c.title}`) as Figures;
        const pairs: Array<[string, number, number]> = [
          ['cold open', median(b.cold), median(a.cold)],
          ['cold open p95', percentile(b.cold, 95), percentile(a.cold, 95)],
          ['cold open main-thread CPU', median(b.coldCpu), median(a.coldCpu)],
          ['re-open', median(b.warm), median(a.warm)],
          ['key→highlight p50', percentile(b.keys, 50), percentile(a.keys, 50)],
          ['key→highlight p95', percentile(b.keys, 95), percentile(a.keys, 95)],
          ['undo→cleared p95', percentile(b.undos, 95), percentile(a.undos, 95)],
          ['longest scroll task', b.scroll?.longest ?? NaN, a.scroll?.longest ?? NaN],
        ];
        for (const [what, x, y] of pairs)
          side.push({ document: c.label, measure: what, [before.label]: ms(x), [after.label]: ms(y), 'after ÷ before': ratio(y, x) });
      }
      table(side);
    }
    console.log(
      `Chromium ${browser.version()}, headless, 1400×900. Load average at start ${startLoad}, at end ${load()} (${process.env.ISNAD_BENCH_BASELINE ?? 'main'} is the baseline; ISNAD_BENCH_BASELINE=none skips it).\n` +
        `cold open = p50/p95 of ${COLD}, each after a server restart in a fresh tab (cold CPU = the main thread's CPU ms from the click to the first complete screen, which the load does not stretch); re-open = median of ${WARM} (from another document);` +
        ` both run from the library click until text, highlights and cards are painted and no long task runs.` +
        ` key→hl = keydown → frame painting the new highlight (${KEYPRESSES} presses); undo→clear = Ctrl+Z → frame no longer painting it (${UNDOS} of them). Scrolling = the whole text, 300 px per frame (long task = over 50 ms).`,
    );
  } finally {
    await browser.close();
    // Each server writes its index on the way out; the temp folder goes only after that.
    for (const server of servers.values()) await server.stop();
  }
});
