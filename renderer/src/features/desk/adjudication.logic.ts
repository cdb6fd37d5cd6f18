import type { Annotation } from '../../../../shared/domain/annotation';
import type { AnnotationEdit } from '../../../../shared/domain/annotation-edits';
import { OVERLAP_THRESHOLD, overlapRatio } from '../../../../shared/agreement/spans';
import { type AdjudicationLayers, type Disagreement, byId, differences } from '../../../../shared/agreement/disagreements';

/** Finding disagreements is shared with the main process, which lists documents to adjudicate. */
export {
  type AdjudicationLayers,
  type DifferenceKind,
  type Disagreement,
  comparableAttributes,
  findDisagreements,
  isLeftOut,
  leftOutMark,
} from '../../../../shared/agreement/disagreements';

/** A link (quote → speaker, speaker → same person) carried into the curated layer, or null. */
function curatedLink(id: string | null, source: ReadonlyMap<string, Annotation>, curated: readonly Annotation[]): string | null {
  if (id === null) return null;
  if (curated.some((c) => c.id === id)) return id;
  const target = source.get(id);
  if (!target) return null;
  const same = curated.find((c) => c.type === target.type && overlapRatio(c, target) >= OVERLAP_THRESHOLD);
  return same?.id ?? null;
}

/** The create edit that copies `a` into the curated layer under `id`, with its attributes and verdict. */
function copyInto(a: Annotation, id: string, attributes: Record<string, unknown>): AnnotationEdit {
  const { status, note, evidence, checkedBy, checkedAt, reviewUrl } = a.verdict;
  return {
    kind: 'create',
    id,
    type: a.type,
    start: a.start,
    end: a.end,
    text: a.text,
    attributes,
    verdict: { status, note, evidence, checkedBy, checkedAt, ...(reviewUrl ? { reviewUrl } : {}) },
    origin: a.origin,
  };
}

/**
 * The edits that put one side's version into the curated layer in place of what settled the
 * disagreement before, attributes and verdict included. The copy keeps the side's id where it
 * is free. A quote's speaker comes along: linked to the curated speaker at the same place, or,
 * when the curated layer has none there, copied in with it, so the curated export names who
 * said it. Curated quotes that named the replaced version name the new one.
 */
export function acceptEdits(
  d: Disagreement,
  side: 0 | 1,
  source: readonly Annotation[],
  curated: readonly Annotation[],
  newId: () => string,
): AnnotationEdit[] {
  const chosen = d.sides[side];
  if (!chosen) return leaveOutEdits(d);
  const edits: AnnotationEdit[] = leaveOutEdits(d);
  const remaining = curated.filter((c) => c.id !== d.curated?.id);
  const map = byId(source);
  const freeId = (id: string) => (remaining.some((c) => c.id === id) || edits.some((e) => e.id === id) ? newId() : id);
  const attributes: Record<string, unknown> = { ...chosen.attributes };
  if (chosen.type === 'quote') {
    const speakerId = chosen.attributes.speakerId;
    let linked = curatedLink(speakerId, map, remaining);
    const speaker = speakerId === null ? undefined : map.get(speakerId);
    if (linked === null && speaker?.type === 'speaker') {
      linked = freeId(speaker.id);
      const sameAs = curatedLink(speaker.attributes.sameAs, map, remaining);
      edits.push(copyInto(speaker, linked, { ...speaker.attributes, sameAs }));
    }
    attributes.speakerId = linked;
  }
  if (chosen.type === 'speaker') attributes.sameAs = curatedLink(chosen.attributes.sameAs, map, remaining);
  const id = freeId(chosen.id);
  edits.push(copyInto(chosen, id, attributes));
  if (d.curated && d.curated.type === 'speaker') {
    // Deleting the replaced speaker unlinked the quotes naming it; they name its successor.
    const was = d.curated.id;
    for (const c of remaining) {
      if (c.type === 'quote' && c.attributes.speakerId === was) edits.push({ kind: 'update', id: c.id, attributes: { speakerId: id } });
      if (c.type === 'speaker' && c.attributes.sameAs === was) edits.push({ kind: 'update', id: c.id, attributes: { sameAs: id } });
    }
  }
  return edits;
}

/** Leaving a disagreement out of the curated layer: removes what settled it, if anything. */
export function leaveOutEdits(d: Disagreement): AnnotationEdit[] {
  return d.curated ? [{ kind: 'delete', id: d.curated.id }] : [];
}

/** Which side the curated version equals, if it is one of them unchanged. */
export function curatedSide(d: Disagreement, layers: AdjudicationLayers): 0 | 1 | 'edited' | null {
  const c = d.curated;
  if (!c) return null;
  const curatedMap = byId(layers.curated);
  for (const side of [0, 1] as const) {
    const s = d.sides[side];
    if (!s) continue;
    const { kinds } = differences(c, s, curatedMap, byId(side === 0 ? layers.a : layers.b));
    if (kinds.length === 0) return side;
  }
  return 'edited';
}

/** The next disagreement still open after `index` (wrapping), or -1 when all are settled. */
export function nextOpen(items: readonly Disagreement[], index: number, settled: (d: Disagreement) => boolean): number {
  for (let k = 1; k <= items.length; k++) {
    const i = (index + k) % items.length;
    if (!settled(items[i] as Disagreement)) return i;
  }
  return -1;
}
