import { EN_HONORIFICS, EN_TITLE_WORDS } from '../lexicon/en';
import { parseEnglishSubjectBefore } from '../speakers/english';
import { tokenIndexAt } from '../ranges';
import { lower, type Token } from '../tokens';
import type { Analysis, SpeakerPhrase } from '../types';

/**
 * "…, with Chair Jerome Powell saying …", "…, with the Minority Leader, Hon. Ada Obi, saying …":
 * a participle's own subject, introduced by "with" (an absolute construction), not the sentence's
 * subject. The phrase (its role included, when the name stands in apposition to it) must follow
 * "with" within a few words; null otherwise, and the participle continues the main subject.
 */
export function participleSubject(a: Analysis, i: number, sentenceFirst: number): SpeakerPhrase | null {
  const tokens = a.tokens;
  const subject = parseEnglishSubjectBefore(a, i, sentenceFirst);
  if (!subject || subject.kind === 'pronoun') return null;
  const backToWith = (from: number) => {
    let at = from;
    // Back over the phrase's own words (its article, an honorific's dot), never past a comma.
    while (at > sentenceFirst && at > i - 10 && (tokens[at] as Token).kind === 'word' && lower(tokens[at]) !== 'with') at--;
    return lower(tokens[at]) === 'with' ? at : -1;
  };
  const start = tokenIndexAt(tokens, subject.mention.start);
  if (backToWith(start - 1) >= 0) return subject;
  // The name in apposition to a role before it: "the Minority Leader, Hon. Ada Obi".
  const role = subject.role ? tokenIndexAt(tokens, subject.role.start) : -1;
  if (role < 0 || role >= start) return null;
  let k = start - 1;
  while (k > role && (tokens[k]?.text === '.' || EN_HONORIFICS.has(tokens[k]?.text ?? '') || EN_TITLE_WORDS.has(tokens[k]?.text ?? '')))
    k--;
  if (tokens[k]?.text !== ',') return null;
  return lower(tokens[role]) === 'with' || backToWith(role - 1) >= 0 ? subject : null;
}
