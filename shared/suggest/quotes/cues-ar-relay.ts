import { AR_COMPLEMENTIZERS } from '../lexicon/ar';
import type { KnownNames } from '../speakers/arabic';
import { parseArabicSubject } from '../speakers/arabic-subject';
import type { Token } from '../tokens';
import type { Analysis, Range, SpeakerPhrase } from '../types';
import { clauseEnd } from './clause';
import { QAWL } from './cue-words-ar';

/**
 * "نقلت قناة الجزيرة عن شهود عيان أن …": without قوله, the complementizer follows the source,
 * which is the speaker. Returns the source and the reported clause, or null.
 */
export function relayed(a: Analysis, i: number, last: number, known: KnownNames): { subject: SpeakerPhrase; content: Range } | null {
  const tokens = a.tokens;
  let an = i + 1;
  while (an <= last && an - i < 12 && (tokens[an] as Token).text !== 'عن') an++;
  if ((tokens[an] as Token | undefined)?.text !== 'عن') return null;
  let comp = an + 1;
  while (comp <= last && comp - an < 12 && !AR_COMPLEMENTIZERS.has((tokens[comp] as Token).text)) {
    if (QAWL.has((tokens[comp] as Token).text)) return null;
    comp++;
  }
  if (!AR_COMPLEMENTIZERS.has((tokens[comp] as Token | undefined)?.text ?? '')) return null;
  const subject = parseArabicSubject(a, an + 1, comp - 1, known);
  const content = subject ? clauseEnd(a, comp + 1) : null;
  return subject && content ? { subject, content } : null;
}
