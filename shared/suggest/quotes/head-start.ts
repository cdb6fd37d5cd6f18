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
  return afterArabicTransition(tokens, k, before);
}

/** Transitions the writer opens a sentence with: «وفي سوق العمل،», «وعلى صعيد آخر،», «ومن جهة أخرى،». */
// Folded text: «وعلى» is read as «وعلي».
const AR_TRANSITION_PREPOSITIONS = new Set(['وفي', 'وعلى', 'وعلي', 'ومن']);
const AR_TRANSITION_WORDS = 5;

/**
 * «وفي سوق العمل، انخفض معدل البطالة …، وفق مسح القوى العاملة»: a phrase opened by و and a
 * preposition, set off by a comma, links the sentence to the one before; the reported part follows
 * it. (English writers keep their opening adverbials inside: "For a household with a mortgage, …".)
 */
function afterArabicTransition(tokens: Token[], k: number, before: number): number {
  const t = tokens[k];
  if (!t?.arabic || !AR_TRANSITION_PREPOSITIONS.has(t.text)) return k;
  for (let m = k + 1; m < before && m - k <= AR_TRANSITION_WORDS; m++) {
    const w = tokens[m] as Token;
    if (w.text === '،' || w.text === ',') return before - (m + 1) >= 3 ? m + 1 : k;
    if (w.kind !== 'word' && w.kind !== 'number') return k;
  }
  return k;
}
