// What the render bench measures inside the page. Each probe works on today's renderer
// (highlights painted with the CSS Custom Highlight API) and on older builds (highlights
// as `.hl` elements), so a baseline built from another commit is measured the same way.
import type { Page } from '@playwright/test';

/**
 * Click in the library → the document's text, highlights and cards are painted, and the
 * main thread is quiet: the time runs to the later of that paint and the end of the last
 * long task (≥ 50 ms) that started before 300 ms of calm after it.
 */
export async function openDocument(page: Page, title: string, other: string | null): Promise<number> {
  return page.evaluate(
    async ([title, other]) => {
      // Painted: the next frame, then the task after it.
      const paint = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const pick = (t: string) =>
        [...document.querySelectorAll<HTMLElement>('.document-item')].find((b) => b.textContent?.includes(t)) as HTMLElement;
      const until = (ok: () => boolean) =>
        new Promise<void>((r) => {
          const tick = () => (ok() ? r() : requestAnimationFrame(tick));
          tick();
        });
      // The document screen is named by its title (aria-labelledby, a hidden span holding it).
      const shownTitle = () => {
        const label = document.querySelector('article.document-screen')?.getAttribute('aria-labelledby');
        return label ? document.getElementById(label)?.textContent?.trim() : undefined;
      };
      const highlighted = () =>
        document.querySelector('.source-content .hl') !== null ||
        [...CSS.highlights].some(([name, h]) => name.startsWith('isnad-annotation') && h.size > 0);
      if (other) {
        pick(other).click(); // start from another document, as a user switching does
        await until(() => shownTitle() === other);
        await paint();
      }
      const tasks: Array<{ start: number; end: number }> = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, end: e.startTime + e.duration });
      });
      observer.observe({ type: 'longtask', buffered: false });
      // For traces (render.bench.ts, profile.ts): where the click was.
      performance.mark('isnad-open-click');
      const t0 = performance.now();
      pick(title as string).click();
      await until(
        () =>
          shownTitle() === title &&
          document.querySelector('.source-content p.paragraph') !== null &&
          highlighted() &&
          document.querySelector('[data-card-id]') !== null,
      );
      await paint();
      const shown = performance.now();
      // For traces (bench/render/profile.ts): where the first complete screen was painted.
      performance.mark('isnad-open-shown');
      await new Promise((r) => setTimeout(r, 300));
      observer.disconnect();
      const busyUntil = Math.max(shown, ...tasks.filter((t) => t.start < shown + 300).map((t) => t.end));
      return busyUntil - t0;
    },
    [title, other],
  );
}

/** What the probes leave on the page between their steps. */
interface BenchWindow {
  /** Whether the change the next key press makes is painted (set by the probe that picks the spot). */
  benchPainted: () => boolean;
  /** Where keyToHighlight marked, for undoToClear. */
  benchMarked?: number[];
  /** pressAndTime's measure: ms from keydown to the painted frame, null when none came. */
  benchResult: Promise<number | null>;
}

/**
 * Presses `key` and times keydown (the event's own time stamp) → the first frame in which
 * the page's `benchPainted` holds. Null when it did not hold within 10 s.
 */
async function pressAndTime(page: Page, key: string): Promise<number | null> {
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    w.benchResult = new Promise((resolve) => {
      let pressed = 0;
      window.addEventListener('keydown', (e) => (pressed = e.timeStamp), { capture: true, once: true });
      const started = performance.now();
      const poll = () => {
        if (pressed > 0 && w.benchPainted()) {
          // For traces (bench/render/profile.ts): the frame that paints the change.
          performance.mark('isnad-key-painted');
          return setTimeout(() => resolve(performance.now() - pressed), 0);
        }
        if (performance.now() - started > 10_000) return resolve(null);
        requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
  });
  await page.waitForTimeout(50);
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as BenchWindow).benchResult);
}

/**
 * Selects the first not yet annotated "الاجتماعات" in view, presses Q and times keydown
 * (the event's own time stamp) → the frame that paints the new highlight. Null when no
 * highlight appeared within 10 s (counted as a failure, never as a time).
 */
