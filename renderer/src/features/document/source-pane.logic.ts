import type { Annotation } from '../../../../shared/domain/annotation';
import type { Paragraph } from '../../../../shared/text/paragraphs';
import type { Span } from '../../../../shared/text/segments';
import type { Cursor, Motion } from './keyboard-selection.logic';

/** Roughly how tall a paragraph is before it has been measured. */
export function estimateHeight(p: Paragraph | undefined): number {
  return p ? Math.ceil((p.end - p.start) / 75) * 34 + 16 : 50;
}

/**
 * What an arrow, Home or End key does in the text. ← and → follow the paragraph's
 * direction: in Arabic, → goes back a word. Ctrl with Home/End goes to the document's ends.
 */
export function motionForKey(key: string, rtl: boolean, mod: boolean): Motion | undefined {
  const motions: Record<string, Motion> = {
    ArrowRight: rtl ? 'word-backward' : 'word-forward',
    ArrowLeft: rtl ? 'word-forward' : 'word-backward',
    ArrowDown: 'paragraph-forward',
    ArrowUp: 'paragraph-backward',
    Home: mod ? 'document-start' : 'home',
    End: mod ? 'document-end' : 'end',
  };
  return motions[key];
}

/**
 * Where a key moves from: the live selection (its anchor and the end being moved), else
 * the selected annotation, else where the last selection ended; null when nothing was.
 */
export function cursorToMoveFrom(
  live: { start: number; end: number; backward: boolean } | null,
  selected: { start: number; end: number } | null,
  caret: number | null,
): Cursor | null {
  if (live && live.start !== live.end)
    return live.backward ? { anchor: live.end, focus: live.start } : { anchor: live.start, focus: live.end };
  if (selected) return { anchor: selected.start, focus: selected.end };
  return caret === null ? null : { anchor: caret, focus: caret };
}

/**
 * The highlight a click selects, given the highlights under the pointer innermost first:
 * the innermost, or, clicking again where spans overlap, the next one outward.
 */
export function nextUnderPointer<T extends { id: string }>(chain: readonly T[], selectedSpanId: string | null): T | null {
  if (chain.length === 0) return null;
  const at = selectedSpanId ? chain.findIndex((c) => c.id === selectedSpanId) : -1;
  return chain[(at + 1) % chain.length] ?? null;
}

/** An annotation's highlight; one span object per annotation object, so unchanged paragraphs keep theirs. */
export function spanOf(a: Annotation, made: WeakMap<Annotation, Span>): Span {
  let span = made.get(a);
  if (!span) {
    span = { id: a.id, start: a.start, end: a.end, kind: a.type, variant: 'annotation' };
    made.set(a, span);
  }
  return span;
}
