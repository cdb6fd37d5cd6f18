import type { Token } from '../tokens';

/**
 * Where the reported part of a sentence with a postposed attribution starts ("…, officials
 * said"): past a lone dash or bar left at the start (a dateline set aside as page furniture leaves
 * "- Uganda has …"), and past a connective set off by a comma that links the sentence to the one
 * before ("Meanwhile, the winners will …, the board said"): the writer's link, not the source's
 * words. The development sets' writers leave both outside; a bare "But"/"And" they sometimes keep.
 */
const LEADING_MARKS = new Set(['—', '–', '-', '|']);
const CONNECTIVES = new Set('meanwhile however still separately also so yet'.split(' '));

export function reportedHeadStart(tokens: Token[], from: number, before: number): number {
  let k = from;
  while (k < before && LEADING_MARKS.has((tokens[k] as Token).text)) k++;
  const t = tokens[k];
  if (t?.kind === 'word' && !t.arabic && t.capitalized && CONNECTIVES.has(t.lower) && tokens[k + 1]?.text === ',') {
    const next = k + 2;
    // At least three words must be left ("Still, prices rose, she said" keeps its clause).
    if (before - next >= 3) k = next;
  }
  return k;
}
