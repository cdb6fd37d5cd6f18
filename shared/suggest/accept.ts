import type { AnnotationEdit } from '../domain/annotation-edits';
import type { Document } from '../domain/document';
import type { SkippedSuggestion, Suggestion } from '../domain/suggestion';
import { ACCEPT_ALL_THRESHOLD } from './calibration';
import { annotationIndexes } from './visible';
import { codedError } from '../error-text';

const ORDER = { speaker: 0, quote: 1, figure: 2 } as const;

/** An annotation to create from an accepted suggestion (the store's `NewAnnotation` shape). */
export interface PlannedAnnotation {
  documentId: string;
  id: string;
  type: Suggestion['type'];
  start: number;
  end: number;
  text: string;
  origin: 'suggested';
  attributes: Record<string, unknown>;
}

/**
 * Plans the annotations that accepting `suggestions` creates in `doc`. Speakers come first
 * so quotes can link to them; a suggestion equal to or overlapping an existing annotation
 * of its type is skipped (and links to it go to the existing annotation); links to
 * suggestions not accepted are cleared. A suggestion whose text no longer matches the
 * document means the caller is out of date: nothing is created.
 */
export function planAcceptance(
  doc: Pick<Document, 'id' | 'text' | 'annotations'>,
  suggestions: readonly Suggestion[],
  makeId: () => string,
): { creates: PlannedAnnotation[]; skipped: SkippedSuggestion[] } {
  const idFor = new Map<string, string>();
  const skipped: SkippedSuggestion[] = [];
  const accepted: Array<{ s: Suggestion; id: string }> = [];
  const indexes = annotationIndexes(doc.annotations);
  const sorted = [...suggestions].sort((a, b) => ORDER[a.type] - ORDER[b.type] || a.start - b.start);
  for (const s of sorted) {
    if (doc.text.slice(s.start, s.end) !== s.text) {
      throw codedError('conflict', 'errors.suggest.noLongerMatches', { id: s.id }, 'suggestions');
    }
    if (idFor.has(s.id)) continue;
    const existing = indexes[s.type].overlapping(s.start, s.end);
    if (existing) {
      const same = existing.start === s.start && existing.end === s.end;
      skipped.push({
        id: s.id,
        reason: same ? `already annotated as ${existing.id}` : `overlaps the existing ${s.type} ${existing.id}`,
        existingId: existing.id,
      });
      idFor.set(s.id, existing.id);
      continue;
    }
    const id = makeId();
    idFor.set(s.id, id);
    accepted.push({ s, id });
  }
  const speakerIds = new Set(doc.annotations.filter((a) => a.type === 'speaker').map((a) => a.id));
  for (const x of accepted) if (x.s.type === 'speaker') speakerIds.add(x.id);
  const link = (target: string | null): string | null => {
    if (target === null) return null;
    const mapped = idFor.get(target) ?? target;
    return speakerIds.has(mapped) ? mapped : null;
  };
  const creates = accepted.map(({ s, id }): PlannedAnnotation => {
    const base = { documentId: doc.id, id, start: s.start, end: s.end, text: s.text, origin: 'suggested' as const };
    if (s.type === 'quote') {
      const { kind, cue, speakerId } = s.attributes;
      return { ...base, type: 'quote', attributes: { kind, cue, speakerId: link(speakerId) } };
    }
    if (s.type === 'speaker') {
      const { name, role, affiliation, sameAs } = s.attributes;
      const target = link(sameAs);
      return { ...base, type: 'speaker', attributes: { name, role, affiliation, sameAs: target === id ? null : target } };
    }
    return { ...base, type: 'figure', attributes: { ...s.attributes } };
  });
  return { creates, skipped };
}

/**
 * The suggestions accepting `chosen` takes along, so the journalist ends up with the links
 * the rules found: a quote brings its suggested speaker, and a speaker the earlier mention
 * it is the same person as (which brings its own, and so on). Only suggestions still on
 * offer (`offered`) are taken; a rejected speaker stays rejected and the quote is accepted
 * without one. Returned in the order of `offered`.
 */
export function withLinkedSuggestions(chosen: readonly Suggestion[], offered: readonly Suggestion[]): Suggestion[] {
  const taken = linkedIds(chosen, new Map(offered.map((s) => [s.id, s])));
  return offered.filter((s) => taken.has(s.id));
}

/** The ids `withLinkedSuggestions` takes, given the suggestions on offer by id. */
export function linkedIds(chosen: readonly Suggestion[], offered: ReadonlyMap<string, Suggestion>): Set<string> {
  const taken = new Set<string>();
  const stack = chosen.map((s) => s.id);
  while (stack.length > 0) {
    const id = stack.pop() as string;
    const s = offered.get(id);
    if (!s || taken.has(id)) continue;
    taken.add(id);
    if (s.type === 'quote' && s.attributes.speakerId) stack.push(s.attributes.speakerId);
    if (s.type === 'speaker' && s.attributes.sameAs) stack.push(s.attributes.sameAs);
  }
  return taken;
}

/** The annotation edits (one undoable step) that accepting planned annotations makes. */
export function acceptanceEdits(creates: readonly PlannedAnnotation[]): AnnotationEdit[] {
  return creates.map((c) => ({
    kind: 'create',
    id: c.id,
    type: c.type,
    start: c.start,
    end: c.end,
    text: c.text,
    attributes: c.attributes,
    origin: c.origin,
  }));
}

/**
 * What Accept all takes of one type: the suggestions at or above the calibrated threshold
 * (`sure`), and those it leaves on offer for the journalist to review (`unsure`).
 */
export function confidentOfType<T extends Suggestion>(offered: readonly T[], type: Suggestion['type']): { sure: T[]; unsure: T[] } {
  const mine = offered.filter((s) => s.type === type);
  return {
    sure: mine.filter((s) => s.confidence >= ACCEPT_ALL_THRESHOLD),
    unsure: mine.filter((s) => s.confidence < ACCEPT_ALL_THRESHOLD),
  };
}
