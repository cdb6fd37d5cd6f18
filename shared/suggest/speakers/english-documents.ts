import { tokenIndexAt } from '../ranges';
import type { Token } from '../tokens';
import type { SpeakerPhrase } from '../types';
import { isProperBody } from './english-names';

/**
 * "according to HMRC figures", "according to NTSB data", "according to the Ministry's latest audit":
 * the body that issued the document is the source the blind writers mark (6 times to 2 on the tune
 * parts), not the document. A body written as a proper name or acronym right before the document
 * noun, or as a possessive before it, becomes the mention; any other phrase is returned as it is
 * ("internal records", "a report by council officers").
 */
export function bodyBehindDocument(tokens: Token[], phrase: SpeakerPhrase, isDocumentNoun: (w: string) => boolean): SpeakerPhrase {
  if (phrase.kind === 'pronoun') return phrase;
  const first = tokenIndexAt(tokens, phrase.mention.start);
  const last = tokenIndexAt(tokens, phrase.mention.end) - 1;
  if (last <= first || !isDocumentNoun(tokens[last]?.lower ?? '')) return phrase;
  const article = /^(the|a|an)$/.test(tokens[first]?.lower ?? '') ? first : -1;
  const bodyFirst = article >= 0 ? first + 1 : first;
  // "the Ministry's latest waste audit": the possessor, then lower-case words.
  const owner = tokens.slice(bodyFirst, last).findIndex((t) => /^\p{Lu}/u.test(t.text) && /['’]s$/.test(t.text));
  let bodyLast = -1;
  if (owner >= 0) {
    const k = bodyFirst + owner;
    if (tokens.slice(k + 1, last).every((t) => t.kind === 'word' && !t.capitalized)) bodyLast = k;
  } else if (tokens.slice(bodyFirst, last).every((t) => t.kind === 'word' && t.capitalized)) bodyLast = last - 1;
  if (bodyLast < bodyFirst) return phrase;
  const proper = isProperBody(tokens, [bodyFirst, bodyLast]);
  const lastToken = tokens[bodyLast] as Token;
  const end = owner >= 0 ? lastToken.end - 2 : lastToken.end;
  const body = { start: (tokens[bodyFirst] as Token).start, end };
  const mention = { start: !proper && article >= 0 ? (tokens[article] as Token).start : body.start, end };
  return proper
    ? { ...phrase, mention, name: body, role: null, kind: 'name', plural: false, definite: true }
    : {
        ...phrase,
        mention,
        name: null,
        role: body,
        kind: 'role',
        plural: false,
        definite: article >= 0 && tokens[article]?.lower === 'the',
      };
}
