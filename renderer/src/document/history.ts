import type { AnnotationEdit } from '../../../shared/domain/annotation-edits';
import type { Region, Source } from '../../../shared/domain/document';

/** The document fields the screen edits (the text itself never changes). */
export interface DocumentPatch {
  title?: string;
  source?: Partial<Source>;
  regions?: Region[];
}

/** One undoable change and the change that reverses it. */
export type Step =
  | { target: 'annotations'; forward: AnnotationEdit[]; backward: AnnotationEdit[] }
  | { target: 'document'; forward: DocumentPatch; backward: DocumentPatch };

export interface Entry {
  label: string;
  step: Step;
  /** Consecutive entries with the same key (typing in one field) undo as one. */
  coalesceKey?: string;
}

export interface History {
  past: Entry[];
  future: Entry[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };
const LIMIT = 500;

function merge(older: Entry, newer: Entry): Entry | null {
  const a = older.step;
  const b = newer.step;
  if (a.target === 'annotations' && b.target === 'annotations') {
    return { ...newer, step: { target: 'annotations', forward: [...a.forward, ...b.forward], backward: [...b.backward, ...a.backward] } };
  }
  if (a.target === 'document' && b.target === 'document') {
    const backward: DocumentPatch = { ...b.backward, ...a.backward };
    if (a.backward.source || b.backward.source) backward.source = { ...b.backward.source, ...a.backward.source };
    const forward: DocumentPatch = { ...a.forward, ...b.forward };
    if (a.forward.source || b.forward.source) forward.source = { ...a.forward.source, ...b.forward.source };
    return { ...newer, step: { target: 'document', forward, backward } };
  }
  return null;
}

/** Records a change; a new change clears what could have been redone. */
export function record(history: History, entry: Entry): History {
  const top = history.past.at(-1);
  if (top && entry.coalesceKey !== undefined && top.coalesceKey === entry.coalesceKey) {
    const merged = merge(top, entry);
    if (merged) return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  return { past: [...history.past, entry].slice(-LIMIT), future: [] };
}

/** Takes the entry to undo; `done` files it (with its freshly computed reverse) for redo. */
export function takeUndo(history: History): { entry: Entry; done(applied: Step): History } | null {
  const entry = history.past.at(-1);
  if (!entry) return null;
  return {
    entry,
    done: (applied) => ({
      past: history.past.slice(0, -1),
      future: [...history.future, { label: entry.label, step: reverse(applied) }],
    }),
  };
}

export function takeRedo(history: History): { entry: Entry; done(applied: Step): History } | null {
  const entry = history.future.at(-1);
  if (!entry) return null;
  return {
    entry,
    done: (applied) => ({
      past: [...history.past, { label: entry.label, step: applied }],
      future: history.future.slice(0, -1),
    }),
  };
}

/**
 * Undoing runs an entry's backward half; what was run, and the freshly computed change that
 * reverses it, become the redo entry. Recomputing keeps redo exact even when undoing a
 * delete restored links that changed meanwhile.
 */
function reverse(applied: Step): Step {
  return { ...applied, forward: applied.backward, backward: applied.forward } as Step;
}
