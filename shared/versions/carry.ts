import { type AnchorMethod, anchorSelector } from '../anchoring/anchor';
import { similarity } from '../anchoring/match-quote';
import type { Annotation, CarryStatus } from '../domain/annotation';
import type { RejectedSuggestion } from '../domain/suggestion';
import { compareAnnotations } from '../domain/annotation-rules';
import { spanContext } from '../text/offsets';
import { OffsetMap, diffTexts } from './text-diff';

/**
 * Carrying a layer's annotations onto a new version of their document. Each annotation is
 * placed, in order: where the diff maps it if its text is still there (kept, or moved when
 * text before it changed); by its quote with prefix and suffix, exact then fuzzy (the
 * shared anchoring, Hypothesis's order); and last onto what replaced it in the diff when
 * the words on one side of it survived (a changed figure "25" → "27"). Anything placed on text
 * that differs, or by a quote whose context no longer agrees, is `changed` (review it);
 * what finds no place is an orphan, kept aside and listed, never dropped.
 */

export type CarryOutcome = CarryStatus | 'orphaned';

export interface CarryEntry {
  id: string;
  status: CarryOutcome;
  /** How the place was found (`diff`: what replaced the text in the diff); absent for orphans. */
  method?: AnchorMethod | 'diff';
}

export interface CarryResult {
  /** Annotations on the new text, in text order, each with its `carried` status. */
  placed: Annotation[];
  /** Annotations as they were on the old text, for which no place was found. */
  orphans: Annotation[];
  entries: CarryEntry[];
}

/** An exact quote found away from where the diff put it, with context agreeing less than this, may be a look-alike: flagged. */
export const MIN_QUOTE_CONTEXT = 0.5;
/** A replaced span (other than a figure) must keep this share of its old text to stand in for it. */
export const MIN_REPLACED_LIKENESS = 0.4;
/** The words either side of a replaced span must agree this well for the replacement to stand in for it. */
export const MIN_DIFF_CONTEXT = 0.6;

interface Place {
  start: number;
  end: number;
  method: AnchorMethod | 'diff';
  certain: boolean;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return [s, e];
}

interface Texts {
  oldText: string;
  newText: string;
}

/** How the text either side of start–end agrees with the recorded prefix and suffix. */
interface ContextAgreement {
  /** 0–1 per side (0 when nothing was recorded on that side). */
  prefix: number;
  suffix: number;
  /** How many sides (0–2) read exactly as recorded, as far as the text reaches. */
  exactSides: number;
  exact: boolean;
}

function contextScores(newText: string, recorded: { prefix: string; suffix: string }, start: number, end: number): ContextAgreement {
  // Near the ends of the text less context exists than was recorded: compare what there is.
  const { prefix, suffix } = recorded;
  const before = newText.slice(Math.max(0, start - prefix.length), start);
  const after = newText.slice(end, end + suffix.length);
  const exactSides = Number(prefix.endsWith(before)) + Number(suffix.startsWith(after));
  return {
    prefix: prefix ? similarity(before, prefix.slice(-Math.max(1, before.length))) : 0,
    suffix: suffix ? similarity(after, suffix.slice(0, Math.max(1, after.length))) : 0,
    exactSides,
    exact: exactSides === 2,
  };
}

/** Where the diff carries start–end, and whether the text at either end was removed. */
function mappedSpan(map: OffsetMap, start: number, end: number): { start: number; end: number; removed: boolean } {
  const from = map.map(start, 'start');
  const to = map.map(end, 'end');
  return { start: from.at, end: to.at, removed: from.removed || to.removed };
}

/** Where the diff carries a span whose text is unchanged there, or null (also used for rejected suggestions). */
export function unchangedSpan(
  newText: string,
  span: { start: number; end: number; text: string },
  map: OffsetMap,
): { start: number; end: number } | null {
  const mapped = mappedSpan(map, span.start, span.end);
  return !mapped.removed && newText.slice(mapped.start, mapped.end) === span.text ? mapped : null;
}

/**
 * Whether another occurrence of the annotation's words in the old text reads more like the
 * place start–end than the annotation itself did: then the diff or the quote search paired
 * the place with that other mention (the annotation's own words may have been deleted).
 */
