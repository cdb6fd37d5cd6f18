/**
 * The first word of an Arabic speaker's phrase: whether it opens a role (a title, a body, a noun in
 * construct with one), a name (a given name, a known surname, a word no lexicon knows), or no speaker at
 * all (a stop word, a verb, a preposition). Everything after it is read by arabic-phrase-role/name.ts.
 */
import { AR_GIVEN_NAMES, AR_NAME_PARTICLES, AR_RELATIVES } from '../lexicon/ar';
import type { Token } from '../tokens';
import { isAliName, titleAbbreviationAt } from './arabic-names';
import {
  AMOUNT_PREPOSITIONS,
  NAME_HONORIFICS,
  unknownNameAfterHonorific,
  isTitle,
  isInstitution,
  isDefinite,
  isStop,
  isVerb,
  isRecipient,
} from './arabic-words';
import { PEOPLE_PLURAL, notAName, opensNoPhrase } from './arabic-shapes';
import { womanBeforeFather } from './arabic-roles';
import type { PhraseReading, PhraseSpan } from './arabic-phrase-state';

/** Reads the first word (`s.k`, a word already checked to be Arabic); 'none' when it opens no speaker's phrase. */
export function startPhrase(p: PhraseSpan, s: PhraseReading, w: string, stop: boolean): 'next' | 'none' {
  const { a, tokens, from, to, known, glued } = p;
  const k = s.k;
  // After وفقاً the source may carry a glued ل: لتقرير الهيئة، لوزارة الصحة.
  const unglued = glued && k === from && w.startsWith('ل') ? (w.startsWith('لل') ? `ال${w.slice(2)}` : w.slice(1)) : null;
  if (unglued && (isTitle(unglued) || isInstitution(unglued))) {
    s.mode = 'role';
    s.role = [k, k];
    s.headIndefinite = !isDefinite(unglued);
    s.lastDefinite = !s.headIndefinite;
  } else if (
    NAME_HONORIFICS.has(w) &&
    k + 1 <= to &&
    !titleAbbreviationAt(a, k + 1) &&
    unknownNameAfterHonorific(tokens[k + 1], tokens[k + 2], known)
  ) {
    // "، المهندسة نوفة …،": an honorific before a word no lexicon knows opens a name, which the
    // role reading would otherwise swallow (a given name spelled in ة looks like a noun).
    [s.mode, s.role, s.name, s.k] = ['name', [k, k], [k + 1, k + 1], k + 1];
  } else if (womanBeforeFather(tokens, k, to)) {
    [s.mode, s.name] = ['name', [k, k]];
  } else if (isTitle(w) || isInstitution(w)) {
    s.mode = 'role';
    s.role = [k, k];
    s.headIndefinite = !isDefinite(w);
    s.lastDefinite = !s.headIndefinite;
  } else if (stop || isRecipient(w) || isVerb(w) || AR_RELATIVES.has(w) || opensNoPhrase(w, known) || AMOUNT_PREPOSITIONS.has(w)) {
    return 'none';
  } else if (!AR_GIVEN_NAMES.has(w) && !known.has(w) && !isDefinite(w) && headOfConstruct(tokens, k, to)) {
    // معاون وزير الكهرباء، مستشار رئيس الحكومة: a noun before a title heads a role.
    s.mode = 'role';
    s.role = [k, k];
    s.headIndefinite = true;
    s.lastDefinite = false;
  } else if (!AR_GIVEN_NAMES.has(w) && !AR_NAME_PARTICLES.has(w) && !known.has(w) && !isDefinite(w) && givenAfterConstruct(p, k) > 0) {
    // "قارئ المقام الشاب علي …"، "عازف العود سامي …": an unknown noun in construct with definite words, then
    // a given name: the noun heads a role (a trade), the given name starts the name.
    const given = givenAfterConstruct(p, k);
    [s.mode, s.role, s.name, s.k] = ['name', [k, given - 1], [given, given], given];
  } else if (PEOPLE_PLURAL.test(w) && !AR_GIVEN_NAMES.has(w) && !known.has(w) && /^(في|من)$/.test(tokens[k + 1]?.text ?? '')) {
    // "قال صيادون في كلباء": an indefinite plural of people, placed by في / من, is a role.
    s.mode = 'role';
    s.role = [k, k];
    s.headIndefinite = true;
    s.lastDefinite = false;
  } else if (AR_GIVEN_NAMES.has(w) || AR_NAME_PARTICLES.has(w) || (!isDefinite(w) && !notAName(w)) || known.has(w)) {
    s.mode = 'name';
    s.name = [k, k];
  } else {
    s.mode = 'role';
    s.role = [k, k];
    s.lastDefinite = true;
  }
  return 'next';
}

/** The given name after a word and one to three definite words that are no names (قارئ المقام الشاب علي), or -1. */
function givenAfterConstruct({ tokens, to, known }: PhraseSpan, k0: number): number {
  let m = k0 + 1;
  while (m <= to && m - k0 <= 3 && (tokens[m] as Token).kind === 'word') {
    const w = (tokens[m] as Token).text;
    if (isStop(w) && !isAliName(tokens, m, to)) return -1;
    if (AR_GIVEN_NAMES.has(w) || AR_NAME_PARTICLES.has(w)) return m > k0 + 1 && m < to ? m : -1;
    if (!isDefinite(w) || known.has(w) || isStop(w) || isVerb(w)) return -1;
    m++;
  }
  return -1;
}

/** A word in construct with a following title or institution (معاون «وزير»، مستشار «الرئيس»). */
function headOfConstruct(tokens: Token[], k0: number, to: number): boolean {
  const next = tokens[k0 + 1];
  return !!next && k0 + 1 <= to && next.kind === 'word' && (isTitle(next.text) || isInstitution(next.text));
}
