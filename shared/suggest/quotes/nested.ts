import type { SpeakerTracker } from '../speakers/coref';
import type { Analysis, Cue, MarkedSpan, Range } from '../types';
import type { QuoteCandidate } from './candidate';

/** At most this much text between a cue inside a quotation and the quotation it opens: "told us, ‘", "قال لي أحد السكان: '". */
const MAX_GAP = 40;

/**
 * Quotes nested in a quote: "A farmer told me, ‘We have no water’" inside someone's words, or
 * «قال لي أحد الشيوخ: 'نحن …'». The guidelines annotate the inner quotation too, credited to its own
 * speaker, the subject of the cue that opens it inside the outer quotation. Cues inside a quotation
 * are otherwise ignored (assemble.ts), so only one that opens a nested quotation right after it counts.
 */
export function nestedQuotes(a: Analysis, cues: readonly Cue[], tracker: SpeakerTracker): QuoteCandidate[] {
  const nested = a.marked.filter((m) => m.nested);
  if (nested.length === 0) return [];
  const out: QuoteCandidate[] = [];
  const used = new Set<MarkedSpan>();
  for (const cue of cues) {
    if (cue.mode === 'context' || !cue.subject) continue;
    const around = a.outer.at(cue.cue.start);
    if (!around || cue.cue.start <= around.start) continue;
    const inner = nested.find((m) => m.start >= cue.cue.end && m.end <= around.end && !used.has(m));
    if (!inner || inner.start - cue.cue.end > MAX_GAP || /[.!?؟«»“”"]/u.test(a.text.slice(cue.cue.end, inner.start))) continue;
    used.add(inner);
    const speaker = tracker.mention(cue.subject);
    out.push({ range: { start: inner.start, end: inner.end }, kind: 'direct', cue: cue.cue, speaker, confidence: 0.8 });
  }
  return out;
}

/**
 * Arabic cues that open a quotation after a colon ("… أن أحد الباعة أخبره: «…»"), looked up by where
 * they end: for a quoted fragment of someone's reported clause, the cue of its own that opens it
 * (starting after `from`, at most MAX_GAP before it, only a colon between), if any.
 */
export function colonOpeners(a: Analysis, cues: readonly Cue[]): (f: Range, from: number, not: Cue) => Cue | undefined {
  const list = cues.filter((c) => c.lang === 'ar' && c.mode === 'marked' && c.subject).sort((x, y) => x.cue.end - y.cue.end);
  return (f, from, not) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as Cue).cue.end <= f.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const c = list[i] as Cue;
      if (f.start - c.cue.end > MAX_GAP) break;
      if (c !== not && c.cue.start > from && /^[^.!?؟«»“”"]*:\s*$/u.test(a.text.slice(c.cue.end, f.start))) return c;
    }
    return undefined;
  };
}
