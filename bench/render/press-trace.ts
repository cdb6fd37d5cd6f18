// One key press in a Chromium trace, task by task: every main-thread task from the keydown to
// the end of the paint of the frame that shows its result (the probe's `isnad-key-painted`
// mark is set in that frame's requestAnimationFrame), with its CPU time and what ran in it.
// On a loaded machine the wall time of a press counts waits for the CPU; its tasks and their
// CPU time say what the press itself asked for.

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

export interface PressTask {
  /** Start, ms after the keydown. */
  at: number;
  wall: number;
  cpu: number;
  /** The work items in it (events, timers, frames, style, layout, paint) with their CPU ms. */
  what: string;
}

export interface Press {
  /** keydown → the frame's requestAnimationFrame (where the probe saw the result). */
  toFrame: number;
  /** keydown → the end of that frame's paint. */
  toPaint: number;
  /** Main-thread CPU of the tasks in between. */
  cpu: number;
  tasks: PressTask[];
}

const ITEMS = new Set([
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'FunctionCall',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MajorGC',
  'MinorGC',
]);
/** Items that hold others: what runs inside them is theirs. */
const HOLDERS = new Set(['EventDispatch', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'FunctionCall', 'RunMicrotasks']);

const cpuOf = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

function label(e: TraceEvent): string {
  const data = e.args?.data ?? {};
  if (e.name === 'EventDispatch') return `${data.type as string} event`;
  if (e.name === 'FunctionCall') return `${(data.functionName as string) || 'function'}()`;
  if (e.name === 'TimerFire') return 'timer';
  if (e.name === 'FireAnimationFrame') return 'animation frame';
  if (e.name === 'FireIdleCallback') return 'idle callback';
  if (e.name === 'UpdateLayoutTree') return 'style';
  return e.name.startsWith('V8.GC') || e.name.endsWith('GC') ? 'GC' : e.name.toLowerCase();
}

/** The press in a trace holding one keydown and the probe's mark; null without them. */
export function pressOf(events: TraceEvent[], mark = 'isnad-key-painted'): Press | null {
  const key = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const seen = events.find((e) => e.name === mark);
  if (!key || !seen) return null;
  const own = events
    .filter((e) => e.pid === key.pid && e.tid === key.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur as number) - (a.dur as number));
  const paint = own.find((e) => e.ts >= seen.ts && e.name === 'Paint');
  const end = paint ? paint.ts + (paint.dur as number) : seen.ts;
  const tasks: PressTask[] = [];
  for (const task of own) {
    if (task.name !== 'RunTask' || task.ts + (task.dur as number) < key.ts || task.ts > end) continue;
    const inside = own.filter(
      (e) => e !== task && ITEMS.has(e.name) && e.ts >= task.ts && e.ts + (e.dur as number) <= task.ts + (task.dur as number),
    );
    const held = (e: TraceEvent) =>
      inside.some((h) => h !== e && HOLDERS.has(h.name) && h.ts <= e.ts && h.ts + (h.dur as number) >= e.ts + (e.dur as number));
    const what = inside
      .filter((e) => !held(e) && cpuOf(e) >= 0.3)
      .map((e) => `${label(e)} ${cpuOf(e).toFixed(1)}`)
      .join(', ');
    tasks.push({ at: (task.ts - key.ts) / 1000, wall: (task.dur as number) / 1000, cpu: cpuOf(task), what });
  }
  return {
    toFrame: (seen.ts - key.ts) / 1000,
    toPaint: (end - key.ts) / 1000,
    cpu: tasks.reduce((sum, t) => sum + t.cpu, 0),
    tasks,
  };
}

/** A press as lines: the totals, then one line per task that did anything. */
export function describePress(press: Press): string {
  const lines = [
    `keydown → frame ${press.toFrame.toFixed(1)} ms, → painted ${press.toPaint.toFixed(1)} ms; main-thread CPU ${press.cpu.toFixed(1)} ms in ${press.tasks.length} tasks`,
  ];
  for (const t of press.tasks) {
    if (t.cpu < 0.5) continue;
    lines.push(
      `    +${t.at.toFixed(1).padStart(6)} ms  wall ${t.wall.toFixed(1).padStart(5)}  cpu ${t.cpu.toFixed(1).padStart(5)}  ${t.what}`,
    );
  }
  return lines.join('\n');
}
