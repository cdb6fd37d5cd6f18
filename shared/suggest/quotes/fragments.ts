import type { KnownNames } from '../speakers/arabic';
import { recentArabicSubject } from '../speakers/arabic-context';
import type { Mention, SpeakerTracker } from '../speakers/coref';
import { recentSubject } from '../speakers/english-context';
import { calledSubjectEn } from './called-en';
import type { Analysis, MarkedSpan, Range } from '../types';
import type { Token } from '../tokens';
import type { QuoteCandidate } from './candidate';
import { OverlapIndex } from '../overlap-index';
import { fragmentSpeaker } from '../speakers/arabic-fragment-speaker';

/**
 * Verbs that take someone's words as their object through a preposition, not a clause: دعا إلى «…»,
 * طالب بتوقيع «…», حذّر من «…», وصفه بـ«…», اتهم … بـ«…», أرجع ذلك إلى «…», أعرب عن «…», and the
 * participles (داعيةً، مطالباً، معرباً). The guidelines annotate the quoted words as a direct quote
 * (a partial quote with no clause around it). Folded Arabic (أ → ا، ى → ي), any attached و/ف.
 */
const AR_VERB = new RegExp(
  '(?:^|[^\\p{L}])[وف]?(?:' +
    [
      'دعا|دعت|دعوا|داعيا|داعية|يدعو|تدعو',
      'طالب|طالبت|طالبوا|مطالبا|مطالبة|يطالب|تطالب',
      'حذر|حذرت|حذروا|محذرا|محذرة|يحذر|تحذر',
      'وصف|وصفت|وصفه|وصفها|وصفته|وصفتها|وصفوا|واصفا|واصفة|يصف|تصف',
      'اتهم|اتهمت|اتهموا|متهما|متهمة|يتهم|تتهم',
      'ارجع|ارجعت|مرجعا|مرجعة|عزا|عزت|عازيا|عازية',
      'اعرب|اعربت|معربا|معربة|يعرب|تعرب',
      'ناشد|ناشدت|مناشدا|مناشدة|يناشد|تناشد',
      'تعهد|تعهدت|متعهدا|متعهدة|يتعهد|تتعهد',
      'حث|حثت|حاثا|يحث|تحث',
      'انتقد|انتقدت|منتقدا|منتقدة|ينتقد|تنتقد',
      'اشاد|اشادت|مشيدا|مشيدة|يشيد|تشيد',
      'شدد|شددت|مشددا|مشددة|يشدد|تشدد',
      'وعد|وعدت|واعدا|يعد|تعد',
    ].join('|') +
    ')(?![\\p{L}])',
  'gu',
);
/** The word right before the quotation: a preposition of the verb, or a verbal noun with ب (بتوقيع، بزيادتها). */
const AR_BEFORE_MARK = /(?:^|\s)(?:الي|إلى|من|عن|علي|بان|بانه|بانها|بانهم|ب|بـ|ب\p{L}{2,})\s*$|(?:^|\s)(?:ب|بـ)$/u;
/**
 * English: "urged residents to “…”", "reminding members to “…”", "accused the firm of “…”",
 * "described the plan as “…”", and a term someone used: "what it called a “rushed” vote".
 */
