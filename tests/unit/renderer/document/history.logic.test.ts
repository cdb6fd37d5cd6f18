import { describe, expect, it } from 'vitest';
import {
  EMPTY_HISTORY,
  type Entry,
  applyDocumentPatch,
  applyRejections,
  record,
  takeRedo,
  takeUndo,
} from '../../../../renderer/src/features/document/history.logic';

const edit = (label: string, key?: string): Entry => ({
  label,
  step: { target: 'annotations', forward: [{ kind: 'delete', id: label }], backward: [{ kind: 'delete', id: `${label}-back` }] },
  ...(key ? { coalesceKey: key } : {}),
});

describe('history', () => {
  it('undoes the last change first and files it for redo; a new change clears redo', () => {
    let h = record(record(EMPTY_HISTORY, edit('a')), edit('b'));
    const undo = takeUndo(h);
    expect(undo?.entry.label).toBe('b');
    h = undo?.done({ target: 'annotations', forward: [{ kind: 'delete', id: 'b-back' }], backward: [{ kind: 'delete', id: 'b' }] }) ?? h;
    expect(h.past.map((e) => e.label)).toEqual(['a']);
    const redo = takeRedo(h);
    expect(redo?.entry.step).toEqual({
      target: 'annotations',
      forward: [{ kind: 'delete', id: 'b' }],
      backward: [{ kind: 'delete', id: 'b-back' }],
    });
    h = record(h, edit('c'));
    expect(h.future).toEqual([]);
  });

  it('merges consecutive changes made while typing in one field into one undo step', () => {
    let h = record(EMPTY_HISTORY, edit('x', 'field-1'));
    h = record(h, edit('y', 'field-1'));
    h = record(h, edit('z', 'field-2'));
    expect(h.past).toHaveLength(2);
    const merged = h.past[0]?.step;
    expect(merged?.target === 'annotations' && merged.forward.map((e) => e.id)).toEqual(['x', 'y']);
    expect(merged?.target === 'annotations' && merged.backward.map((e) => e.id)).toEqual(['y-back', 'x-back']);
  });

  it('keeps the oldest value when merging document edits, so undo goes back to before typing', () => {
    let h = record(EMPTY_HISTORY, {
      label: 't',
      coalesceKey: 'k',
      step: { target: 'document', forward: { title: 'ab' }, backward: { title: 'a' } },
    });
    h = record(h, { label: 't', coalesceKey: 'k', step: { target: 'document', forward: { title: 'abc' }, backward: { title: 'ab' } } });
    expect(h.past[0]?.step).toEqual({ target: 'document', forward: { title: 'abc' }, backward: { title: 'a' } });
  });
});

describe('document edits in the history', () => {
  const doc = {
    title: 'وزير الخارجية',
    source: { outlet: 'الأسبوع', publishedAt: '', author: 'Reem', url: '' },
    regions: [{ id: 'r1', start: 0, end: 4, kind: 'read-also', label: '', excluded: true }],
  };

  it('undoes a source edit by restoring only the fields it set, so a later edit of another field survives', () => {
    const { next, backward } = applyDocumentPatch(doc, { source: { outlet: 'Al-Ahram' } });
    expect(next.source).toEqual({ ...doc.source, outlet: 'Al-Ahram' });
    expect(backward).toEqual({ source: { outlet: 'الأسبوع' } });
    const edited = { ...next, source: { ...next.source, author: 'Layla' } };
    expect(applyDocumentPatch(edited, backward).next.source).toEqual({ ...doc.source, author: 'Layla' });
  });

  it('restores the title and the regions as they were', () => {
    const regions = [{ ...doc.regions[0]!, excluded: false }];
    const { next, backward } = applyDocumentPatch(doc, { title: 'A new title', regions });
    expect(next).toMatchObject({ title: 'A new title', regions });
    expect(applyDocumentPatch(next, backward).next).toEqual(doc);
  });
});

describe('rejections in the history', () => {
  const r = (start: number) => ({ type: 'figure' as const, start, end: start + 2, text: '48' });

  it('applies a rejection and computes the change that restores it; rejecting twice leaves nothing to undo', () => {
    const first = applyRejections([], { reject: [r(1)], restore: [] });
    expect(first.rejected).toEqual([r(1)]);
    expect(first.inverse).toEqual({ reject: [], restore: [r(1)] });
    const again = applyRejections(first.rejected, { reject: [r(1)], restore: [] });
    expect(again.rejected).toEqual([r(1)]);
    expect(again.inverse).toEqual({ reject: [], restore: [] });
    const undone = applyRejections(first.rejected, first.inverse);
    expect(undone.rejected).toEqual([]);
    expect(undone.inverse).toEqual({ reject: [r(1)], restore: [] });
  });

  it('keeps the reviewed suggestion on an entry through undo and redo (focus returns to it)', () => {
    const suggestion = { id: 'f1-3', start: 1, end: 3 };
    const step = { target: 'rejections' as const, forward: { reject: [r(1)], restore: [] }, backward: { reject: [], restore: [r(1)] } };
    let h = record(EMPTY_HISTORY, { label: 'reject suggested figure', step, suggestion });
    const undo = takeUndo(h);
    h = undo?.done({ ...step, forward: step.backward, backward: step.forward }) ?? h;
    expect(h.future[0]?.suggestion).toEqual(suggestion);
    const redo = takeRedo(h);
    h = redo?.done(step) ?? h;
    expect(h.past[0]?.suggestion).toEqual(suggestion);
  });
});
