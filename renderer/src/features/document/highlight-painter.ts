import { type Piece, priorityOf } from './highlights.logic';

/**
 * Paints highlights over the text with the CSS Custom Highlight API: ranges over the
 * paragraphs' own text nodes, registered under names the stylesheet styles with
 * `::highlight(name)`. Nothing is inserted into the paragraphs, so a new or changed
 * annotation is painted without touching the text DOM (no re-layout of the paragraph, no
 * lost selection), and the bidi layout cannot change: highlighting never moves a letter.
 *
 * One painter per source pane. Paragraphs paint themselves when they mount or their spans
 * change, and clear their pieces when they unmount, so only the paragraphs on screen hold
 * ranges. StaticRange is enough: the text of a paragraph never changes while it is mounted.
 */
export class HighlightPainter {
  readonly #highlights = new Map<string, Highlight>();
  /** What each mounted paragraph (by its start offset) has painted, to take it off again. */
  readonly #painted = new Map<number, Array<{ highlight: Highlight; range: StaticRange }>>();
  #attached = false;

  /** False where the browser lacks the API (the text is still shown, without highlights). */
  static get supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
  }

  /** Registers this painter's highlights with the document (the pane is on screen). */
  attach(): void {
    if (!HighlightPainter.supported || this.#attached) return;
    this.#attached = true;
    for (const [name, highlight] of this.#highlights) CSS.highlights.set(name, highlight);
  }

  /** Unregisters them; the ranges are kept for a later `attach` (React may remount). */
  detach(): void {
    if (!HighlightPainter.supported || !this.#attached) return;
    this.#attached = false;
    for (const [name, highlight] of this.#highlights) if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
  }

  /**
   * Replaces what the paragraph starting at `paragraphStart` has painted with `pieces`
   * (offsets into the document; `node` holds the paragraph's text from `paragraphStart`).
   */
  paint(paragraphStart: number, node: Text, pieces: readonly Piece[]): void {
    if (!HighlightPainter.supported) return;
    this.clear(paragraphStart);
    if (pieces.length === 0) return;
    const painted: Array<{ highlight: Highlight; range: StaticRange }> = [];
    for (const piece of pieces) {
      const start = piece.start - paragraphStart;
      const end = piece.end - paragraphStart;
      if (start < 0 || end > node.length || end <= start) continue;
      const highlight = this.#highlight(piece.name);
      const range = new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end });
      highlight.add(range);
      painted.push({ highlight, range });
    }
    this.#painted.set(paragraphStart, painted);
  }

  /** Takes a paragraph's pieces off (it is unmounting, or about to repaint). */
  clear(paragraphStart: number): void {
    const painted = this.#painted.get(paragraphStart);
    if (!painted) return;
    for (const { highlight, range } of painted) highlight.delete(range);
    this.#painted.delete(paragraphStart);
  }

  #highlight(name: string): Highlight {
    let highlight = this.#highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = priorityOf(name);
      this.#highlights.set(name, highlight);
      if (this.#attached) CSS.highlights.set(name, highlight);
    }
    return highlight;
  }
}
