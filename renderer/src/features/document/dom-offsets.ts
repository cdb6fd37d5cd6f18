/**
 * Maps between DOM positions in the source pane and UTF-16 offsets into the document
 * text. Each paragraph element carries its start offset (`data-start`) and contains only
 * the text's own characters, as one text node (highlights are painted over it, handles
 * float above it), so the number of characters between a paragraph's start and a DOM point
 * is the offset.
 * This holds whatever the bidi layout, because DOM order is logical order.
 */
import type { TextRange } from '../../../../shared/text/words';

export const PARAGRAPH_SELECTOR = 'p[data-start]';

function paragraphOf(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>(PARAGRAPH_SELECTOR) ?? null;
}

function startOf(paragraph: HTMLElement): number {
  return Number(paragraph.dataset.start);
}

function endOf(paragraph: HTMLElement): number {
  return Number(paragraph.dataset.end);
}

/** The text offset of a DOM boundary point inside `root`; null when it lies outside it. */
export function pointToOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const paragraph = paragraphOf(node);
  if (paragraph && root.contains(paragraph)) {
    const range = document.createRange();
    range.setStart(paragraph, 0);
    range.setEnd(node, offset);
    return startOf(paragraph) + range.toString().length;
  }
  // Between paragraphs (a region label, the gap): the next paragraph's start.
  const point = document.createRange();
  point.setStart(node, offset);
  const paragraphs = root.querySelectorAll<HTMLElement>(PARAGRAPH_SELECTOR);
  for (const p of paragraphs) if (point.comparePoint(p, 0) === 1) return startOf(p);
  const last = paragraphs[paragraphs.length - 1];
  return last ? endOf(last) : null;
}

/** The current window selection in `root`, with which end the user is moving. */
export function selectionOffsets(root: HTMLElement): (TextRange & { backward: boolean }) | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
  const anchor = pointToOffset(root, selection.anchorNode, selection.anchorOffset);
  const focus = pointToOffset(root, selection.focusNode, selection.focusOffset);
  if (anchor === null || focus === null) return null;
  return { start: Math.min(anchor, focus), end: Math.max(anchor, focus), backward: focus < anchor };
}

function renderedParagraphAt(root: HTMLElement, offset: number): HTMLElement | null {
  for (const p of root.querySelectorAll<HTMLElement>(PARAGRAPH_SELECTOR)) {
    if (startOf(p) <= offset && offset <= endOf(p)) return p;
  }
  return null;
}

/** The DOM point for a text offset, if its paragraph is rendered. */
export function offsetToPoint(root: HTMLElement, offset: number): { node: Node; offset: number } | null {
  const paragraph = renderedParagraphAt(root, offset);
  if (!paragraph) return null;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let at = startOf(paragraph);
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset < at + node.length) return { node, offset: offset - at };
    at += node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : { node: paragraph, offset: paragraph.childNodes.length };
}

/** Shows [start, end) as the window selection; false when a paragraph is not rendered. */
export function selectOffsets(root: HTMLElement, start: number, end: number, backward = false): boolean {
  const from = offsetToPoint(root, start);
  const to = offsetToPoint(root, end);
  const selection = window.getSelection();
  if (!from || !to || !selection) return false;
  if (backward) selection.setBaseAndExtent(to.node, to.offset, from.node, from.offset);
  else selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  return true;
}

/** The text offset under a screen point, for dragging a span's edge. */
export function offsetAtPoint(root: HTMLElement, x: number, y: number): number | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return pointToOffset(root, position.offsetNode, position.offset);
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? pointToOffset(root, range.startContainer, range.startOffset) : null;
}

/**
 * The offset of the character drawn under a screen point (not the caret nearest to it), or
 * null over white space beside the text: what a click on painted text hits. The caret
 * position is only a guess at the character: in bidi text it may sit on either side, so the
 * characters around it are checked against the point.
 */
export function charOffsetAtPoint(root: HTMLElement, x: number, y: number): number | null {
  const caret = offsetAtPoint(root, x, y);
  if (caret === null) return null;
  for (const offset of [caret, caret - 1, caret + 1, caret - 2]) {
    if (offset < 0) continue;
    const from = offsetToPoint(root, offset);
    if (!(from?.node instanceof Text) || from.offset >= from.node.length) continue;
    const code = from.node.data.charCodeAt(from.offset);
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(from.node, Math.min(from.node.length, from.offset + width));
    for (const r of range.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return offset;
  }
  return null;
}

/** Client rectangles of a text range, for placing the selection's buttons. */
export function rangeRects(root: HTMLElement, start: number, end: number): DOMRect[] {
  const from = offsetToPoint(root, start);
  const to = offsetToPoint(root, end);
  if (!from || !to) return [];
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return [...range.getClientRects()];
}

/**
 * Client rectangles of the text in [start, end) on the rendered paragraphs only, each
 * paragraph on its own: a range across paragraphs would also return the boxes of the
 * elements between them.
 */
export function textRects(root: HTMLElement, start: number, end: number): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const p of root.querySelectorAll<HTMLElement>(PARAGRAPH_SELECTOR)) {
    const from = Math.max(start, startOf(p));
    const to = Math.min(end, endOf(p));
    const node = p.firstChild;
    if (to <= from || !(node instanceof Text)) continue;
    const range = document.createRange();
    range.setStart(node, from - startOf(p));
    range.setEnd(node, Math.min(node.length, to - startOf(p)));
    rects.push(...range.getClientRects());
  }
  return rects;
}
