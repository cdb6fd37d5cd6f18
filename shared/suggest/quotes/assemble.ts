/**
 * The last stage of finding quotes: cues and quotation marks become quotes with speakers, in order —
 * cues placed (placement.ts), speakers resolved in reading order (cue-speaker.ts), headlines and
 * interview answers, quotations standing on their own (standalone.ts), then nested quotations.
 */
import type { Mention, SpeakerTracker } from '../speakers/coref';
import type { KnownNames } from '../speakers/arabic';
import type { Analysis, Cue, MarkedSpan, Range } from '../types';
import { RangeSet } from '../ranges';
import { colonOpeners, innerQuotes } from './nested';
import { creditRepeatedHeadings } from './repeated-heading';
import { plainHeadlineQuotes } from './headline-plain-ar';
import { headlineQuotes, interviewAnswers, splitAcrossParagraphs } from './structure';
import { withoutOpeningConjunction, wordsInside } from './edges';
import type { QuoteCandidate } from './candidate';
import { innerText, markedJustBefore, nameInMarks, nextMarkedRightAfter, type Placement, placeCue, wordCount } from './placement';
import { confidence, speakerFor } from './cue-speaker';
import { standaloneQuote } from './standalone';

/**
 * Turns cues and quotation marks into quotes with their speakers. A clause that is one
 * quotation (قال إن «…») becomes a direct quote; a clause containing quoted fragments is
 * an indirect quote and each fragment a direct one by the same speaker (the guidelines'
 * partial quote); a quotation with no cue is kept only when long enough and standing on
 * its own, so names, titles and scare quotes in marks are not suggested.
 */
export function assembleQuotes(a: Analysis, cues: Cue[], tracker: SpeakerTracker, known: KnownNames = new Set()): QuoteCandidate[] {
  const outer = a.outer;
  const consumed = new Set<MarkedSpan>();
  const quotes: QuoteCandidate[] = [];
  const taken = new RangeSet<QuoteCandidate['range']>();

  // Quotation marks around a speaker's name (وأضاف «وربيرج») are part of the attribution.
  for (const cue of cues) {
    const s = cue.subject?.mention;
    const m = s && outer.at(s.start);
    if (s && m && s.end <= m.end && wordCount(innerText(a, m)) <= 4) consumed.add(m);
  }

  // A sentence that ends with its attribution (…, health officials said.) is governed by it,
  // so verbs inside it (Uganda has confirmed …) are part of the reported content: place
  // those postposed cues first, then the rest in reading order.
  const ordered = [...cues].sort((x, y) => x.at - y.at);
  const governing = ordered.filter((c) => c.mode === 'before' && c.content && c.subject);
  const placed = new Map<Cue, Placement>();
  const placedRanges = new RangeSet<Range>();
  const governed = new Set(governing);
  for (const cue of [...governing, ...ordered.filter((c) => !governed.has(c))]) {
    if (cue.mode === 'context' || placedRanges.at(cue.cue.start)) continue;
    const around = outer.at(cue.cue.start);
    if (around && cue.cue.start > around.start && wordCount(innerText(a, around)) >= 3) continue;
    const where = placeCue(a, consumed, cue);
    if (!where || placedRanges.overlaps(where.range)) continue;
    placed.set(cue, where);
    placedRanges.add(where.range);
    // A split quotation: "…," she said, "…" — the cue between two quotations governs both.
    if (cue.mode === 'marked' || (cue.mode === 'before' && where.kind === 'direct')) {
      const other = cue.mode === 'marked' ? markedJustBefore(a, consumed, cue) : nextMarkedRightAfter(a, cue);
      // The first half of a split quotation ends with a comma ("…," she said, "…"), unlike a name in marks.
      const split = other && (cue.mode !== 'marked' || /[,،]\s*$/u.test(innerText(a, other)) || /^\s*[,،]/u.test(a.text.slice(other.end)));
      if (other && split && !consumed.has(other) && !placedRanges.overlaps(other)) {
        consumed.add(other);
        const range = { start: other.start, end: other.end };
        placed.set({ ...cue }, { range, kind: 'direct', fragments: [] });
        placedRanges.add(range);
      }
    }
  }
  const opener = colonOpeners(a, ordered);
  // Speakers are resolved in reading order, so pronouns and titles find the right antecedent.
  for (const cue of [...placed.keys(), ...ordered.filter((c) => c.mode === 'context')].sort((x, y) => x.at - y.at || 0)) {
    if (cue.mode === 'context') {
      if (cue.subject && !placedRanges.at(cue.cue.start)) tracker.mention(cue.subject);
      continue;
    }
    const where = placed.get(cue);
    if (!where) continue;
    const speaker = speakerFor(a, cue, where.range, quotes, tracker, known);
    const quote: QuoteCandidate = {
      range: where.range,
      kind: where.kind,
      cue: cue.cue,
      speaker,
      confidence: confidence(cue, where.kind, speaker),
    };
    if (cue.cuePrep) quote.cuePrep = cue.cuePrep;
    quotes.push(quote);
    // A partial quote: each quoted fragment of the clause is also a direct quote by the same speaker.
    for (const f of where.fragments) {
      // "…، لافتاً إلى أن أحد المزارعين أخبره: «…»": a fragment opened by a cue of its own inside the clause is that cue's subject's.
      const own = opener(f, where.range.start, cue);
      const by = own?.subject ? tracker.mention(own.subject) : speaker;
      quotes.push({
        ...quote,
        range: { start: f.start, end: f.end },
        kind: 'direct',
        speaker: by,
        confidence: confidence(cue, 'direct', by),
      });
    }
  }
  quotes.push(...headlineQuotes(a, tracker, consumed));
  quotes.push(...plainHeadlineQuotes(a, tracker, quotes));
  const answers = interviewAnswers(a, tracker, known);
  quotes.push(...answers);
  const sortedQuotes = [...quotes].sort((x, y) => x.range.end - y.range.end);
  for (const q of sortedQuotes) taken.items.push(q.range);

  // Quotes with a speaker, by end, so a stand-alone quotation finds the one before it quickly.
  const voiced = new RangeSet<Range & { speaker: Mention }>();
  for (const q of sortedQuotes) if (q.speaker) voiced.items.push({ start: q.range.start, end: q.range.end, speaker: q.speaker });
  for (const m of outer.items) {
    if (consumed.has(m) || taken.overlaps(m)) continue;
    const standalone = standaloneQuote(a, m, voiced, tracker, known);
    if (!standalone) continue;
    quotes.push(standalone);
    taken.add(standalone.range);
    if (standalone.speaker) voiced.add({ ...standalone.range, speaker: standalone.speaker });
  }
  creditRepeatedHeadings(a.text, quotes);
  // An interview's headline quotes the one who answers: "‘We cannot wait’: the port chief on …".
  const interviewee = answers.find((q) => q.speaker)?.speaker;
  const headlineEnd = a.text.indexOf('\n');
  if (interviewee) for (const q of quotes) if (!q.speaker && q.range.end <= headlineEnd) q.speaker = interviewee;
  // Last, so the quotation around a nested one is still found on its own.
  quotes.push(...innerQuotes(a, ordered, tracker, quotes, (m) => nameInMarks(a, m), known));
  // The guidelines span a direct quote's words, without its marks or a comma or full stop before the closing mark.
  const split = splitAcrossParagraphs(a.text, quotes);
  for (const q of split) q.range = q.kind === 'direct' ? wordsInside(a.text, q.range) : withoutOpeningConjunction(a.text, q.range);
  return split.sort((x, y) => x.range.start - y.range.start || y.range.end - x.range.end);
}