function anotherMentionFitsBetter(texts: Texts, a: Annotation, start: number, end: number, own: ContextAgreement): boolean {
  const ownScore = own.prefix + own.suffix;
  for (let at = texts.oldText.indexOf(a.text); at >= 0; at = texts.oldText.indexOf(a.text, at + 1)) {
    if (at === a.start) continue;
    const other = contextScores(texts.newText, spanContext(texts.oldText, at, at + a.text.length), start, end);
    // Words read exactly as they stood around the other mention outweigh near likeness to this one.
    if (other.exactSides > own.exactSides || other.prefix + other.suffix > ownScore) return true;
  }
  return false;
}

/**
 * Whether the same words found at start–end can be trusted as the annotation's place: the
 * context must agree on one side at least; and when the words occur more than once in the
 * old text (a sentence or a name that recurs), the place must read more like this mention
 * than like any other, since the diff or the quote search may have paired words that were
 * deleted with a copy of them.
 */
function trustedPlace(texts: Texts, a: Annotation, start: number, end: number): boolean {
  const context = contextScores(texts.newText, a, start, end);
  if (!a.prefix && !a.suffix) return true;
  if (Math.max(context.prefix, context.suffix) < MIN_QUOTE_CONTEXT) return false;
  return context.exact || !anotherMentionFitsBetter(texts, a, start, end, context);
}

/** What replaced the span in the diff, when the text either side of it is still there. */
function replacedSpan(newText: string, a: Annotation, map: OffsetMap): Place | null {
  const mapped = mappedSpan(map, a.start, a.end);
  const [start, end] = trimmed(newText, mapped.start, mapped.end);
  if (end <= start || end - start > a.text.length * 3 + 40) return null;
  // A figure is replaced by another figure ("25" → "27"); other spans must still resemble what they were.
  if (a.type !== 'figure' && similarity(newText.slice(start, end), a.text) < MIN_REPLACED_LIKENESS) return null;
  const context = contextScores(newText, a, start, end);
  // One side is enough: the other may be the very edit (a reworded clause after a figure).
  return context.prefix >= MIN_DIFF_CONTEXT || context.suffix >= MIN_DIFF_CONTEXT ? { start, end, method: 'diff', certain: false } : null;
}

function placeOf(texts: Texts, a: Annotation, map: OffsetMap): Place | null {
  const { newText } = texts;
  const same = unchangedSpan(newText, a, map);
  // The diff may pair a deleted sentence with an identical one nearby: the same words with
  // other words around them are flagged, not trusted.
  if (same) return { ...same, method: 'position', certain: trustedPlace(texts, a, same.start, same.end) };
  const mapped = mappedSpan(map, a.start, a.end);
  // Both ends survived but the words between changed: it is still here, edited (a reworded
  // clause); a copy of the old words elsewhere would be another mention of them.
  if (!mapped.removed && mapped.end > mapped.start) {
    const [start, end] = trimmed(newText, mapped.start, mapped.end);
    if (end > start) return { start, end, method: 'diff', certain: false };
  }
  const anchor = anchorSelector(newText, { exact: a.text, prefix: a.prefix, suffix: a.suffix, start: mapped.start });
  if (anchor) {
    // The diff saw this text removed where it was: a copy found elsewhere (a name or a
    // sentence that recurs) may be another mention, so it is placed but flagged for review.
    const certain =
      anchor.method !== 'fuzzy' &&
      anchor.contextScore >= MIN_QUOTE_CONTEXT &&
      !mapped.removed &&
      trustedPlace(texts, a, anchor.start, anchor.end);
    return { start: anchor.start, end: anchor.end, method: anchor.method, certain };
  }
  return replacedSpan(newText, a, map);
}

/** Quote → speaker and speaker → same-as links to orphans are cleared: the orphan keeps its own data. */
function withoutLinksTo(a: Annotation, orphaned: Set<string>): Annotation {
  if (a.type === 'quote' && a.attributes.speakerId && orphaned.has(a.attributes.speakerId)) {
    return { ...a, attributes: { ...a.attributes, speakerId: null } };
  }
  if (a.type === 'speaker' && a.attributes.sameAs && orphaned.has(a.attributes.sameAs)) {
    return { ...a, attributes: { ...a.attributes, sameAs: null } };
  }
  return a;
}

