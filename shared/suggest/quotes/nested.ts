import type { SpeakerTracker } from '../speakers/coref';
import type { Analysis, Cue, MarkedSpan, Range, SpeakerPhrase } from '../types';
import { nestedArabicSpeaker } from '../speakers/arabic-nested';
import type { KnownNames } from '../speakers/arabic';
import type { QuoteCandidate } from './candidate';
import { fragmentQuotes } from './fragments';
import { nestedSubjectEn } from './nested-en';

/** At most this much text between a cue inside a quotation and the quotation it opens: "told us, ‘", "قال لي أحد السكان: '". */
const MAX_GAP = 40;

/**
 * Verbs of saying that open a quotation inside someone's words, with at most a short object or
 * adverb before the quotation ("she told me, ‘…’", "he used to say, “…”", "قال لي الطبيب '…'",
 * "كانت أمي تقول لي: «…»"). Cues inside a quotation are not looked for by the cue finders (a quoted
 * person's verbs are not the article's attributions), so the ones that open a nested quotation are
 * recognised here. Folded Arabic (أ → ا, ى → ي).
 */
const EN_OPENER =
  /(?:^|[^\p{L}])(?:said|says|say|saying|told|tells|tell|telling|asked|asks|ask|asking|replied|replies|answered|wrote|writes|texted|shouted|yelled|whispered|hear|hears|heard|goes)(?![\p{L}])((?:[\s,]+[\p{L}'’-]+){0,5}?)\s*[,:]?\s*$/iu;
const AR_OPENER =
  /(?:^|[^\p{L}])[وف]?ب?(?:قال|قالت|قلت|قلنا|قالوا|يقول|تقول|اقول|نقول|يقولون|قائلا|قائلة|سالني|سالها|ساله|سالنا|اجاب|اجابت|اجابني|صاح|صرخ|صرخت|كتب|كتبت|اخبرني|اخبرنا|اخبرته|يردد|تردد|ردد|رددت|يكرر|تكرر)(?:لي|لنا|له|لها|لهم|ي|ني|نا)?(?![\p{L}])((?:\s+[\p{L}]+){0,6}?)\s*[:،,]?\s*$/u;
/** First-person verbs: the nested quotation was said to the person whose words hold it ("I told him, ‘…’", قلت لهم). */
const FIRST_PERSON =
  /(?:(?:^|[^\p{L}])(?:I|we)\s+(?:\p{L}+\s+){0,2}(?:said|told|say|tell|asked|ask|replied|wrote|texted|shouted)(?![\p{L}]))|(?:(?:^|[^\p{L}])[وف]?(?:قلت|قلنا|اقول|نقول|اخبرته|اخبرتهم|سالته|سالتهم)(?![\p{L}]))/u;

/** The verb a regular-expression opener matched, as the quote's cue. */
function verbOf(opener: RegExpExecArray, from: number): Range {
  const lead = /^[^\p{L}]*/u.exec(opener[0])?.[0].length ?? 0;
  const start = from + opener.index + lead;
  return { start, end: start + (/^\p{L}+/u.exec(opener[0].slice(lead))?.[0].length ?? 0) };
}

const wordsOf = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Quotes nested in a quote: "A farmer told me, ‘We have no water’" inside someone's words, or
 * «قال لي أحد الشيوخ: 'نحن …'», and a quotation inside an interview answer ("he used to say, “…”").
 * The guidelines annotate the inner quotation too, credited to its own speaker: the subject of the
 * cue that opens it when one is written; the holder of the outer words when the verb is in the first
 * person (I told him, قلت لهم); else it is offered without a speaker rather than with a guessed one.
 */
export function nestedQuotes(
  a: Analysis,
  cues: readonly Cue[],
  tracker: SpeakerTracker,
  quotes: readonly QuoteCandidate[] = [],
  isTitle: (m: MarkedSpan) => boolean = () => false,
  arabicSpeaker?: (holderStart: number, verb: Range) => SpeakerPhrase | null,
): QuoteCandidate[] {
  const holders = quotes.filter((q) => q.kind === 'direct');
  const holderOf = (m: Range) =>
    holders.find((q) => q.range.start <= m.start && q.range.end >= m.end && (q.range.start < m.start || q.range.end > m.end));
  const quotedAlready = (m: Range) => quotes.some((q) => q.range.start >= m.start - 1 && q.range.end <= m.end + 1);
  // Nested quotations, and quotations inside an interview answer (a quote with no marks around it).
  const inner = a.marked.filter((m) => {
    if (m.nested) return true;
    const h = holderOf(m);
    return !!h && !a.outer.at(h.range.start) && !quotedAlready(m);
  });
  if (inner.length === 0) return [];
  const out: QuoteCandidate[] = [];
  for (const m of inner) {
    const words = a.text.slice(m.start + 1, m.end - 1);
    if (wordsOf(words) < 2 || isTitle(m)) continue;
    const holder = m.nested ? a.outer.at(m.start) : holderOf(m)?.range;
    if (!holder) continue;
    const from = Math.max(holder.start, m.start - MAX_GAP - 20);
    const before = a.text.slice(from, m.start);
    // The opening verb must be in the holder's words and the quotation right after it, in the same sentence.
    // A cue the cue finders saw inside the holder's words, right before the quotation; else a verb of saying.
    const cue = cues.find(
      (c) =>
        c.mode !== 'context' &&
        c.cue.start > holder.start &&
        c.cue.end <= m.start &&
        m.start - c.cue.end <= MAX_GAP &&
        !/[.!?؟«»“”"\n]/u.test(a.text.slice(c.cue.end, m.start)),
    );
    const arabic = /[\u0600-\u06FF]/u.test(words) || /[\u0600-\u06FF]/u.test(before);
    const opener = (arabic ? AR_OPENER : EN_OPENER).exec(before);
    if (!cue && (!opener || /[.!?؟«»“”"\n]/u.test(opener[1] ?? ''))) continue;
    const holderQuote = quotes.find((q) => q.range.start <= m.start && q.range.end >= m.end && q.speaker);
    const firstPerson = !!opener && FIRST_PERSON.test(before.slice(Math.max(0, opener.index - 12)));
    // «جدتي كانت تقول لي: "…"»، «قال لي الطبيب: "…"»: who spoke inside the holder's words (issue 12).
    const inside =
      arabic && !cue?.subject && opener && !firstPerson && arabicSpeaker ? arabicSpeaker(holder.start, verbOf(opener, from)) : null;
    const english = opener && !arabic ? nestedSubjectEn(a, verbOf(opener, from), holder) : null;
    const speaker = cue?.subject
      ? tracker.mention(cue.subject)
      : inside
        ? tracker.mention(inside)
        : firstPerson && holderQuote
          ? holderQuote.speaker
          : english
            ? tracker.mention(english)
            : null;
    const range = { start: m.start, end: m.end };
    out.push({
      range,
      kind: 'direct',
      cue: cue?.cue ?? verbOf(opener as RegExpExecArray, from),
      speaker,
      confidence: speaker ? 0.8 : 0.65,
    });
  }
  return out;
}

/** Quotes the cue rules leave inside or beside the ones found: nested quotations, then quoted objects of a verb. */
export function innerQuotes(
  a: Analysis,
  cues: readonly Cue[],
  tracker: SpeakerTracker,
  quotes: readonly QuoteCandidate[],
  isName: (m: MarkedSpan) => boolean,
  known: KnownNames,
): QuoteCandidate[] {
  const nested = nestedQuotes(a, cues, tracker, quotes, isName, (holderStart, verb) => nestedArabicSpeaker(a, holderStart, verb, known));
  return [...nested, ...fragmentQuotes(a, tracker, [...quotes, ...nested], isName, known)];
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
