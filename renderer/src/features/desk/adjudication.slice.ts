import type { StateCreator } from 'zustand';
import type { Annotation } from '../../../../shared/domain/annotation';
import { type UpdateEdit, applyAnnotationEdits } from '../../../../shared/domain/annotation-edits';
import { CURATED_LAYER } from '../../../../shared/domain/annotator';
import { api } from '../../api/client';
import { describeError } from '../../app/notices';
import { newAnnotationId } from '../document/editing.slice';
import type { RejectedSuggestion } from '../../../../shared/domain/suggestion';
import { applyRejections } from '../document/history.logic';
import { acceptEdits, findDisagreements, isLeftOut, leaveOutEdits, leftOutMark, nextOpen } from './adjudication.logic';
import type { AdjudicationSlice, CuratedStep, DeskState, LeftOutChange } from './desk.state';
import { translate } from '../../ui/i18n/i18n.store';
import { isolate } from '../../../../shared/i18n/translate';

type Open = NonNullable<AdjudicationSlice['adjudication']>;

/** The disagreements of the adjudication as it stands, and whether each is settled. */
export function adjudicationItems(a: Open) {
  const { disagreements, agreed } = findDisagreements(a.layers);
  const leftOut = (d: (typeof disagreements)[number]) => d.curated === null && isLeftOut(d, a.text, a.leftOut);
  const settled = (d: (typeof disagreements)[number]) => d.curated !== null || leftOut(d);
  return { disagreements, agreed, settled, leftOut };
}

/** Left-out marks are stored as the curated layer's rejected suggestions: the same list rules. */
function applyLeftOut(list: RejectedSuggestion[], change: LeftOutChange | undefined): RejectedSuggestion[] {
  return change ? applyRejections(list, { reject: change.add ?? [], restore: change.remove ?? [] }).rejected : list;
}

const swap = (change: LeftOutChange | undefined): LeftOutChange | undefined =>
  change && { ...(change.remove ? { add: change.remove } : {}), ...(change.add ? { remove: change.add } : {}) };

const isEmpty = (change: LeftOutChange | undefined) => (change?.add?.length ?? 0) + (change?.remove?.length ?? 0) === 0;

