import { IsnadError } from '../../../shared/contract/errors';
import type { AcceptResult } from '../../../shared/contract/suggestions';
import type { Document } from '../../../shared/domain/document';
import type { Suggestion } from '../../../shared/domain/suggestion';
import type { NewAnnotation } from '../corpus/store';

const ORDER = { speaker: 0, quote: 1, figure: 2 } as const;

/**
 * Plans the annotations that accepting `suggestions` creates in `doc`. Speakers come first
 * so quotes can link to them; a suggestion equal to or overlapping an existing annotation
 * of its type is skipped (and links to it go to the existing annotation); links to
 * suggestions not accepted are cleared. A suggestion whose text no longer matches the
 * document means the caller is out of date: nothing is created.
 */
export function planAcceptance(
  doc: Pick<Document, 'id' | 'text' | 'annotations'>,
  suggestions: Suggestion[],
  makeId: () => string,
): { creates: NewAnnotation[]; skipped: AcceptResult['skipped'] } {
  const idFor = new Map<string, string>();
  const skipped: AcceptResult['skipped'] = [];
  const accepted: Array<{ s: Suggestion; id: string }> = [];
  const sorted = [...suggestions].sort((a, b) => ORDER[a.type] - ORDER[b.type] || a.start - b.start);
  for (const s of sorted) {
    if (doc.text.slice(s.start, s.end) !== s.text) {
      throw new IsnadError('conflict', `suggestion ${s.id} no longer matches the document text; ask for suggestions again`, 'suggestions');
    }
    if (idFor.has(s.id)) continue;
    const existing = doc.annotations.find((a) => a.type === s.type && a.start < s.end && s.start < a.end);
    if (existing) {
      const same = existing.start === s.start && existing.end === s.end;
      skipped.push({ id: s.id, reason: same ? `already annotated as ${existing.id}` : `overlaps the existing ${s.type} ${existing.id}`, existingId: existing.id });
      idFor.set(s.id, existing.id);
      continue;
    }
    const id = makeId();
    idFor.set(s.id, id);
    accepted.push({ s, id });
  }
  const speakerIds = new Set(doc.annotations.filter((a) => a.type === 'speaker').map((a) => a.id));
  const link = (target: string | null): string | null => {
    if (target === null) return null;
    const mapped = idFor.get(target);
    if (mapped !== undefined) return speakerIds.has(mapped) || accepted.some((x) => x.id === mapped && x.s.type === 'speaker') ? mapped : null;
    return speakerIds.has(target) ? target : null;
  };
  const creates = accepted.map(({ s, id }): NewAnnotation => {
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
