import { AR_GIVEN_NAMES } from '../lexicon/ar';
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
  words('رجل امرأة سيدة شاب شابة فتاة فتى طفل طفلة عجوز مسن مسنة صياد تاجر عامل عاملة مزارع بائع بائعة سائق جار جارة جندي ضابط'),
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
  if (!isBoundary(tokens[first - 1], holderStart) || first > last) return null;
  // "كانت أمي تقول لي": كان opens the clause, its subject follows it and speaks with the verb after.
  while (first < last && BETWEEN.has(stripWa((tokens[first] as Token).text))) first++;
  const w = (tokens[first] as Token).text;
  if (isVerb(w) || isStop(w)) return null;
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
  if (!p || p.plural || !speaks(a, p) || !agrees(p) || p.mention.end !== (tokens[last] as Token).end) return null;
  return p;
}
