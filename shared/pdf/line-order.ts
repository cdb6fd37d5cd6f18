import type { Direction } from '../text/direction';
import type { PdfRun } from './types';

/**
 * One line's runs, read in logical order. A PDF places glyph runs where they are seen
 * (visual order); pdf.js turns each run into logical order, but the runs of a line still
 * stand left to right. Reading an Arabic line means going right to left while keeping each
 * stretch of Latin words and numbers left to right, the inverse of the Unicode bidi
 * algorithm's reordering for the two levels a line of print uses.
 */

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;
const LETTER = /\p{L}/u;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
const ONLY_MARKS = /^\p{M}+$/u;
/** A space narrower than this (in em) is kerning, not a word break. */
const SPACE_EM = 0.12;

export type RunKind = 'rtl' | 'ltr' | 'num' | 'neutral';

export interface PlacedRun extends PdfRun {
  kind: RunKind;
}

export function runKind(text: string): RunKind {
  let rtl = 0;
  let ltr = 0;
  let digits = 0;
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) rtl++;
    else if (LETTER.test(ch)) ltr++;
    else if (DIGIT.test(ch)) digits++;
  }
  if (rtl > 0 || ltr > 0) return rtl >= ltr ? 'rtl' : 'ltr';
  return digits > 0 ? 'num' : 'neutral';
}

/** Strong letters of each direction in a stretch of text (for a line's or block's direction). */
export function directionCounts(text: string): { rtl: number; ltr: number } {
  let rtl = 0;
  let ltr = 0;
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) rtl++;
    else if (LETTER.test(ch)) ltr++;
  }
  return { rtl, ltr };
}

/**
 * Brackets and guillemets drawn in a right-to-left stretch are the mirrored glyph, and the
 * PDF's character map names what is seen: «…» comes out as »…«. Swapping them back in the
 * right-to-left flow gives the characters as typed.
 */
const MIRROR: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

function mirrored(text: string): string {
  let out = '';
  for (const ch of text) out += MIRROR[ch] ?? ch;
  return out;
}

function right(run: PdfRun): number {
  return run.x + run.width;
}

/**
 * Vowel signs that pdf.js reports as runs of their own (raised or lowered) go back into the
 * run of the letter they sit on, at the place their position points to.
 */
export function attachMarks(runs: PdfRun[]): PdfRun[] {
  const bases = runs.filter((r) => !ONLY_MARKS.test(r.text));
  const result = bases.map((r) => ({ ...r }));
  for (const mark of runs) {
    if (!ONLY_MARKS.test(mark.text)) continue;
    const centre = mark.x + mark.width / 2;
    let best = -1;
    let bestDistance = Infinity;
    result.forEach((r, i) => {
      const distance = centre < r.x ? r.x - centre : centre > right(r) ? centre - right(r) : 0;
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    });
    const base = result[best];
    if (!base || bestDistance > Math.max(base.size, mark.size)) continue;
    const chars = [...base.text];
    const share = base.width > 0 ? (centre - base.x) / base.width : 1;
    // In a right-to-left run the first character is the rightmost.
    const fromStart = runKind(base.text) === 'rtl' ? 1 - share : share;
    const at = Math.min(chars.length, Math.max(1, Math.round(fromStart * chars.length + 0.5)));
    chars.splice(at, 0, mark.text);
    base.text = chars.join('');
  }
  return result;
}

/** Whether there is a word space between two runs standing side by side. */
function spaced(left: PdfRun, next: PdfRun, spaces: PdfRun[]): boolean {
  const gap = next.x - right(left);
  const size = Math.max(left.size, next.size, 1);
  if (gap > SPACE_EM * size) return true;
  if (/\s$/u.test(left.text) || /^\s/u.test(next.text)) return true;
  // pdf.js's own space runs; a run's width may overrun the space beside it, so centres decide.
  const from = left.x + left.width / 2;
  const to = next.x + next.width / 2;
  // A space of no width says nothing about where it stands (pdf.js adds them around ligatures).
  return spaces.some((s) => s.width > 0.1 * size && s.x + s.width / 2 > from && s.x + s.width / 2 < to);
}

/** A stretch of the line: runs `from`..`to` in visual order. */
interface Stretch {
  from: number;
  to: number;
  /** Read right to left (its runs' order reversed), or left to right. */
  rtl: boolean;
}

/** Runs of one number, set side by side with nothing but . , : / between: 1,200 or 12/03/2024. */
function numberEnd(visual: PlacedRun[], i: number, gapAfter: boolean[]): number {
  let end = i;
  for (let j = i + 1; j < visual.length && !gapAfter[j - 1]; j++) {
    const run = visual[j] as PlacedRun;
    if (run.kind === 'num') end = j;
    else if (!(run.kind === 'neutral' && /^[.,:/\u066B\u066C]$/u.test(run.text))) break;
  }
  return end;
}

/**
 * Cuts a right-to-left line's visual sequence into stretches read left to right and single
 * runs read with the line, as the bidi algorithm placed them: Latin words with the spaces
 * and punctuation between them (and a number just after them, "Boeing 737") form one
 * stretch; each number stands alone (two figures in a table row keep their order); spaces
 * and punctuation at a stretch's ends belong to the right-to-left flow.
 */
