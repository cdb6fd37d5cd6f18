import type { Token } from '../tokens';
import type { Analysis, SpeakerPhrase } from '../types';
import { type KnownNames, parseArabicSubject } from './arabic-subject';
import { isVerb } from './arabic-words';

/** Words in a name before its post, at most (عبد الرحيم بن سالم الفلاني). */
const LONGEST_NAME = 5;

/**
 * An interview's introduction names who answers with the post after the name, between commas:
 * «يتحدث فلان الفلاني، مدير الهيئة، عن …»، «التقينا فلان الفلاني، رئيس النقابة، …». `post` is the
 * title's token; the name is the longest run of words right before its comma that reads as a name
 * from its first word to its last (a verb before it, يتحدث، is no part of it).
 */
export function nameBeforePost(a: Analysis, post: number, known: KnownNames): SpeakerPhrase | null {
  const comma = a.tokens[post - 1];
  if (!comma || (comma.text !== '،' && comma.text !== ',')) return null;
  const last = post - 2;
  const lastToken = a.tokens[last];
  if (!lastToken || lastToken.kind !== 'word') return null;
  let best: SpeakerPhrase | null = null;
  for (let j = last; j >= 0 && last - j < LONGEST_NAME; j--) {
    const t = a.tokens[j] as Token;
    if (t.kind !== 'word' || !t.arabic || isVerb(t.text)) break;
    const p = parseArabicSubject(a, j, last, known);
    if (p?.kind === 'name' && p.mention.start === t.start && p.mention.end === lastToken.end) best = p;
  }
  return best;
}