const EN_VERB =
  /\b(?:urged|urging|urges|reminded|reminding|reminds|told|telling|asked|asking|called on|calling on|warned|warning|accused|accusing|described|describing|vowed|vowing|pledged|pledging|promised|promising|demanded|demanding)\b((?:\s+[\p{L}'’-]+){0,5}?)\s+(?:to|of|as|against|about|for)\s*$/iu;
const EN_CALLED = /\b(?:what|which)\s+(?:[\p{L}'’-]+\s+){1,4}(?:called|described as|termed|dubbed)\s+(?:it\s+)?(?:a|an|the)?\s*$/iu;
const MAX_BEFORE = 90;

/**
 * Quoted words that are the object of a verb of saying without a clause, in a sentence where no
 * rule found a quote. Offered below Accept all (raw 0.7), credited to the subject the sentence
 * introduced before the verb when the speaker finders see a name there, else to the quote just before in the
 * same sentence (a participle: …، داعيةً الحجاج إلى «…»), else without a speaker.
 */
export function fragmentQuotes(
  a: Analysis,
  tracker: SpeakerTracker,
  quotes: readonly QuoteCandidate[],
  isName: (m: MarkedSpan) => boolean,
  known: KnownNames,
): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  const quoted = new OverlapIndex(quotes.map((q) => q.range)); // not a scan of every quote per quotation
  for (const m of a.outer.items) {
    if (quoted.overlapping(m.start, m.end)) continue;
    const words = a.text.slice(m.start + 1, m.end - 1).trim();
    const count = words.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const at = tokenAt(a.tokens, m.start);
    const sentence = a.sentences[a.sentenceOf[at] as number];
    const sentenceStart = sentence ? (a.tokens[sentence.first] as Token).start : 0;
    const from = Math.max(sentenceStart, m.start - MAX_BEFORE);
    const before = a.text.slice(from, m.start);
    if (/[«»“”"\n]/u.test(before.slice(-MAX_BEFORE))) continue;
    const arabic = /[\u0600-\u06FF]/u.test(words);
    let cue: Range | null = null;
    let what = -1;
    if (arabic) {
      if (count < 2 || isName(m) || !AR_BEFORE_MARK.test(before)) continue;
      let last: RegExpExecArray | null = null;
      for (const v of before.matchAll(AR_VERB)) last = v;
      if (!last) continue;
      const lead = /^[^\p{L}]*/u.exec(last[0])?.[0].length ?? 0;
      const start = from + last.index + lead;
      const gap = a.text.slice(start + last[0].length - lead, m.start);
      // At most a subject or object and the preposition between the verb and the quotation.
      if (gap.split(/\s+/).filter(Boolean).length > 7 || /[.!?؟:]/u.test(gap)) continue;
      cue = { start, end: start + last[0].length - lead };
    } else {
      const called = EN_CALLED.exec(before);
      if (called) what = tokenAt(a.tokens, from + called.index);
      const verb = called ? null : EN_VERB.exec(before);
      if (!called && (!verb || count < 2 || isName(m))) continue;
      const hit = (called ?? verb) as RegExpExecArray;
      const word =
        /\b(?:called|described|termed|dubbed|urged|urging|urges|reminded|reminding|reminds|told|telling|asked|asking|warned|warning|accused|accusing|describing|vowed|vowing|pledged|pledging|promised|promising|demanded|demanding|calling on|called on)\b/iu.exec(
          hit[0],
        );
      if (!word) continue;
      const start = from + hit.index + word.index;
      cue = { start, end: start + word[0].length };
    }
    const speaker = speakerOf(cue);
    out.push({ range: { start: m.start, end: m.end }, kind: 'direct', cue, speaker, confidence: 0.7 });

    function speakerOf(verb: Range): Mention | null {
      // A participle or a second verb: the speaker of the quote just before in the same sentence.
      const prior = quotes.filter((q) => q.speaker && q.range.end <= verb.start && q.range.end >= sentenceStart).pop();
      if (prior?.speaker) return prior.speaker;
      const want = { plural: false, gender: 'unknown' as const };
      const verbAt = tokenAt(a.tokens, verb.start);
      // "… over what they called “…”": the subject of the clause holding "what", not the sentence's.
      const term = what >= 0 ? calledSubjectEn(a, what, tokenAt(a.tokens, sentenceStart)) : null;
      if (term) return tracker.mention(term);
      const subject = arabic ? recentArabicSubject(a, at, sentenceStart, want, known) : recentSubject(a, verbAt, sentenceStart, want);
      if (!arabic) return subject?.kind === 'name' ? tracker.mention(subject) : null;
      // A role phrase found here runs on into the verb's object too easily (دعت البلدية السكان): a body
      // is taken only as far as its own name, and when the verb agrees with it.
      const speaker = fragmentSpeaker(a, subject, a.text.slice(verb.start, verb.end));
      return speaker ? tracker.mention(speaker) : null;
    }
  }
  return out;
}

function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
