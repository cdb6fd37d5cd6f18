import { SPACE } from '../code-units';

/**
 * Pairs quotation marks: « », “ ”, „ “, ‘ ’, ‹ › and straight " and '. A pair may cross
 * paragraphs, either as one long quote (« … ¶ … ») or by the English convention where each
 * new paragraph of the same quote reopens it (“… ¶ “… ”). Apostrophes (Britain’s, don't)
 * are told apart from single quotes by the letters around them.
 */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
  open: string;
  close: string;
  /** Nested inside another marked span. */
  nested: boolean;
}

type Family = 'guillemet' | 'curly' | 'low' | 'single' | 'angle' | 'straight' | 'straightSingle';

interface Open {
  family: Family;
  at: number;
  mark: string;
  /** Paragraph (line) index where the open mark sits; updated by continuation marks. */
  line: number;
  firstLine: number;
}

const MAX_LINES = 6;
const MAX_LENGTH = 4000;

const isSpace = (ch: string | undefined) => ch === undefined || ch === ' ' || ch === '\n' || ch === '\t';
const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const OPENING_CONTEXT = /[\s([{\-—–:،؛,/]/;

/** The characters the switch below acts on (besides the line break). */
const MARKS = new Uint8Array(0x10000);
for (const mark of '«»‹›„“”‘’"\'') MARKS[mark.charCodeAt(0)] = 1;

/** text.slice(from, to).trim() === '', without copying the paragraph (trim removes SPACE). */
function blank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SPACE[text.charCodeAt(k)] !== 1) return false;
  return true;
}

export function findMarkedSpans(text: string): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  const stack: Open[] = [];
  let line = 0;
  let lineStart = 0;

  const top = (family: Family) => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]?.family === family) return i;
    return -1;
  };
  const atLineStart = (i: number) => blank(text, lineStart, i);
  const open = (family: Family, i: number, mark: string) => {
    const existing = top(family);
    const prev = existing >= 0 ? (stack[existing] as Open) : null;
    // A paragraph that reopens an unclosed quote continues it.
    if (prev && prev.line < line && atLineStart(i) && family !== 'guillemet') {
      prev.line = line;
      return;
    }
    stack.push({ family, at: i, mark, line, firstLine: line });
  };
  const close = (family: Family, i: number, mark: string) => {
    const index = top(family);
    if (index < 0) return false;
    const o = stack[index] as Open;
    stack.splice(index);
    if (line - o.firstLine <= MAX_LINES && i + 1 - o.at <= MAX_LENGTH) {
      spans.push({ start: o.at, end: i + 1, open: o.mark, close: mark, nested: false });
    }
    return true;
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Most characters are no mark at all: skipped without making a one-character string
    // (every Arabic letter would be a new one) for each of them and their neighbours.
    if (code !== 0x0a && MARKS[code] !== 1) continue;
    const ch = text[i] as string;
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = text[i + 1];
    switch (ch) {
      case '\n':
        // Blank lines do not count: a quote may run across an empty line.
        if (!blank(text, lineStart, i)) line++;
        lineStart = i + 1;
        // Drop quotes left open too long ago: they were never closed.
        for (let k = stack.length - 1; k >= 0; k--)
          if (line - (stack[k] as Open).line > 1 && (stack[k] as Open).family !== 'guillemet') stack.splice(k, 1);
        break;
      case '«':
        open('guillemet', i, ch);
        break;
      case '»':
        close('guillemet', i, ch);
        break;
      case '‹':
        open('angle', i, ch);
        break;
      case '›':
        close('angle', i, ch);
        break;
      case '„':
        open('low', i, ch);
        break;
      case '“':
        // „ … “ (German) closes with “; otherwise “ opens.
        if (top('low') >= 0 && !isSpace(prev)) close('low', i, ch);
        else open('curly', i, ch);
        break;
      case '”':
        if (!close('curly', i, ch)) close('low', i, ch);
        break;
      case '‘':
        open('single', i, ch);
        break;
      case '’':
        if (isLetter(prev) && isLetter(next)) break; // apostrophe: Britain’s
        close('single', i, ch);
        break;
      case '"': {
        const opening = (prev === undefined || OPENING_CONTEXT.test(prev)) && !isSpace(next);
        const closing = !isSpace(prev) && (next === undefined || !isLetter(next));
        if (opening && !closing) open('straight', i, ch);
        else if (closing && !opening) close('straight', i, ch);
        else if (top('straight') >= 0) close('straight', i, ch);
        else open('straight', i, ch);
        break;
      }
      case "'": {
        if (isLetter(prev) && isLetter(next)) break;
        const opening = (prev === undefined || OPENING_CONTEXT.test(prev)) && isLetter(next);
        const closing = prev !== undefined && !isSpace(prev) && !isLetter(next);
        if (opening) open('straightSingle', i, ch);
        else if (closing) close('straightSingle', i, ch);
        break;
      }
      default:
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let outerEnd = -1;
  for (const s of spans) {
    if (s.end <= outerEnd) s.nested = true;
    else outerEnd = s.end;
  }
  return spans;
}
