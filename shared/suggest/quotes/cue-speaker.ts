/**
 * Who speaks a placed cue's quote: its subject, someone a description or pronoun points back to, the
 * speaker earlier in the sentence for a continuing participle (", adding that …"), and how sure the quote is.
 */
import { AR_INSTITUTIONS, AR_TITLES } from '../lexicon/ar';
import type { Mention, SpeakerTracker } from '../speakers/coref';
import { describesSomeoneEn, findAntecedent, recentSubject } from '../speakers/english-context';
import type { KnownNames } from '../speakers/arabic';
import { describesSomeone, recentArabicSubject } from '../speakers/arabic-context';
import { whenClauseSubject } from '../speakers/arabic-when-clause';
import { bodySpeakingThroughParticiple } from '../speakers/arabic-participle';
import type { Analysis, Cue, Range } from '../types';
import { tokenIndexAt } from '../ranges';
import type { Token } from '../tokens';
import type { QuoteCandidate } from './candidate';

/** The speaker of the quote `range` placed by `cue`; `quotes` are those placed before it, in reading order. */
export function speakerFor(
  a: Analysis,
  cue: Cue,
  range: Range,
  quotes: readonly QuoteCandidate[],
  tracker: SpeakerTracker,
  known: KnownNames,
): Mention | null {
  if (cue.continuation) {
    // "…, adding that …" / "…، مضيفاً أن …": whoever was quoted earlier in the sentence.
    const sentence = a.sentenceOf[cue.at];
    for (let k = quotes.length - 1; k >= 0; k--) {
      const q = quotes[k] as QuoteCandidate;
      const where = q.cue ? (a.sentenceOf[tokenIndexAt(a.tokens, q.cue.start)] as number) : -1;
      if (where === sentence && q.speaker) return q.speaker;
      if (where < (sentence as number) - 1) break;
    }
    if (cue.subject) return tracker.mention(cue.subject);
    if (cue.lang === 'ar') {
      // "وخاطب رئيس الهيئة القاضي فلان المتهمين قائلاً: …": the verb-first subject of the participle's own sentence.
      const first = a.sentences[sentence as number]?.first ?? cue.at;
      const own =
        whenClauseSubject(a, cue.at, first, known) ??
        recentArabicSubject(a, cue.at, (a.tokens[first] as Token).start, { plural: false, gender: 'unknown' }, known);
      // A name, or a short title (المتهم الثاني); a body's role runs on into the verb's object too
      // easily (وناشدت اللجان المنظماتِ …، حذرت الوزارة من ارتفاع …) to be taken from here.
      const role = own?.role ? a.text.slice(own.role.start, own.role.end).split(' ') : [];
      // "وكان البنك الدولي قد خفض …، مشيراً": كان … قد closes the body's name, so it is taken too.
      const kanaQad =
        !!own?.role && /^و?كان(ت)?$/.test(a.tokens[first]?.text ?? '') && /^\s*قد\s/.test(a.text.slice(own.role.end, own.role.end + 5));
      if (
        own &&
        (own.kind === 'name' || kanaQad || (role.length <= 3 && AR_TITLES.has(role[0] ?? '') && !AR_INSTITUTIONS.has(role[0] ?? '')))
      )
        return tracker.mention(own);
      // "ونعت وزارة الثقافة الراحلة، مؤكدة في بيان أن …": a body, when the participle agrees with it.
      const body = bodySpeakingThroughParticiple(a, own, a.tokens[cue.at]);
      if (body) return tracker.mention(body);
    }
    return tracker.previous({ plural: false, gender: 'unknown' }, range.start);
  }
  if (cue.subject && (cue.lang === 'ar' ? describesSomeone(a, cue.subject) : describesSomeoneEn(a, cue.subject))) {
    // "يقول الرجل الخمسيني", "the 52-year-old said": a description of the person just introduced or quoted.
    const want = { plural: false, gender: cue.subject.gender };
    const previous = tracker.previous(want, range.start);
    const introduced =
      cue.lang === 'ar'
        ? recentArabicSubject(a, cue.at, previous ? previous.range.end : 0, want, known)
        : recentSubject(a, cue.at, previous ? previous.range.end : 0, want);
    const antecedent = introduced
      ? tracker.mention(introduced)
      : previous && nearPara(a.text, previous.range.start, range.start)
        ? previous
        : null;
    return tracker.mention(cue.subject, antecedent ?? undefined);
  }
  if (cue.subject) return tracker.mention(cue.subject);
  if (cue.implicit) {
    const previous = tracker.previous(cue.implicit, range.start);
    if (cue.lang === 'en' && !cue.implicit.plural) {
      // A person introduced as a sentence subject after the latest speaker: "Her brother, Yusuf, disagrees. “…,” he said."
      const introduced = recentSubject(a, cue.at, previous ? previous.range.end : 0, cue.implicit);
      if (introduced) {
        const m = tracker.mention(introduced);
        tracker.learnGender(m, cue.implicit.gender);
        return m;
      }
    }
    if (cue.lang === 'ar') {
      // Pro-drop after a verb-first sentence that introduced someone: "وصلت المبعوثة … . وقالت إن …".
      const introduced = recentArabicSubject(a, cue.at, previous ? previous.range.end : 0, cue.implicit, known);
      return introduced ? tracker.mention(introduced) : previous;
    }
    if (previous) return previous;
    const antecedent = findAntecedent(a, cue.at);
    return antecedent ? tracker.mention(antecedent) : null;
  }
  return null;
}

/** In the same paragraph or the one after: "… قال أبو سامي. ¶ ويضيف الأب: …". */
function nearPara(text: string, x: number, y: number): boolean {
  const [from, to] = x < y ? [x, y] : [y, x];
  const first = text.indexOf('\n', from);
  if (first < 0 || first >= to) return true;
  const second = text.indexOf('\n', first + 1);
  return second < 0 || second >= to;
}

/** How sure a quote placed by `cue` is: by how the cue governs it, and what is missing (subject, speaker). */
export function confidence(cue: Cue, kind: QuoteCandidate['kind'], speaker: Mention | null): number {
  let c = cue.mode === 'marked' || (kind === 'direct' && cue.mode !== 'colon') ? 0.9 : cue.mode === 'colon' ? 0.75 : 0.85;
  if (cue.according) c = 0.75;
  if (!cue.subject) c -= 0.1;
  if (cue.mode === 'before' && kind === 'indirect') c -= 0.05;
  if (cue.weak) c -= 0.15;
  if (!speaker) c -= 0.15;
  return Math.max(0.3, Math.round(c * 100) / 100);
}
