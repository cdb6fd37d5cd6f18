import { tokenIndexAt } from '../ranges';
import { lower } from '../tokens';
import type { Analysis, SpeakerPhrase } from '../types';
import { DETERMINERS } from './english-split';

/**
 * "Sir Tom Brent, the Liberal member for Bath, who said …": a role between commas after a name
 * describes that name, and the guidelines mark the name (a title beside a name is one mention, the
 * name's). `read` reads a phrase backwards from a token; the role is kept as the name's role.
 * Anything else (no comma before the role, no name there) leaves the phrase as it was.
 */
export function nameBeforeRole(
  a: Analysis,
  phrase: SpeakerPhrase | null,
  floor: number,
  read: (last: number) => SpeakerPhrase | null,
): SpeakerPhrase | null {
  if (!phrase || phrase.kind !== 'role' || !phrase.role) return phrase;
  let k = tokenIndexAt(a.tokens, Math.min(phrase.mention.start, phrase.role.start)) - 1;
  if (DETERMINERS.has(lower(a.tokens[k]))) k--;
  if (a.tokens[k]?.text !== ',' || k - 1 < floor) return phrase;
  const named = read(k - 1);
  if (named?.kind !== 'name') return phrase;
  return { ...named, role: phrase.role, gender: named.gender === 'unknown' ? phrase.gender : named.gender };
}
