import { AR_GIVEN_NAMES, AR_TIME_WORDS } from '../lexicon/ar';
import { foldedSet, words } from '../lexicon/util';
import { tokenIndexAt } from '../ranges';
import { stripWa, type Token } from '../tokens';
import type { Analysis, Range, SpeakerPhrase } from '../types';
import type { KnownNames } from './arabic';
import { parseArabicSubject } from './arabic-subject';
import { isInstitution, isStop, isTitle, isVerb } from './arabic-words';

/** Kin as a quoted person names them (جدتي، أمي، ماما، ابني): who spoke inside their words. */
const FIRST_PERSON_KIN = foldedSet(
  words(`أمي أبي ماما بابا جدتي جدي والدتي والدي ابني ابنتي أخي أختي زوجي زوجتي عمي عمتي خالي خالتي حفيدي حفيدتي
  جارتي جاري صديقي صديقتي`),
);
/** Words between the subject and its verb that are no part of either (المنتج «هناك» يقول، جدتي «كانت» تقول). */
const BETWEEN = foldedSet(words('كان كانت هناك هنا دائما دائماً مرة يوما يوماً قد'));
/** Words after the verb that are who was spoken to, not who spoke (قال لي، قالت لنا). */
const TO_WHOM = foldedSet(words('لي لنا له لها لهم لك لكم مرة يوما'));
/** People described without a name (سيدة مسنّة، صياد في صور). */
const PERSON_NOUNS = foldedSet(
  words('رجل امرأة سيدة شاب شابة فتاة فتى طفل طفلة عجوز مسن مسنة صياد تاجر عامل عاملة مزارع بائع بائعة سائق جار جارة جندي ضابط زبون زبونة'),
);
const FIRST_PERSON_VERB = /^[وف]?(قلت|قلنا|اقول|نقول|سالت|سالنا)$/u;

/** A feminine verb of saying (قالت، تقول، بتقولي) wants a woman; a masculine one (قال، يقول) not one. */
function verbGender(w: string): 'female' | 'male' {
  const stem = w.replace(/^[وف]?ب?/u, '').replace(/(لي|لنا|له|لها|لهم|ي|ني|نا)$/u, '');
  return stem.startsWith('ت') || stem.endsWith('ت') ? 'female' : 'male';
}

/** A phrase that can be the speaker of words quoted inside a quote: a title, kin, a described person, a name. */
function speaks(a: Analysis, p: SpeakerPhrase): boolean {
  const head = a.text.slice(p.mention.start, p.mention.end).split(' ')[0] ?? '';
  const bare = head.replace(/^[وف]/u, '');
  return (
    isTitle(bare) ||
    isInstitution(bare) ||
    FIRST_PERSON_KIN.has(bare) ||
    PERSON_NOUNS.has(bare) ||
    AR_GIVEN_NAMES.has(bare) ||
    (bare.startsWith('ال') && bare.length > 4)
  );
}

