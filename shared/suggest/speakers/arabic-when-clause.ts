import { foldedSet, words } from '../lexicon/util';
import type { Token } from '../tokens';
import type { Analysis, SpeakerPhrase } from '../types';
import type { KnownNames } from './arabic';
import { parseArabicSubject } from './arabic-subject';
import { isVerb } from './arabic-words';

/** حين، عندما، بعدما، لما، إذ: a clause of time whose verb has a subject of its own. */
const WHEN = foldedSet(words('حين وحين حينما عندما وعندما بعدما لما إذ'));
/** بعد أن، إثر أن: the same with أن between. */
const WHEN_THAT = foldedSet(words('بعد وبعد عقب إثر اثر'));

/**
 * "وشهدت الجلسة مشادة حين طالب النائب سامي العلي بتأجيل التصويت، معتبراً أن …": a participle
 * continuing a clause of time speaks for the subject of that clause's verb, not for the sentence's
 * first subject (الجلسة). The subject after the last such clause before the participle, or null.
 */
export function whenClauseSubject(a: Analysis, participle: number, sentenceFirst: number, known: KnownNames): SpeakerPhrase | null {
  const tokens = a.tokens;
  for (let k = participle - 2; k >= sentenceFirst && participle - k <= 30; k--) {
    const w = (tokens[k] as Token).text;
    // (إلى حين is "until": no clause of time.)
    const until = tokens[k - 1]?.text === 'الي';
    const verb = WHEN.has(w) && !until ? k + 1 : WHEN_THAT.has(w) && tokens[k + 1]?.text === 'ان' ? k + 2 : -1;
    if (verb < 0 || verb >= participle - 1) continue;
    const v = tokens[verb] as Token;
    // The clause's own verb (طالب، دعا، انتقد), not a reporting one, which is a cue of its own, nor a noun.
    if (v.kind !== 'word' || !v.arabic || isVerb(v.text) || v.text.startsWith('ال')) continue;
    const subject = parseArabicSubject(a, verb + 1, participle - 1, known);
    if (subject?.kind === 'name') return subject;
  }
  return null;
}
