import type { Annotation, AnnotationType } from '../../../../shared/domain/annotation';
import type { Region } from '../../../../shared/domain/document';
import { figureText } from '../../../../shared/i18n/labels';
import type { RejectedSuggestion, Suggestion } from '../../../../shared/domain/suggestion';
import { overlapsAny } from '../../../../shared/suggest/regions';
import { visibleSuggestions } from '../../../../shared/suggest/visible';
import type { Span } from '../../../../shared/text/segments';
import type { Translator } from '../../../../shared/i18n/translate';
import { FIGURE_KIND, type SummaryPart } from './cards.logic';

/**
 * Pure rules for reviewing suggestions on the document screen: which are on offer, how
 * they sit among the annotation cards, where focus goes after one is dealt with.
 */

/** A suggestion's card and highlight key; never equal to an annotation id (ids have no ':'). */
export function suggestionKey(id: string): string {
  return `suggestion:${id}`;
}

export type PanelItem =
  | { kind: 'annotation'; key: string; start: number; end: number; annotation: Annotation }
  | { kind: 'suggestion'; key: string; start: number; end: number; suggestion: Suggestion };

const TYPE_ORDER: Record<AnnotationType, number> = { quote: 0, speaker: 1, figure: 2 };

/** Text order, as the cards appear: by start, longer first, a stored annotation before a suggestion. */
export function compareItems(a: PanelItem, b: PanelItem): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return b.end - a.end;
  if (a.kind !== b.kind) return a.kind === 'annotation' ? -1 : 1;
  const at = a.kind === 'annotation' ? a.annotation.type : a.suggestion.type;
  const bt = b.kind === 'annotation' ? b.annotation.type : b.suggestion.type;
  return TYPE_ORDER[at] - TYPE_ORDER[bt] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The cards of the panel: annotations (already in text order) and suggestions merged in
 * text order, so a suggestion is judged beside the text and the work around it.
 */
export function panelItems(annotations: readonly Annotation[], suggestions: readonly Suggestion[]): PanelItem[] {
  const a: PanelItem[] = annotations.map((annotation) => ({
    kind: 'annotation',
    key: annotation.id,
    start: annotation.start,
    end: annotation.end,
    annotation,
  }));
  const s: PanelItem[] = suggestions.map((suggestion) => ({
    kind: 'suggestion',
    key: suggestionKey(suggestion.id),
    start: suggestion.start,
    end: suggestion.end,
    suggestion,
  }));
  if (s.length === 0) return a;
  s.sort(compareItems);
  const out: PanelItem[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < s.length) {
    if (j >= s.length || (i < a.length && compareItems(a[i] as PanelItem, s[j] as PanelItem) <= 0)) out.push(a[i++] as PanelItem);
    else out.push(s[j++] as PanelItem);
  }
  return out;
}

/**
 * Where review goes after the suggestion `current` was accepted or rejected (taking `gone`
 * with it): the next suggestion below it, else the nearest one above, else none.
 * Annotation cards are skipped, so one key per suggestion sweeps the whole document.
 * `current` may already be gone from `items` (redo): its place in text order is used.
 */
export function nextSuggestion(
  items: readonly PanelItem[],
  current: { id: string; start: number; end: number },
  gone: ReadonlySet<string>,
): Suggestion | null {
  const at = items.findIndex((item) => item.kind === 'suggestion' && item.suggestion.id === current.id);
  let below = at + 1;
  let above = at - 1;
  if (at < 0) {
    const after = items.findIndex((item) => item.start > current.start || (item.start === current.start && item.end < current.end));
    below = after < 0 ? items.length : after;
    above = below - 1;
  }
  const open = (item: PanelItem | undefined): Suggestion | null =>
    item?.kind === 'suggestion' && item.suggestion.id !== current.id && !gone.has(item.suggestion.id) ? item.suggestion : null;
  for (let i = below; i < items.length; i++) {
    const s = open(items[i]);
    if (s) return s;
  }
  for (let i = above; i >= 0; i--) {
    const s = open(items[i]);
    if (s) return s;
  }
  return null;
}