const isBoundary = (t: Token | undefined, holderStart: number) =>
  !t || t.start < holderStart || t.kind !== 'word' || /^[.،,:؛!?؟«»"“”']$/u.test(t.text);

/** Words a clause may run before a verb joined to it by و, at most (ابني سامي أيقظني مع الفجر وقال لي). */
const CLAUSE_WORDS = 14;
/** The clause's own verb after its subject: present (يقف، تعمل) or past with "me", "us" or a feminine ending (أيقظني، اشترت). */
const CLAUSE_VERB = /^(?:[يت][\u0621-\u064A]{2,6}|[\u0621-\u064A]{2,6}(?:ني|نا|ت))$/u;

/**
 * "ابني كريم أيقظني مع الفجر وقال لي: …"، "زبونة اليوم اشترت خبزاً وقالت لي: …": a verb of saying joined by و
 * to an earlier verb shares its subject, the phrase opening the clause (kin, a described person, a title or
 * a name) with the clause's verb right after it.
 */
function clauseOpener(
  a: Analysis,
  holderStart: number,
  v: number,
  known: KnownNames,
  agrees: (p: SpeakerPhrase) => boolean,
): SpeakerPhrase | null {
  const tokens = a.tokens;
  if (!/^و/u.test((tokens[v] as Token).text)) return null;
  let start = v - 1;
  while (start - 1 >= 0 && !isBoundary(tokens[start - 1], holderStart) && v - start < CLAUSE_WORDS) start--;
  if (!isBoundary(tokens[start - 1], holderStart) || v - start < 3) return null;
  const opening = (tokens[start] as Token).start;
  for (let end = Math.min(start + 3, v - 2); end >= start; end--) {
    // (A time word may stand between them: زبونة اليوم اشترت.)
    const verbAt = AR_TIME_WORDS.has(tokens[end + 1]?.text ?? '') ? end + 2 : end + 1;
    const after = tokens[verbAt] as Token;
    if (verbAt >= v || after.kind !== 'word' || !CLAUSE_VERB.test(after.text) || AR_GIVEN_NAMES.has(after.text) || known.has(after.text))
      continue;
    const p = parseArabicSubject(a, start, end, known);
    if (!p || p.plural || !speaks(a, p) || !agrees(p)) continue;
    // "ابني سامي": kin before a name is no part of the mention (as a title is not).
    if (Math.min(p.mention.start, p.role?.start ?? Infinity) === opening && p.mention.end === (tokens[end] as Token).end)
      return p.name && tokenIndexAt(tokens, p.name.start) === start && FIRST_PERSON_KIN.has((tokens[start] as Token).text) && end > start
        ? {
            ...p,
            name: { start: (tokens[start + 1] as Token).start, end: p.name.end },
            mention: { start: (tokens[start + 1] as Token).start, end: p.name.end },
          }
        : p;
  }
  return null;
}

/**
 * The speaker of a quotation opened inside someone's words by a verb of saying: «جدتي كانت تقول لي: "…"»,
 * «مدير المشروع قال لي مرة: "…"» (the subject opening its clause before the verb), «قال لي الطبيب: "…"»
 * (after the verb and who was told). Only a title, kin, a described person or a name, agreeing with the
 * verb; a verb in the first person (قلت لهم) is the holder's own, and not looked at here.
 */
export function nestedArabicSpeaker(a: Analysis, holderStart: number, verb: Range, known: KnownNames): SpeakerPhrase | null {
  const tokens = a.tokens;
  const v = tokenIndexAt(tokens, verb.start);
  const verbToken = tokens[v];
  if (!verbToken || FIRST_PERSON_VERB.test(verbToken.text)) return null;
  const gender = verbGender(verbToken.text);
  const agrees = (p: SpeakerPhrase) => (gender === 'female' ? p.gender !== 'male' : p.gender !== 'female');
  // After the verb: قال لي الطبيب، قال لي صياد في صور.
  let k = v + 1;
  while (TO_WHOM.has(tokens[k]?.text ?? '')) k++;
  let end = k;
  while (end < tokens.length && (tokens[end] as Token).kind === 'word' && end - k < 6) end++;
  if (end > k && /^[:،,'"«“‘]$/u.test(tokens[end]?.text ?? '')) {
    const p = parseArabicSubject(a, k, end - 1, known);
    if (p && !p.plural && speaks(a, p) && agrees(p) && p.mention.end === (tokens[end - 1] as Token).end) return p;
  }
  // Before it, opening its clause: جدتي كانت تقول، المنتج هناك يقول، سيدة مسنّة قالت.
  let last = v - 1;
  while (last > 0 && BETWEEN.has(tokens[last]?.text ?? '') && v - last <= 2) last--;
  let first = last;
  while (first - 1 >= 0 && !isBoundary(tokens[first - 1], holderStart) && last - first < 3) first--;
  if (!isBoundary(tokens[first - 1], holderStart) || first > last) return clauseOpener(a, holderStart, v, known, agrees);
  // "كانت أمي تقول لي": كان opens the clause, its subject follows it and speaks with the verb after.
  while (first < last && BETWEEN.has(stripWa((tokens[first] as Token).text))) first++;
  const w = (tokens[first] as Token).text;
  const shared = () => clauseOpener(a, holderStart, v, known, agrees);
  if (isVerb(w) || isStop(w)) return shared();
  // "ومدير المشروع قال لي": the phrase reader would keep و as part of a name; the role starts after it.
  const bare = w.slice(1);
  if (first === last - 1 || first === last) {
    if (w.startsWith('و') && (isTitle(bare) || (bare.startsWith('ال') && bare.length > 4))) {
      const role = { start: (tokens[first] as Token).start + 1, end: (tokens[last] as Token).end };
      const female = bare.endsWith('ة');
      const p: SpeakerPhrase = {
        mention: role,
        role,
        name: null,
        kind: 'role',
        plural: false,
        gender: female ? 'female' : 'male',
        definite: true,
        sameAsBefore: false,
      };
      return agrees(p) ? p : null;
    }
  }
  const p = parseArabicSubject(a, first, last, known);
  if (!p || p.plural || !speaks(a, p) || !agrees(p) || p.mention.end !== (tokens[last] as Token).end) return shared();
  return p;
}