export const createAdjudicationSlice: StateCreator<DeskState, [], [], AdjudicationSlice> = (set, get) => {
  const patch = (change: Partial<Open>) => set((s) => (s.adjudication ? { adjudication: { ...s.adjudication, ...change } } : {}));

  /** Writes go out one after another, in the order the editor made the steps. */
  let chain: Promise<unknown> = Promise.resolve();
  let pending = 0;

  /**
   * Applies a step to the curated layer: on screen at once with the store's own rules (which
   * also give the inverse, for undo), then stored in one all-or-nothing write, queued behind
   * the earlier ones so keys pressed quickly are all kept. A refused write reloads the curated
   * layer as stored and says why. `shown` tells whether the step is on screen; `saved` settles
   * when the write has been answered.
   */
  const apply = (
    step: Omit<CuratedStep, 'inverse'>,
    history: 'do' | 'undo' | 'redo',
    inverseOf?: CuratedStep,
  ): { shown: boolean; saved: Promise<boolean> } => {
    const a = get().adjudication;
    if (!a) return { shown: false, saved: Promise.resolve(false) };
    const leftOut = applyLeftOut(a.leftOut, step.leftOut);
    if (step.edits.length === 0 && isEmpty(step.leftOut)) {
      patch({ ...stacks(a, history, inverseOf ?? { ...step, inverse: [] }) });
      return { shown: true, saved: Promise.resolve(true) };
    }
    let outcome: ReturnType<typeof applyAnnotationEdits>;
    try {
      outcome = applyAnnotationEdits(a.text, a.layers.curated, step.edits, new Date().toISOString());
    } catch (err) {
      patch({ error: describeError(err) });
      return { shown: false, saved: Promise.resolve(false) };
    }
    const done: CuratedStep = { ...step, inverse: outcome.inverse };
    pending++;
    patch({
      layers: { ...a.layers, curated: outcome.annotations },
      leftOut,
      saving: true,
      error: null,
      ...stacks(a, history, inverseOf ?? done),
    });
    const { documentId } = a;
    const write = chain
      .then(() => api.applyCuratedEdits({ documentId, edits: step.edits, ...(isEmpty(step.leftOut) ? {} : { leftOut: step.leftOut }) }))
      .then(
        () => true,
        async (err: unknown) => {
          const stored = await api.getLayer({ documentId, annotator: CURATED_LAYER }).catch(() => null);
          const now = get().adjudication;
          if (now?.documentId === documentId) {
            patch({
              ...(stored ? { layers: { ...now.layers, curated: stored.annotations }, leftOut: stored.rejectedSuggestions } : {}),
              undo: [],
              redo: [],
              error: translate('desk.adjudication.notSaved', { error: describeError(err) }),
            });
          }
          return false;
        },
      )
      .finally(() => {
        pending--;
        if (get().adjudication?.documentId === documentId) patch({ saving: pending > 0 });
      });
    chain = write;
    return { shown: true, saved: write };
  };
  const run = (step: Omit<CuratedStep, 'inverse'>, history: 'do' | 'undo' | 'redo', inverseOf?: CuratedStep) =>
    apply(step, history, inverseOf).saved;

  /**
   * Settling a disagreement moves on to the next open one as soon as the step is on screen,
   * not when the disk answers: a row the editor clicks meanwhile stays the one shown (it used
   * to be replaced by the late move), and a second key press settles the next disagreement
   * instead of the same one again.
   */
  const settle = (step: Omit<CuratedStep, 'inverse'>): Promise<boolean> => {
    const { shown, saved } = apply(step, 'do');
    if (shown) advance();
    return saved;
  };

  /** Undo moves a step to the redo stack and back; a new step clears redo. */
  const stacks = (a: Open, history: 'do' | 'undo' | 'redo', step: CuratedStep) => {
    if (history === 'undo') return { undo: a.undo.slice(0, -1), redo: [...a.redo, step] };
    if (history === 'redo') return { redo: a.redo.slice(0, -1), undo: [...a.undo, step] };
    return { undo: [...a.undo, step], redo: [] };
  };

  const current = () => {
    const a = get().adjudication;
    if (!a) return null;
    const items = adjudicationItems(a);
    const d = items.disagreements[a.current];
    return d ? { a, d, items } : null;
  };

  /** After settling one, the next open disagreement becomes current. */
  const advance = () => {
    const a = get().adjudication;
    if (!a) return;
    const { disagreements, settled } = adjudicationItems(a);
    const next = nextOpen(disagreements, a.current, settled);
    if (next >= 0) patch({ current: next });
  };

  return {
    adjudication: null,
    adjudicationError: null,
    async openAdjudication(documentId, pair) {
      set({ adjudicationError: null });
      try {
        const [layers, doc] = await Promise.all([api.listLayers({ documentId }), api.getDocument({ id: documentId })]);
        get().rememberNames(Object.fromEntries(layers.map((l) => [l.annotator.id, l.annotator.name])));
        const people = layers
          .filter((l) => !l.curated)
          .sort((x, y) => total(y.counts) - total(x.counts))
          .map((l) => l.annotator.id);
        const chosen = pair ?? ([people[0], people[1]] as [string, string]);
        if (pair && !pair.every((p) => people.includes(p)))
          throw new Error('That annotator has no layer on this document. Choose among the layers listed.');
        if (!chosen[0] || !chosen[1] || chosen[0] === chosen[1]) {
          set({
            adjudication: null,
            adjudicationError: translate('desk.adjudication.needsTwo'),
          });
          return;
        }
        const [la, lb, curated] = await Promise.all([
          api.getLayer({ documentId, annotator: chosen[0] }),
          api.getLayer({ documentId, annotator: chosen[1] }),
          api.getLayer({ documentId, annotator: CURATED_LAYER }),
        ]);
        const opened: Open = {
          documentId,
          text: doc.text,
          pair: chosen,
          people,
          layers: { a: la.annotations, b: lb.annotations, curated: curated.annotations },
          leftOut: curated.rejectedSuggestions,
          current: 0,
          undo: [],
          redo: [],
          saving: false,
          error: null,
        };
        const { disagreements, settled } = adjudicationItems(opened);
        opened.current = Math.max(
          0,
          disagreements.findIndex((d) => !settled(d)),
        );
        set({ adjudication: opened });
      } catch (err) {
        set({ adjudication: null, adjudicationError: describeError(err) });
      }
    },
    setCurrent(index) {
      const a = get().adjudication;
      if (!a) return;
      const count = adjudicationItems(a).disagreements.length;
      if (count > 0) patch({ current: Math.min(Math.max(0, index), count - 1) });
    },
    async accept(side) {
      const c = current();
      if (!c || !c.d.sides[side]) return false;
      const source: readonly Annotation[] = side === 0 ? c.a.layers.a : c.a.layers.b;
      const edits = acceptEdits(c.d, side, source, c.a.layers.curated, newAnnotationId);
      // Accepting a version takes back an earlier "leave out" of the same place.
      const leftOut = c.items.leftOut(c.d) ? { remove: [leftOutMark(c.d, c.a.text)] } : undefined;
      const label = translate('desk.adjudication.acceptLabel', { name: isolate(get().names[c.a.pair[side]] ?? c.a.pair[side]) });
      return settle({ label, edits, at: c.a.current, ...(leftOut ? { leftOut } : {}) });
    },
    async leaveOut() {
      const c = current();
      if (!c) return false;
      if (c.items.leftOut(c.d)) {
        advance();
        return true;
      }
      return settle({
        label: translate('desk.adjudication.leaveOut'),
        edits: leaveOutEdits(c.d),
        leftOut: { add: [leftOutMark(c.d, c.a.text)] },
        at: c.a.current,
      });
    },
    async editCurated(change, label) {
      const c = current();
      const curated = c?.d.curated;
      if (!c || !curated) return false;
      const edit: UpdateEdit = { kind: 'update', id: curated.id };
      if (change.start !== undefined || change.end !== undefined) {
        const start = change.start ?? curated.start;
        const end = change.end ?? curated.end;
        if (end <= start) return false;
        Object.assign(edit, { start, end, text: c.a.text.slice(start, end) });
      }
      if (change.attributes !== undefined) edit.attributes = change.attributes;
      if (change.verdict !== undefined) edit.verdict = change.verdict;
      return run({ label, edits: [edit], at: c.a.current }, 'do');
    },
    async undoCurated() {
      const a = get().adjudication;
      const step = a?.undo.at(-1);
      if (!step) return false;
      const leftOut = swap(step.leftOut);
      const ran = run({ label: step.label, edits: step.inverse, ...(leftOut ? { leftOut } : {}) }, 'undo', step);
      if (step.at !== undefined) patch({ current: step.at });
      return ran;
    },
    async redoCurated() {
      const a = get().adjudication;
      const step = a?.redo.at(-1);
      if (!step) return false;
      // Redo runs the step again; its fresh inverse replaces the old one (stamps differ).
      if (step.at !== undefined) patch({ current: step.at });
      return run(
        {
          label: step.label,
          edits: step.edits,
          ...(step.leftOut ? { leftOut: step.leftOut } : {}),
          ...(step.at !== undefined ? { at: step.at } : {}),
        },
        'redo',
      );
    },
  };
};

function total(counts: { quote: number; speaker: number; figure: number }): number {
  return counts.quote + counts.speaker + counts.figure;
}