function rtlStretches(visual: PlacedRun[], gapAfter: boolean[]): Stretch[] {
  const out: Stretch[] = [];
  let i = 0;
  while (i < visual.length) {
    const kind = (visual[i] as PlacedRun).kind;
    let end = i;
    if (kind === 'ltr') {
      for (let j = i + 1; j < visual.length && (visual[j] as PlacedRun).kind !== 'rtl'; j++)
        if ((visual[j] as PlacedRun).kind === 'ltr') end = j;
      let j = end + 1;
      while (j < visual.length && (visual[j] as PlacedRun).kind === 'neutral' && j - end <= 1) j++;
      if ((visual[j] as PlacedRun | undefined)?.kind === 'num') end = numberEnd(visual, j, gapAfter);
    } else if (kind === 'num') end = numberEnd(visual, i, gapAfter);
    out.push({ from: i, to: end, rtl: kind !== 'ltr' && kind !== 'num' });
    i = end + 1;
  }
  return out;
}

/** A left-to-right line: Arabic stretches (with the spaces, punctuation and numbers between their words) read right to left. */
function ltrStretches(visual: PlacedRun[]): Stretch[] {
  const out: Stretch[] = [];
  let i = 0;
  while (i < visual.length) {
    if ((visual[i] as PlacedRun).kind !== 'rtl') {
      out.push({ from: i, to: i, rtl: false });
      i++;
      continue;
    }
    let end = i;
    for (let j = i + 1; j < visual.length && (visual[j] as PlacedRun).kind !== 'ltr'; j++)
      if ((visual[j] as PlacedRun).kind === 'rtl') end = j;
    out.push({ from: i, to: end, rtl: true });
    i = end + 1;
  }
  return out;
}

/**
 * Punctuation at the ends of a Latin or number run belongs to the right-to-left flow around
 * it (a sentence's full stop after "2026" is drawn to its left), so it is cut off into a
 * run of its own, placed by the share of the run's width its characters take.
 */
const DETACHABLE = /[\s.,:;!?؟،؛()[\]{}«»"“”'‘’…]/u;

function peel(run: PdfRun): PdfRun[] {
  const chars = [...run.text];
  let from = 0;
  let to = chars.length;
  while (from < to && DETACHABLE.test(chars[from] as string)) from++;
  while (to > from && DETACHABLE.test(chars[to - 1] as string)) to--;
  if (from === 0 && to === chars.length) return [run];
  if (from === to) return [run];
  const per = run.width / chars.length;
  const piece = (a: number, b: number): PdfRun => ({ ...run, text: chars.slice(a, b).join(''), x: run.x + a * per, width: (b - a) * per });
  return [...(from > 0 ? [piece(0, from)] : []), piece(from, to), ...(to < chars.length ? [piece(to, chars.length)] : [])];
}

/** Numbers keep their own order inside a right-to-left stretch: 45 still reads 4, 5. */
function numberGroups(visual: PlacedRun[], stretch: Stretch): Stretch[] {
  const groups: Stretch[] = [];
  for (let i = stretch.from; i <= stretch.to; i++) {
    const last = groups[groups.length - 1];
    const num = (visual[i] as PlacedRun).kind === 'num';
    if (num && last && !last.rtl && (visual[last.to] as PlacedRun).kind === 'num') last.to = i;
    else groups.push({ from: i, to: i, rtl: !num });
  }
  return groups;
}

/**
 * The line's text in reading order. `spaces` are the line's whitespace runs, which mark word
 * breaks the gaps alone might miss.
 */
export function readLine(runs: PdfRun[], spaces: PdfRun[], base: Direction): string {
  const visual: PlacedRun[] = attachMarks(runs)
    .flatMap((r) => (base === 'rtl' && runKind(r.text) !== 'rtl' ? peel(r) : [r]))
    .map((r) => ({ ...r, kind: runKind(r.text) }))
    .sort((a, b) => a.x - b.x || right(a) - right(b));
  const gapAfter = visual.map((run, i) => {
    const next = visual[i + 1];
    return next !== undefined && spaced(run, next, spaces);
  });
  // Stretches stand side by side, so the space between two of them is the one between their facing runs.
  const join = (parts: Stretch[], rtl: boolean, text: (part: Stretch) => string): string => {
    const order = rtl ? [...parts].reverse() : parts;
    return order
      .map((part, k) => {
        const previous = order[k - 1];
        if (!previous) return text(part);
        const leftOne = rtl ? part : previous;
        return (gapAfter[leftOne.to] ? ' ' : '') + text(part);
      })
      .join('');
  };
  const runText = (i: number, rtlFlow: boolean) => {
    const run = visual[i] as PlacedRun;
    return rtlFlow && run.kind !== 'ltr' && run.kind !== 'num' ? mirrored(run.text) : run.text;
  };
  const leftToRight = (part: Stretch, rtlFlow: boolean) => {
    const singles: Stretch[] = [];
    for (let i = part.from; i <= part.to; i++) singles.push({ from: i, to: i, rtl: false });
    return join(singles, false, (s) => runText(s.from, rtlFlow));
  };
  const top = base === 'rtl' ? rtlStretches(visual, gapAfter) : ltrStretches(visual);
  const text =
    base === 'rtl'
      ? join(top, true, (part) => (part.rtl ? runText(part.from, true) : leftToRight(part, false)))
      : join(top, false, (part) =>
          part.rtl
            ? join(numberGroups(visual, part), true, (g) => (g.rtl ? runText(g.from, true) : leftToRight(g, false)))
            : leftToRight(part, false),
        );
  return text.replace(/\s+/gu, ' ').trim();
}

/** A line's own direction: that of most of its letters, or the block's when they are even. */
export function lineDirection(runs: PdfRun[], fallback: Direction): Direction {
  const counts = directionCounts(runs.map((r) => r.text).join(''));
  if (counts.rtl === counts.ltr) return fallback;
  return counts.rtl > counts.ltr ? 'rtl' : 'ltr';
}
