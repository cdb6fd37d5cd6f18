import { AR_INSTITUTIONS, AR_TITLES } from '../lexicon/ar';
import { foldedSet, words } from '../lexicon/util';
import type { SpeakerTracker } from '../speakers/coref';
import { isStop, isVerb } from '../speakers/arabic-words';
import { type Analysis, type Range, type SpeakerPhrase, definiteRole } from '../types';
import type { QuoteCandidate } from './candidate';

/**
 * "شرطة المدينة: تم التعامل مع 200 بلاغ", "وزير النقل لـ«الأخبار»: الطريق سيفتح في الصيف": a line that
 * opens with a body or a post, then a colon and a statement in no quotation marks. Live blogs give their
 * entries this way and headlines their speaker's words; annotators take the statement's first sentence
 * as a direct quote with ":" as its cue (the guidelines' headline quote, without the marks).
 */

/** A line's opening phrase and colon, after an optional "حوار |" kicker; «…» only for an outlet (لـ«الشعب»). */
const LINE = /^(?:[^\n|:]{1,30}\|\s*)?((?:[^\n:.|…«»"“”\d،,]|«[^»\n:]{1,40}»){3,80}?)\s*:[ \t]*(?=\S)/gmu;
const MAX_SPEAKER_WORDS = 6;
/** Words in a name before لـ«…» (given name, father's name, particle, family name). */
const MAX_NAME_WORDS = 4;
/** Labels of page furniture and bylines that stand before a colon and speak for no one. */
const LABELS = foldedSet(
  words(`آخر تحديث حاوره حاورته حاورها أجرى أجرت الحوار كتب كتبت بقلم المصدر اقرأ أيضاً إعداد تصوير ترجمة تحرير
  متابعة مراسلة شارك التغطية عاجل مباشر المحرر الكاتب نبذة لمحة حول عن`),
);

/** The first sentence from `start`: up to a full stop (not "..") before a space or the line's end, without the stop. */
function firstSentence(text: string, start: number): Range | null {
  const lineEnd = text.indexOf('\n', start);
  const end = lineEnd < 0 ? text.length : lineEnd;
  // (".." joins a headline's two statements; it ends no sentence.)
  const stop = /(?<!\.)[.!؟?](?=\s|$)/u.exec(text.slice(start, end));
  let last = stop ? start + stop.index + (stop[0] === '.' ? 0 : 1) : end;
  while (last > start && /\s/u.test(text[last - 1] as string)) last--;
  return last > start ? { start, end: last } : null;
}

export function plainHeadlineQuotes(a: Analysis, tracker: SpeakerTracker, found: QuoteCandidate[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  const text = a.text;
  if (!text.includes(':')) return out;
  for (const m of text.matchAll(LINE)) {
    const written = (m[1] as string).replace(/\s+لـ?«[^»]*»\s*$/u, '').trim();
    if (!/[\u0621-\u064A]/u.test(written) || written.includes('«')) continue;
    const phraseWords = written.split(/\s+/);
    if (phraseWords.length > MAX_SPEAKER_WORDS || phraseWords.some((w) => LABELS.has(w) || isVerb(w))) continue;
    // A body or a post speaks, and opens the phrase: a bare name, a topic ("الطقس: …") or a headline about
    // people ("العائدون إلى …: …") is left to the rules that read names.
    const head = phraseWords[0] as string;
    // "سامي الحداد لـ«الوطن»: …": a name told to an outlet is an interview's headline; a name alone is not.
    const toOutlet = written !== (m[1] as string).trim();
    const named = toOutlet && phraseWords.length <= MAX_NAME_WORDS && phraseWords.every((w) => !isStop(w) && !w.startsWith('و'));
    if (!AR_TITLES.has(head) && !AR_INSTITUTIONS.has(head) && !named) continue;
    const statementStart = (m.index as number) + m[0].length;
    // Quotation marks right after the colon are the marked headline quote's (structure.ts).
    if (/^["«“]/u.test(text.slice(statementStart, statementStart + 1))) continue;
    const range = firstSentence(text, statementStart);
    if (!range || text.slice(range.start, range.end).split(/\s+/).length < 3) continue;
    if (found.some((q) => q.range.start < range.end && range.start < q.range.end)) continue;
    const start = (m.index as number) + (m[0] as string).indexOf(written);
    const role = { start, end: start + written.length };
    const phrase: SpeakerPhrase =
      AR_TITLES.has(head) || AR_INSTITUTIONS.has(head)
        ? definiteRole(role)
        : { ...definiteRole(role), kind: 'name', name: role, role: null, definite: false };
    const speaker = tracker.mention(phrase, tracker.holderOf(role) ?? undefined);
    const colon = text.indexOf(':', role.end);
    out.push({ range, kind: 'direct', cue: { start: colon, end: colon + 1 }, speaker, confidence: 0.7 });
  }
  return out;
}
