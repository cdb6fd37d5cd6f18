import type { AnnotationEdit } from '../../../../shared/domain/annotation-edits';
import type { Document, Region, Source } from '../../../../shared/domain/document';
import { type RejectedSuggestion, sameSuggestion } from '../../../../shared/domain/suggestion';

/** The document fields the screen edits (the text itself never changes). */
export interface DocumentPatch {
  title?: string;
  source?: Partial<Source>;
  regions?: Region[];
}

/** Suggestions to remember as rejected, and rejections to forget (undoing a rejection). */
export interface RejectionChange {
  reject: RejectedSuggestion[];
  restore: RejectedSuggestion[];
}

/** One undoable change and the change that reverses it. */
export type Step =
  | { target: 'annotations'; forward: AnnotationEdit[]; backward: AnnotationEdit[] }
  | { target: 'document'; forward: DocumentPatch; backward: DocumentPatch }
  | { target: 'rejections'; forward: RejectionChange; backward: RejectionChange };

/** The suggestion an entry accepted or rejected: where undo takes the journalist back to. */
export interface SuggestionRef {
  id: string;
  start: number;
  end: number;
}

export interface Entry {
  label: string;
  step: Step;
  /** Consecutive entries with the same key (typing in one field) undo as one. */
  coalesceKey?: string;
  /** Set when the entry reviewed a suggestion (accept or reject). */
  suggestion?: SuggestionRef;
}

/**
 * Applies a rejection change to a document's list of rejected suggestions; `inverse` undoes
 * exactly what changed (rejecting an already rejected suggestion changes nothing to undo).
 */
export function applyRejections(
  current: readonly RejectedSuggestion[],
  change: RejectionChange,
): { rejected: RejectedSuggestion[]; inverse: RejectionChange } {
  const had = (r: RejectedSuggestion) => current.some((x) => sameSuggestion(x, r));
  const inverse: RejectionChange = { reject: change.restore.filter(had), restore: change.reject.filter((r) => !had(r)) };
  const rejected = current.filter((x) => !change.restore.some((r) => sameSuggestion(r, x)));
  for (const r of change.reject) {
    if (!rejected.some((x) => sameSuggestion(x, r))) rejected.push({ type: r.type, start: r.start, end: r.end, text: r.text });
  }
  return { rejected, inverse };
}

/**
 * Applies a patch to a document's editable fields; `backward` restores exactly the fields
 * it changed (for the source, only the keys it set).
 */
export function applyDocumentPatch<D extends Pick<Document, 'title' | 'source' | 'regions'>>(
  doc: D,
  patch: DocumentPatch,
): { next: D; backward: DocumentPatch } {
  const backward: DocumentPatch = {};
  const next = { ...doc };
  if (patch.title !== undefined) {
    backward.title = doc.title;
    next.title = patch.title;
  }
  if (patch.source !== undefined) {
    backward.source = Object.fromEntries(Object.keys(patch.source).map((k) => [k, doc.source[k as keyof Source]]));
    next.source = { ...doc.source, ...patch.source };
  }
  if (patch.regions !== undefined) {
    backward.regions = doc.regions;
    next.regions = patch.regions;
  }
  return { next, backward };
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
      future: [...history.future, { ...carried(entry), step: reverse(applied) }],
    }),
  };
}

export function takeRedo(history: History): { entry: Entry; done(applied: Step): History } | null {
  const entry = history.future.at(-1);
  if (!entry) return null;
  return {
    entry,
    done: (applied) => ({
      past: [...history.past, { ...carried(entry), step: applied }],
      future: history.future.slice(0, -1),
    }),
  };
}

/** What an entry keeps when it moves between undo and redo (never its coalescing key). */
function carried(entry: Entry): Omit<Entry, 'step'> {
  return { label: entry.label, ...(entry.suggestion ? { suggestion: entry.suggestion } : {}) };
}

/**
 * Undoing runs an entry's backward half; what was run, and the freshly computed change that
 * reverses it, become the redo entry. Recomputing keeps redo exact even when undoing a
 * delete restored links that changed meanwhile.
 */
function reverse(applied: Step): Step {
  return { ...applied, forward: applied.backward, backward: applied.forward } as Step;
}
