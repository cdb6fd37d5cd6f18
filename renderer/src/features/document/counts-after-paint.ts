import type { Annotation } from '../../../../shared/domain/annotation';
import { countByType } from '../../../../shared/domain/counts';
import { afterNextPaint } from '../../ui/after-paint';
import { useLibrary } from '../library/library.store';

/**
 * The library's counts follow a change once the screen has painted it: the document list
 * re-rendering is no part of what a key press must show first. Several changes before that
 * paint are counted once, from the last. Returns the function a change calls.
 */
export function libraryCountsAfterPaint(): (documentId: string, annotations: Annotation[]) => void {
  const countsDue = new Map<string, Annotation[]>();
  return (documentId, annotations) => {
    const waiting = countsDue.has(documentId);
    countsDue.set(documentId, annotations);
    if (waiting) return;
    void afterNextPaint().then(() => {
      const latest = countsDue.get(documentId);
      countsDue.delete(documentId);
      if (!latest) return;
      const counts = countByType(latest);
      useLibrary.getState().patch(documentId, (s) => ({ ...s, counts }));
    });
  };
}
