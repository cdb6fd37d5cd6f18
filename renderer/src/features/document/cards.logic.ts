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

/** One line under a card's excerpt: who said it, who it is, what the number is. */
export function cardSummary(
  a: Annotation,
  annotations: readonly Annotation[],
  byId: ReadonlyMap<string, Annotation>,
  t: Translator['t'],
): SummaryPart[] {
  const user = (text: string): SummaryPart => ({ text, user: true });
  if (a.type === 'quote') {
    const who = speakerName(annotations, a.attributes.speakerId, byId);
    return [{ text: t(QUOTE_KIND[a.attributes.kind]) }, who ? user(`— ${who}`) : { text: t('document.card.noSpeakerYet') }];
  }
  if (a.type === 'speaker') {
    const canonical = a.attributes.sameAs ? speakerName(annotations, a.attributes.sameAs, byId) : '';
    const name = a.attributes.name.trim() || a.text;
    const first = canonical ? { text: t('document.card.sameAs', { name: isolate(canonical) }) } : user(name);
    return [first, ...[a.attributes.role, a.attributes.affiliation].filter(Boolean).map(user)];
  }
  const value = figureText(t, a.attributes.value, a.attributes.unit);
  const first = value ? user(value) : { text: t('document.card.noValueYet') };
  return [first, ...(a.attributes.counts ? [user(a.attributes.counts)] : [])];
}

/** Every card's summary line, by annotation id. */
export function cardSummaries(annotations: readonly Annotation[], t: Translator['t']): Map<string, SummaryPart[]> {
  // One index for all lookups: resolving each quote's speaker must not rescan the list.
  const byId = new Map(annotations.map((a) => [a.id, a]));
  return new Map(annotations.map((a) => [a.id, cardSummary(a, annotations, byId, t)]));
}

const sameParts = (a: readonly SummaryPart[], b: readonly SummaryPart[]) =>
  a.length === b.length && a.every((p, i) => p.text === b[i]?.text && p.user === b[i]?.user);

/**
 * The summary lines of the cards on screen, made when a card first asks (the panel shows a
 * dozen of 2,000). A line that reads as it did for the previous list of annotations is the
 * previous line itself, so a memoised card whose line did not change is not rendered again
 * when one annotation is added or edited.
 */
export class CardSummaries {
  readonly #annotations: readonly Annotation[];
  readonly #t: Translator['t'];
  readonly #made = new Map<string, SummaryPart[]>();
  #byId: Map<string, Annotation> | null = null;
  #previous: CardSummaries | null;

  constructor(annotations: readonly Annotation[], t: Translator['t'], previous: CardSummaries | null = null) {
    this.#annotations = annotations;
    this.#t = t;
    this.#previous = previous;
    // Only one generation back is kept: older lists are garbage.
    if (previous) previous.#previous = null;
  }

  of(a: Annotation): readonly SummaryPart[] {
    const made = this.#made.get(a.id);
    if (made) return made;
    this.#byId ??= new Map(this.#annotations.map((x) => [x.id, x]));
    const parts = cardSummary(a, this.#annotations, this.#byId, this.#t);
    const previous = this.#previous;
    const before = previous ? previous.#made.get(a.id) : undefined;
    const kept = before && sameParts(before, parts) ? before : parts;
    this.#made.set(a.id, kept);
    return kept;
  }
}

/** The speaker mentions accepting this quote would also mark (its suggested speaker and earlier mentions). */
export function alsoMarks(quote: Suggestion, offered: ReadonlyMap<string, Suggestion>): string {
  const ids = linkedIds([quote], offered);
  ids.delete(quote.id);
  const mentions = [...ids].flatMap((id) => offered.get(id) ?? []).sort((a, b) => a.start - b.start);
  return mentions.map((s) => s.text).join(' · ');
}
