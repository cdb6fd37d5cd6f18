import { AR_GIVEN_NAMES, AR_NAME_PARTICLES, AR_PP_HEADS, AR_TIME_WORDS } from '../lexicon/ar';
import { PRONOUN_PREPOSITIONS } from '../lexicon/ar-people';
import type { Analysis } from '../types';
import type { Token } from '../tokens';
import type { KnownNames } from './arabic';
import { titleAbbreviationAt } from './arabic-names';
import {
  EVENT_ORDINALS,
  ISSUED_PARTICIPLES,
  RECIPIENTS,
  STATEMENT_EVENTS,
  TIME_SPAN_ADJECTIVES,
  TIME_SPAN_NOUNS,
  eventAdjectiveOf,
  isDefinite,
  isInstitution,
  isRecipient,
  isTitle,
} from './arabic-words';

// What may stand between a reporting verb and its subject (a preposition's phrase, an outlet, a time),
// skipped before the subject reader (arabic-subject.ts) reads who spoke.

/** Periods that take an adjective of time (الأسبوع الماضي، الشهر المقبل). */
const TIME_NOUNS = new Set(['الاسبوع', 'الأسبوع', 'الشهر', 'العام', 'السنة', 'الموسم', 'الأسابيع', 'الاسابيع', 'الأيام', 'الايام']);

/** A word that may begin a speaker phrase: a title, a body, a given name or name particle, a known surname, د. */
function opensSpeaker(a: Analysis, k: number, known: KnownNames): boolean {
  const t = a.tokens[k] as Token;
  if (t.kind !== 'word') return true;
  const w = t.text;
  return (
    isTitle(w) ||
    isInstitution(w) ||
    AR_GIVEN_NAMES.has(w) ||
    AR_NAME_PARTICLES.has(w) ||
    known.has(w) ||
    !!titleAbbreviationAt(a, k) ||
    !t.arabic
  );
}

/** "في وقت سابق": a preposition, then a noun of time with its adjective. */
const timeSpanAt = (a: Analysis, k: number) =>
  AR_PP_HEADS.has((a.tokens[k] as Token).text) &&
  TIME_SPAN_NOUNS.has(a.tokens[k + 1]?.text ?? '') &&
  TIME_SPAN_ADJECTIVES.has(a.tokens[k + 2]?.text ?? '');

/** Skips a prepositional phrase or time adverb at the start of a stretch (في بيان، لقناة «…»، أمس). */
export function skipLeading(a: Analysis, from: number, to: number, known: KnownNames): number {
  let k = from;
  for (let guard = 0; guard < 4 && k <= to; guard++) {
    const t = a.tokens[k] as Token;
    if (t.kind !== 'word') return k;
    if (titleAbbreviationAt(a, k)) {
      k += 2;
      continue;
    }
    // "قال لي الطبيب"، "قال لنا ممثل الحكومة": who was spoken to comes before the speaker.
    if (AR_TIME_WORDS.has(t.text) || PRONOUN_PREPOSITIONS.has(t.text)) {
      k++;
      continue;
    }
    // "قال لي الأسبوع الماضي": a period with its adjective of time.
    if (TIME_NOUNS.has(t.text) && k + 1 <= to && AR_TIME_WORDS.has((a.tokens[k + 1] as Token).text)) {
      k += 2;
      continue;
    }
    if (AR_PP_HEADS.has(t.text) || isRecipient(t.text)) {
      const head = k;
      k++;
      // The object: a quoted channel or paper name (لـ«هسبريس»، لقناة «النيل للأخبار») or one word.
      for (let step = 0; step < 2 && k <= to; step++) {
        const open = a.tokens[k] as Token;
        const span = a.markedByStart.get(open.start);
        if (span) {
          while (k <= to && (a.tokens[k] as Token).start < span.end) k++;
          break;
        }
        if (isRecipient(t.text) && open.kind === 'word') {
          // "لوكالة الأنباء الرسمية"، "لقناة الغد": the outlet's name runs on until a word that can open a speaker.
          // (It ends before a time: "لوسائل إعلام محلية في وقت سابق".)
          while (k <= to && k - head <= 3 && !opensSpeaker(a, k, known) && !timeSpanAt(a, k)) k++;
          break;
        }
        if (step === 1 || open.kind !== 'word') break;
        k++;
        // "في آخر مقابلة أجراها"، "في أول تصريح له": an ordinal before the event belongs to it.
        if (EVENT_ORDINALS.has(open.text) && k <= to && STATEMENT_EVENTS.has((a.tokens[k] as Token).text)) k++;
        // "في وقت سابق (من الشهر الجاري)"، "في وقت لاحق": a time, not the start of a speaker.
        if (TIME_SPAN_NOUNS.has(open.text) && k <= to && TIME_SPAN_ADJECTIVES.has((a.tokens[k] as Token).text)) {
          k++;
          if ((a.tokens[k] as Token | undefined)?.text === 'من' && TIME_NOUNS.has((a.tokens[k + 1] as Token | undefined)?.text ?? ''))
            k += 2;
          while (k <= to && AR_TIME_WORDS.has((a.tokens[k] as Token).text)) k++;
          break;
        }
        if (!RECIPIENTS.has((a.tokens[k - 1] as Token).text) && !STATEMENT_EVENTS.has((a.tokens[k - 1] as Token).text)) break;
        // "في تصريح صحفي"، "في بيان مشترك": the event's adjectives go with it.
        if (STATEMENT_EVENTS.has((a.tokens[k - 1] as Token).text)) {
          const own = (a.tokens[k - 1] as Token).text;
          while (k <= to && eventAdjectiveOf(own, (a.tokens[k] as Token).text)) k++;
          // "في تقريرها الصادر في يونيو": what describes the document runs to the reported clause.
          if (k <= to && ISSUED_PARTICIPLES.has((a.tokens[k] as Token).text)) return to + 1;
          // "في بيان صدر إثر اجتماع …": an indefinite event followed by a verb opens a relative clause
          // that runs to the comma; nothing in it is the speaker.
          const next = a.tokens[k];
          if (
            next &&
            k <= to &&
            next.kind === 'word' &&
            next.arabic &&
            !isDefinite(next.text) &&
            !opensSpeaker(a, k, known) &&
            !AR_TIME_WORDS.has(next.text) &&
            !AR_PP_HEADS.has(next.text)
          )
            return to + 1;
          break;
        }
      }
      continue;
    }
    return k;
  }
  return k;
}
