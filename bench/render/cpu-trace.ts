// The renderer main thread's CPU time (thread time) over part of a probe, from a light Chromium
// trace (top-level tasks and the probe's marks only). On a loaded machine (2 cores shared by
// several jobs) an open's wall time counts its waits for a CPU, and swings with the load from
// one run to the next; its CPU time says what the open itself costs, and is reported beside it.
import type { Page } from '@playwright/test';
import type { TraceEvent } from './press-trace';

const CATEGORIES = ['toplevel', 'blink.user_timing'];
/**
 * Work a thread does at its top level: its run loop's tasks, and what runs outside them (a
 * microtask checkpoint after a network answer arrives, which is where a document's screen
 * is rendered, comes as `BlinkScheduler_PerformMicrotaskCheckpoint`, not inside a task).
 */
const isTopLevel = (e: TraceEvent & { cat?: string }) => e.ph === 'X' && (e.cat ?? '').split(',').includes('toplevel');
const TASK = 'ThreadControllerImpl::RunTask';

/** The renderer main thread with the most top-level tasks: the tab's own (others are idle frames). */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  let best: { pid: number; tid: number } | null = null;
  let most = 0;
  for (const m of events) {
    if (m.ph !== 'M' || m.name !== 'thread_name' || m.args?.name !== 'CrRendererMain') continue;
    const count = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X' && e.name === TASK).length;
    if (count > most) [best, most] = [{ pid: m.pid, tid: m.tid }, count];
  }
  return best;
}

/**
 * CPU ms of the main thread's tasks that started between the marks `from` and `to` (the last
 * of each name), NaN when a mark or the thread is missing from the trace.
 */
function cpuBetween(events: TraceEvent[], from: string, to: string): number {
  const mark = (name: string) => events.filter((e) => e.name === name).at(-1)?.ts;
  const start = mark(from);
  const end = mark(to);
  const main = mainThread(events);
  if (start === undefined || end === undefined || !main) return Number.NaN;
  const tasks = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && isTopLevel(e) && e.ts >= start && e.ts <= end)
    .sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let busyUntil = -1;
  // Only the outermost: work inside another (a nested run loop, a message) is in its time already.
  for (const e of tasks) {
    if (e.ts < busyUntil) continue;
    busyUntil = e.ts + (e.dur ?? 0);
    cpu += e.tdur ?? e.dur ?? 0;
  }
  return cpu / 1000;
}

/** Runs `work` under a trace of `page` and gives its result with the main thread's CPU ms between two marks it sets. */
export async function withMainThreadCpu<T>(
  page: Page,
  from: string,
  to: string,
  work: () => Promise<T>,
): Promise<{ result: T; cpu: number }> {
  const browser = page.context().browser();
  if (!browser) throw new Error('the page has no browser to trace');
  await browser.startTracing(page, { categories: CATEGORIES });
  let result: T;
  try {
    result = await work();
  } catch (err) {
    await browser.stopTracing().catch(() => {});
    throw err;
  }
  const buffer = await browser.stopTracing();
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  return { result, cpu: cpuBetween(events, from, to) };
}
