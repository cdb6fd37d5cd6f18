import { rawLinkScore } from '../link-certainty';
import type { QuoteCandidate } from '../quotes/candidate';
import { RangeSet, tokenIndexAt } from '../ranges';
import type { Mention, SpeakerTracker } from '../speakers/coref';
import type { Analysis, Range, SpeakerPhrase, Token } from '../types';
import { keyOf, type MentionCandidate, mentionCandidates, type TaggerContext } from './features';
import { fitsMentionFeatures, type MentionModel, mentionLogit, mentionShares } from './model';
import { PERSON_OR_BODY, W, WordFlags } from './words';

/** One Arabic quote's candidates as the training script sees them (folded offsets; the engine maps them back). */
export interface MentionSample {
  quote: Range;
  rulePick: Range | null;
  candidates: Array<{ range: Range; features: Float64Array }>;
}

/** What the tagger did: the mentions it made and the quotes it credited (for confidence). */
export interface TaggerResult {
  tagged: Set<Mention>;
  credited: Set<QuoteCandidate>;
}

/**
 * The rules' speaker written right beside the cue (قال «فلان»، «فلان» قال): the verb's own subject, which the
 * tagger does not second-guess (and not scoring those quotes' spans keeps it fast).
 */
function besideCue(a: Analysis, q: QuoteCandidate, pick: Range): boolean {
  if (!q.cue) return false;
  const cueFirst = tokenIndexAt(a.tokens, q.cue.start);
  const cueNext = tokenIndexAt(a.tokens, q.cue.end);
  const pickFirst = tokenIndexAt(a.tokens, pick.start);
  const pickNext = tokenIndexAt(a.tokens, pick.end);
  return pickFirst === cueNext || pickNext === cueFirst;
}

/**
 * Whether the tagger weighs the rules' speaker at all: not when it is the cue's own subject written beside it, nor
 * a name written near the quote (their safest links, link-certainty.ts); scoring only the rest keeps the tagger fast.
 */
function secondGuessed(a: Analysis, q: QuoteCandidate, pick: Mention): boolean {
  return !besideCue(a, q, pick.range) && !inCueSentence(a, q, pick.range) && rawLinkScore(q.range, pick) < 0.99;
}

/**
 * A speaker the rules read in the cue's own sentence (ونقلت الإذاعة عن «مسؤولين»، بحسب تقرير «لبرنامج …»، قال لي
 * «أحد الشيوخ»): their grammar placed it there on purpose. Only a speaker carried over from elsewhere is weighed.
 */
function inCueSentence(a: Analysis, q: QuoteCandidate, pick: Range): boolean {
  if (!q.cue) return false;
  const cue = a.sentenceOf[Math.min(tokenIndexAt(a.tokens, q.cue.start), a.tokens.length - 1)];
  return a.sentenceOf[Math.min(tokenIndexAt(a.tokens, pick.start), a.tokens.length - 1)] === cue;
}

/** A quote in Arabic: its first word, or its cue, is written in Arabic script. */
function arabicQuote(a: Analysis, q: QuoteCandidate): boolean {
  const from = q.cue && q.cue.start < q.range.start ? q.cue.start : q.range.start;
  for (const t of a.tokens.slice(tokenIndexAt(a.tokens, from), tokenIndexAt(a.tokens, from) + 6)) if (t.kind === 'word') return t.arabic;
  return false;
}

function recognisable(flags: WordFlags, c: MentionCandidate): boolean {
  for (let k = c.first; k <= c.last; k++) if (flags.of(k) & PERSON_OR_BODY) return true;
  return c.named;
}

/** "والدته دورها": a last word with a possessive pronoun is what the speaker has, not part of who speaks; it is left out. */
function withoutPossessions(a: Analysis, flags: WordFlags, c: MentionCandidate): MentionCandidate {
  let last = c.last;
  while (last > c.first && flags.of(last) & W.possessive) last--;
  return last === c.last ? c : { ...c, last, end: (a.tokens[last] as Token).end };
}

/** The speaker phrase a tagged span reads as: a role when it holds a title, a body or a kind of person, else a name. */
function phraseOf(flags: WordFlags, c: MentionCandidate, verbFeminine: boolean): SpeakerPhrase {
  let any = 0;
  for (let k = c.first; k <= c.last; k++) any |= flags.of(k);
  const first = flags.of(c.first);
  const role = (any & (W.title | W.institution | W.people | W.kin | W.honorific)) !== 0;
  const range = { start: c.start, end: c.end };
  const feminine = verbFeminine || (first & (W.female | W.feminineEnd)) !== 0;
  return {
    mention: range,
    name: role ? null : range,
    role: role ? range : null,
    kind: role ? 'role' : 'name',
    plural: (first & W.pluralShape) !== 0,
    gender: feminine ? 'female' : 'unknown',
    definite: (first & W.definite) !== 0,
    sameAsBefore: (any & W.sameAsBefore) !== 0,
  };
}

