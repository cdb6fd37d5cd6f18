import type { Annotation, AnnotationType } from '../../../../shared/domain/annotation';
import { FIGURE_KIND, QUOTE_KIND, figureText } from '../../../../shared/i18n/labels';
import { speakerName } from '../../../../shared/domain/speakers';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import { linkedIds } from '../../../../shared/suggest/accept';
import type { Translator } from '../../../../shared/i18n/translate';
import { TYPE_COUNT } from '../../ui/labels';
import { isolate } from '../../../../shared/i18n/translate';

/** A short excerpt for cards and labels, cut on a character boundary. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = Array.from(flat).slice(0, max).join('');
  return `${cut}…`;
}

/** "2 quotes, 1 speaker": how many of each type a list holds, for status lines and undo labels. */
export function counted(list: readonly { type: AnnotationType }[], t: Translator['t']): string {
  const parts: string[] = [];
  for (const type of ['quote', 'speaker', 'figure'] as const) {
    const n = list.filter((x) => x.type === type).length;
    if (n > 0) parts.push(t(TYPE_COUNT[type], { count: n }));
  }
  return parts.join(t('document.list.separator'));
}

/** One part of a card's summary line: the interface's words, or the journalist's (`user`). */
export interface SummaryPart {
  text: string;
  user?: boolean;
}

export { FIGURE_KIND, QUOTE_KIND };

/** One line under each card's excerpt: who said it, who it is, what the number is. */
export function cardSummaries(annotations: readonly Annotation[], t: Translator['t']): Map<string, SummaryPart[]> {
  const out = new Map<string, SummaryPart[]>();
  const user = (text: string): SummaryPart => ({ text, user: true });
  // One index for all lookups: resolving each quote's speaker must not rescan the list.
  const byId = new Map(annotations.map((a) => [a.id, a]));
  for (const a of annotations) {
    if (a.type === 'quote') {
      const who = speakerName(annotations, a.attributes.speakerId, byId);
      out.set(a.id, [{ text: t(QUOTE_KIND[a.attributes.kind]) }, who ? user(`— ${who}`) : { text: t('document.card.noSpeakerYet') }]);
    } else if (a.type === 'speaker') {
      const canonical = a.attributes.sameAs ? speakerName(annotations, a.attributes.sameAs, byId) : '';
      const name = a.attributes.name.trim() || a.text;
      const first = canonical ? { text: t('document.card.sameAs', { name: isolate(canonical) }) } : user(name);
      out.set(a.id, [first, ...[a.attributes.role, a.attributes.affiliation].filter(Boolean).map(user)]);
    } else {
      const value = figureText(t, a.attributes.value, a.attributes.unit);
      const first = value ? user(value) : { text: t('document.card.noValueYet') };
      out.set(a.id, [first, ...(a.attributes.counts ? [user(a.attributes.counts)] : [])]);
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
