import type { Annotation, AnnotationType } from '../../../../shared/domain/annotation';
import { describeFigureValue } from '../../../../shared/domain/figure-value';
import { speakerName } from '../../../../shared/domain/speakers';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import { linkedIds } from '../../../../shared/suggest/accept';
import { TYPE_NOUN } from '../../ui/labels';

/** A short excerpt for cards and labels, cut on a character boundary. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = Array.from(flat).slice(0, max).join('');
  return `${cut}…`;
}

/** "2 quotes, 1 speaker": how many of each type a list holds, for status lines and undo labels. */
export function counted(list: readonly { type: AnnotationType }[]): string {
  const parts: string[] = [];
  for (const type of ['quote', 'speaker', 'figure'] as const) {
    const n = list.filter((x) => x.type === type).length;
    if (n > 0) parts.push(`${n} ${n === 1 ? TYPE_NOUN[type].one : TYPE_NOUN[type].many}`);
  }
  return parts.join(', ');
}

/** One line under each card's excerpt: who said it, who it is, what the number is. */
export function cardSummaries(annotations: readonly Annotation[]): Map<string, string> {
  const out = new Map<string, string>();
  // One index for all lookups: resolving each quote's speaker must not rescan the list.
  const byId = new Map(annotations.map((a) => [a.id, a]));
  for (const a of annotations) {
    if (a.type === 'quote') {
      const who = speakerName(annotations, a.attributes.speakerId, byId);
      out.set(a.id, `${a.attributes.kind} · ${who ? `— ${who}` : 'no speaker yet'}`);
    } else if (a.type === 'speaker') {
      const canonical = a.attributes.sameAs ? speakerName(annotations, a.attributes.sameAs, byId) : '';
      const name = a.attributes.name.trim() || a.text;
      const parts = [canonical ? `same as ${canonical}` : name, a.attributes.role, a.attributes.affiliation].filter(Boolean);
      out.set(a.id, parts.join(' · '));
    } else {
      const value = describeFigureValue(a.attributes.value);
      const parts = [value ? `${value}${a.attributes.unit ? ` ${a.attributes.unit}` : ''}` : 'no value yet', a.attributes.counts];
      out.set(a.id, parts.filter(Boolean).join(' · '));
    }
  }
  return out;
}

/** The speaker mentions accepting this quote would also mark (its suggested speaker and earlier mentions). */
export function alsoMarks(quote: Suggestion, offered: ReadonlyMap<string, Suggestion>): string {
  const ids = linkedIds([quote], offered);
  ids.delete(quote.id);
  const mentions = [...ids].flatMap((id) => offered.get(id) ?? []).sort((a, b) => a.start - b.start);
  return mentions.map((s) => s.text).join(' · ');
}
