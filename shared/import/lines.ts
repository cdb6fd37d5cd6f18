export interface Line {
  /** UTF-16 offsets into the text; `end` excludes the line break. */
  start: number;
  end: number;
  text: string;
  blank: boolean;
}

/** Every line of normalized (LF) text, blank ones included, with its offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    lines.push({ start, end, text: line, blank: line.trim().length === 0 });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

const BULLET = /^\s*(?:[•·▪◦●○■□‣⁃►▸*\-–—]|\d{1,2}[.)-])\s+/u;
const SENTENCE_END = /[.。۔!؛;:]["'»”’)]*\s*$/u;
const ELLIPSIS_END = /(?:\.\.\.?|…)\s*$/u;

export function isBullet(line: string): boolean {
  return BULLET.test(line);
}

export function stripBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/**
 * A line that reads like a headline or a link title: short, and not ending like a sentence.
 * Body paragraphs of news copy end with a full stop; headlines and related links do not.
 */
export function isHeadlineLike(line: string): boolean {
  const text = stripBullet(line);
  if (text.length < 8 || text.length > 180) return false;
  if (wordCount(text) > 24) return false;
  return !SENTENCE_END.test(text) || ELLIPSIS_END.test(text);
}

/**
 * The text's headline: its first non-blank line when that reads like one (short, not
 * ending like a sentence; a Markdown `#` heading counts) and body text follows it. '' when
 * the text starts straight with prose, so the caller keeps its own title (a file's name).
 */
export function headlineOf(text: string): string {
  const lines = splitLines(text.slice(0, 4_000)).filter((l) => !l.blank);
  const first = lines[0]?.text.trim().replace(/^#{1,6}\s+/, '') ?? '';
  if (lines.length < 2 || !isHeadlineLike(first) || isBullet(lines[0]?.text ?? '')) return '';
  return first;
}