/**
 * Proposes a speaker mention for Arabic quotes the rules leave without one, from every short span
 * around the quote scored by the learned model; and replaces the rules' speaker when the model is
 * very sure another span is the speaker and the rules' one is not. `onSample` sees every Arabic
 * quote's candidates before anything is changed (for training).
 */
export function tagArabicSpeakers(
  a: Analysis,
  tracker: SpeakerTracker,
  quotes: readonly QuoteCandidate[],
  known: ReadonlySet<string>,
  model: MentionModel | null,
  onSample?: (sample: MentionSample) => void,
): TaggerResult {
  const result: TaggerResult = { tagged: new Set(), credited: new Set() };
  const use = !!model && fitsMentionFeatures(model) && (model.addAbove <= 1 || model.replaceAbove <= 1);
  if (!use && !onSample) return result;
  // Only what the bars can change is scored: with adding off (addAbove above 1, as now), a quote without a
  // speaker cannot gain one, so its spans are not read on the engine's path.
  const adding = !!model && model.addAbove <= 1;
  const replacing = !!model && model.replaceAbove <= 1;
  const wanted = quotes.filter(
    (q) => (onSample || (q.speaker ? replacing && secondGuessed(a, q, q.speaker) : adding)) && arabicQuote(a, q),
  );
  if (wanted.length === 0) return result;
  const flags = new WordFlags(a.tokens);
  const ranges = new RangeSet<Range>();
  for (const q of [...quotes].sort((x, y) => x.range.start - y.range.start)) ranges.items.push(q.range);
  ranges.items.sort((x, y) => x.end - y.end);
  const nameWords = new Set<string>();
  for (const m of tracker.mentions)
    if (m.phrase.name) for (const w of a.text.slice(m.phrase.name.start, m.phrase.name.end).split(' ')) nameWords.add(w);
  const ctx: TaggerContext = {
    a,
    flags,
    ruleMentions: new Set(tracker.mentions.map((m) => keyOf(m.range.start, m.range.end))),
    known,
    nameWords,
    quoteAt: (offset) => ranges.at(offset) !== undefined,
    reads: new Map(),
  };
  for (const q of wanted.sort((x, y) => x.range.start - y.range.start)) {
    const pick = q.speaker;
    const candidates = mentionCandidates(ctx, q, pick, onSample || !model ? undefined : (x) => mentionLogit(model, x));
    if (onSample) {
      onSample({
        quote: q.range,
        rulePick: pick ? pick.range : null,
        candidates: candidates.map((c) => ({ range: { start: c.start, end: c.end }, features: c.features as Float64Array })),
      });
      if (model) for (const c of candidates) c.z = mentionLogit(model, c.features as Float64Array);
    }
    if (!use || !model || candidates.length === 0) continue;
    let best: MentionCandidate | null = null;
    let bestScore = -1;
    let pickScore = 0;
    const shares = mentionShares(candidates.map((c) => c.z));
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k] as MentionCandidate;
      const s = shares[k] as number;
      if (pick && c.start === pick.range.start && c.end === pick.range.end) pickScore = s;
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    if (!best) continue;
    const overlapsPick = !!pick && best.start < pick.range.end && pick.range.start < best.end;
    const add = !pick && bestScore >= model.addAbove;
    const replace = !!pick && !overlapsPick && bestScore >= model.replaceAbove && pickScore < model.replaceBelow;
    if (!add && !replace) continue;
    // What the tagger adds must read as a person or a body by the engine's own lists (a given name, a title, a
    // kind of person, an institution, a name met before): a span of other words is never offered as a speaker.
    if (!recognisable(flags, best)) continue;
    best = withoutPossessions(a, flags, best);
    const cue = q.cue ? a.text.slice(q.cue.start, q.cue.end) : '';
    const feminineVerb = /^[وف]?(?:ت|.*ت$)/u.test(cue) && !/(?:وا|ون)$/u.test(cue);
    const made = !ctx.ruleMentions.has(keyOf(best.start, best.end));
    const mention = tracker.mention(phraseOf(flags, best, feminineVerb));
    if (made) result.tagged.add(mention);
    result.credited.add(q);
    q.speaker = mention;
  }
  return result;
}