/** Where the Suggest key starts the sweep: the first suggestion starting at or after `offset`, else the first. */
export function firstSuggestionFrom(suggestions: readonly Suggestion[], offset: number): Suggestion | null {
  let first: Suggestion | null = null;
  let after: Suggestion | null = null;
  for (const s of suggestions) {
    if (!first || s.start < first.start) first = s;
    if (s.start >= offset && (!after || s.start < after.start)) after = s;
  }
  return after ?? first;
}

/**
 * Suggestions appear on their own where they help: a document with no annotations yet, or
 * one whose suggestions the journalist has already been reviewing. A document annotated
 * by hand stays as the journalist left it until they ask (Suggest, G).
 */
export function suggestOnOpen(annotations: readonly Annotation[], rejected: readonly RejectedSuggestion[]): boolean {
  return annotations.length === 0 || rejected.length > 0 || annotations.some((a) => a.origin === 'suggested');
}

/**
 * What is on offer now: the engine's suggestions minus those rejected or annotated since
 * they were fetched (by hand or by accepting), minus those inside blocks excluded since.
 */
export function offeredSuggestions(
  found: readonly Suggestion[],
  annotations: readonly Annotation[],
  rejected: readonly RejectedSuggestion[],
  regions: readonly Region[],
): Suggestion[] {
  const excluded = regions.filter((r) => r.excluded);
  const outside = excluded.length === 0 ? found : found.filter((s) => !overlapsAny(s.start, s.end, excluded));
  return visibleSuggestions({ annotations: annotations as Annotation[], rejectedSuggestions: rejected as RejectedSuggestion[] }, outside);
}

/**
 * Dashed highlights for the suggestions. A span of `previous` is reused while its
 * suggestion is unchanged, so memoized paragraphs are not redrawn.
 */
export function suggestionSpans(suggestions: readonly Suggestion[], previous: readonly Span[] = []): Span[] {
  const before = new Map(previous.map((span) => [span.id, span]));
  return suggestions.map((s) => {
    const id = suggestionKey(s.id);
    const kept = before.get(id);
    if (kept && kept.start === s.start && kept.end === s.end && kept.kind === s.type) return kept;
    return { id, start: s.start, end: s.end, kind: s.type, variant: 'suggested' };
  });
}

/**
 * `offeredSuggestions`, recomputed only when one of its inputs changes (by identity), so
 * the panel and the text redraw only when what is on offer changed.
 */
export function memoizeOffered(): typeof offeredWhileShown {
  let last: { inputs: Parameters<typeof offeredWhileShown>; offered: Suggestion[] } | null = null;
  return (...inputs) => {
    if (last && inputs.every((input, i) => input === last?.inputs[i])) return last.offered;
    last = { inputs, offered: offeredWhileShown(...inputs) };
    return last.offered;
  };
}

const NONE: Suggestion[] = [];

/** What is on offer, or none while the journalist has hidden the suggestions. */
function offeredWhileShown(
  found: Suggestion[],
  annotations: readonly Annotation[],
  rejected: readonly RejectedSuggestion[],
  regions: readonly Region[],
  hidden: boolean,
): Suggestion[] {
  return hidden || found.length === 0 ? NONE : offeredSuggestions(found, annotations, rejected, regions);
}

/** The line under a speaker or figure suggestion's excerpt: who they are, what the number is. */
export function suggestionSummary(s: Exclude<Suggestion, { type: 'quote' }>, t: Translator['t']): SummaryPart[] {
  const user = (text: string): SummaryPart => ({ text, user: true });
  if (s.type === 'speaker') {
    const name = s.attributes.name.trim();
    return [name && name !== s.text ? name : '', s.attributes.role, s.attributes.affiliation].filter(Boolean).map(user);
  }
  const value = figureText(t, s.attributes.value, s.attributes.unit);
  return [
    ...(value ? [user(value)] : []),
    ...(s.attributes.kind ? [{ text: t(FIGURE_KIND[s.attributes.kind]) }] : []),
    ...(s.attributes.counts ? [user(s.attributes.counts)] : []),
  ];
}