export async function keyToHighlight(page: Page): Promise<number | null> {
  const ready = await page.evaluate(() => {
    const word = 'الاجتماعات';
    const pane = document.querySelector<HTMLElement>('.source-pane') as HTMLElement;
    /** Whether the character at `offset` of paragraph `p` is painted as an annotation, in either renderer. */
    const annotated = (p: HTMLElement, offset: number): boolean => {
      let at = 0;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (offset < at + node.length) {
          if (node.parentElement?.closest('.hl[data-variant="annotation"]')) return true;
          for (const [name, highlight] of CSS.highlights) {
            if (!name.startsWith('isnad-annotation')) continue;
            for (const r of highlight)
              if (r.startContainer === node && r.startOffset <= offset - at && offset - at < r.endOffset) return true;
          }
          return false;
        }
        at += node.length;
      }
      return false;
    };
    const top = pane.getBoundingClientRect().top;
    for (const p of pane.querySelectorAll<HTMLElement>('p[data-start]')) {
      if (p.getBoundingClientRect().bottom < top) continue;
      const text = p.textContent ?? '';
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (annotated(p, at) || annotated(p, at + word.length - 1)) continue;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let base = 0;
        let node = walker.nextNode() as Text | null;
        while (node && at >= base + node.length) {
          base += node.length;
          node = walker.nextNode() as Text | null;
        }
        if (!node || at + word.length > base + node.length) continue;
        pane.focus();
        getSelection()?.setBaseAndExtent(node, at - base, node, at - base + word.length);
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const w = window as unknown as BenchWindow;
        // Where it marked, for undoToClear.
        (w.benchMarked ??= []).push(Number(p.dataset.start) + at);
        w.benchPainted = () => annotated(p, at);
        return true;
      }
    }
    return false;
  });
  if (!ready) throw new Error('no unannotated word left in view');
  // The screen has taken the selection (its buttons show), as a human sees before pressing Q.
  await page.waitForSelector('[role="toolbar"][aria-label="Mark selection"]', { timeout: 10_000 });
  return pressAndTime(page, 'q');
}

/** Scrolls the whole text, one step per frame, recording long tasks and frame gaps. */
export async function scrollThrough(page: Page): Promise<{ longest: number; count: number; worstFrame: number }> {
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
    return { longest: Math.max(0, ...tasks), count: tasks.length, worstFrame: Math.max(...gaps.slice(1)) };
  });
}

/** The floor for "input → painted" on this machine now: a bare frame round trip. */
export async function frameRoundTrip(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const t0 = performance.now();
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  });
}

/** The floor for "open": the same text put into a blank page as plain paragraphs and painted, no app. */
export async function plainTextPaint(page: Page, text: string): Promise<number> {
  return page.evaluate(async (text) => {
    const box = document.createElement('div');
    box.style.cssText = 'position:fixed;inset:0;overflow:auto;background:#fff;font:18px/2 serif;z-index:99';
    document.body.append(box);
    const t0 = performance.now();
    for (const line of text.split('\n\n')) {
      const p = document.createElement('p');
      p.dir = 'auto';
      p.textContent = line;
      box.append(p);
    }
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const took = performance.now() - t0;
    box.remove();
    return took;
  }, text);
}

/**
 * Ctrl+Z on the annotation the last `keyToHighlight` made (each call undoes the one before):
 * keydown → the frame that no longer paints it. Null when it stayed painted for 10 s, or its
 * paragraph is no longer rendered.
 */
export async function undoToClear(page: Page): Promise<number | null> {
  const ready = await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const offset = w.benchMarked?.pop();
    const pane = document.querySelector<HTMLElement>('.source-pane') as HTMLElement;
    const p = [...pane.querySelectorAll<HTMLElement>('p[data-start]')].find(
      (el) => Number(el.dataset.start) <= (offset ?? -1) && (offset ?? -1) < Number(el.dataset.end),
    );
    if (offset === undefined || !p) return false;
    const at = offset - Number(p.dataset.start);
    const annotated = (): boolean => {
      const node = p.firstChild;
      if (p.querySelector('.hl[data-variant="annotation"]')) {
        // Older builds: nested elements; the character's own text node decides.
        let seen = 0;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (at < seen + n.length) return n.parentElement?.closest('.hl[data-variant="annotation"]') !== null;
          seen += n.length;
        }
        return false;
      }
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('isnad-annotation')) continue;
        for (const r of highlight) if (r.startContainer === node && r.startOffset <= at && at < r.endOffset) return true;
      }
      return false;
    };
    if (!annotated()) return false;
    // As after a click in the text: the text pane has focus, nothing is selected.
    getSelection()?.removeAllRanges();
    pane.focus({ preventScroll: true });
    p.scrollIntoView({ block: 'center' });
    w.benchPainted = () => !annotated();
    return true;
  });
  if (!ready) return null;
  return pressAndTime(page, 'Control+z');
}