/**
 * Carries `annotations` (on `oldText`) onto `newText`, which becomes document version
 * `version`. `map` may be shared by every layer of one document (the diff is the costly part).
 */
export function carryAnnotations(
  oldText: string,
  newText: string,
  annotations: readonly Annotation[],
  version: number,
  map: OffsetMap = new OffsetMap(diffTexts(oldText, newText)),
): CarryResult {
  const placed: Annotation[] = [];
  const orphans: Annotation[] = [];
  const entries: CarryEntry[] = [];
  for (const a of annotations) {
    const place = placeOf({ oldText, newText }, a, map);
    if (!place) {
      orphans.push(a);
      entries.push({ id: a.id, status: 'orphaned' });
      continue;
    }
    const text = newText.slice(place.start, place.end);
    const same = text === a.text;
    const status: CarryStatus = !same || !place.certain ? 'changed' : place.start === a.start ? 'kept' : 'moved';
    const recheck = status === 'changed' && a.verdict.status !== 'unchecked';
    // A status not yet reviewed survives a later version that keeps the annotation where it is.
    const carried =
      status === 'kept' && a.carried && a.carried.status !== 'kept'
        ? a.carried
        : { status, version, ...(same ? {} : { previousText: a.text }), ...(recheck ? { recheck } : {}) };
    placed.push({ ...a, start: place.start, end: place.end, text, ...spanContext(newText, place.start, place.end), carried });
    entries.push({ id: a.id, status, method: place.method });
  }
  const orphaned = new Set(orphans.map((o) => o.id));
  const linked = orphaned.size > 0 ? placed.map((a) => withoutLinksTo(a, orphaned)) : placed;
  return { placed: linked.sort(compareAnnotations), orphans, entries };
}

export function countOutcomes(entries: readonly CarryEntry[]): Record<CarryOutcome, number> {
  const counts: Record<CarryOutcome, number> = { kept: 0, moved: 0, changed: 0, orphaned: 0 };
  for (const e of entries) counts[e.status]++;
  return counts;
}

/** Rejected suggestions stay only where their text is unchanged (suggestions are found again on the new text). */
export function carryRejections(newText: string, list: readonly RejectedSuggestion[], map: OffsetMap): RejectedSuggestion[] {
  const out: RejectedSuggestion[] = [];
  for (const r of list) {
    const span = unchangedSpan(newText, r, map);
    if (span) out.push({ ...r, ...span });
  }
  return out;
}

/**
 * Every annotation checked against the text it is stored on (after a sync merged layers
 * carried along two histories): one that reads its own words stays as it is; one that does
 * not is placed again by its quote and context (exact, then fuzzy) and flagged `changed`
 * for review, or, with no place found, becomes an orphan. Never a span over other words
 * without a flag.
 */
export function checkAgainstText(text: string, annotations: readonly Annotation[], version: number): CarryResult {
  const placed: Annotation[] = [];
  const orphans: Annotation[] = [];
  const entries: CarryEntry[] = [];
  for (const a of annotations) {
    if (text.slice(a.start, a.end) === a.text) {
      placed.push(a);
      continue;
    }
    const anchor = anchorSelector(text, { exact: a.text, prefix: a.prefix, suffix: a.suffix, start: a.start });
    if (!anchor) {
      orphans.push(a);
      entries.push({ id: a.id, status: 'orphaned' });
      continue;
    }
    const now = text.slice(anchor.start, anchor.end);
    const recheck = a.verdict.status !== 'unchecked';
    const carried = {
      status: 'changed' as const,
      version,
      ...(now === a.text ? {} : { previousText: a.text }),
      ...(recheck ? { recheck } : {}),
    };
    placed.push({ ...a, start: anchor.start, end: anchor.end, text: now, ...spanContext(text, anchor.start, anchor.end), carried });
    entries.push({ id: a.id, status: 'changed', method: anchor.method });
  }
  const orphaned = new Set(orphans.map((o) => o.id));
  const linked = orphaned.size > 0 ? placed.map((a) => withoutLinksTo(a, orphaned)) : placed;
  return { placed: linked.sort(compareAnnotations), orphans, entries };
}
