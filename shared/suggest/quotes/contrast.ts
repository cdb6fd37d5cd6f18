import { AR_ACCORDING, AR_PARTICIPLES, AR_VERBS } from '../lexicon/ar';
import { EN_PARTICIPLES, EN_VERBS } from '../lexicon/en';
import { stripWa, type Token } from '../tokens';

/**
 * A contrast after a comma inside a reported clause: «إن A، فيما B», "that A, while B". The
 * guidelines run an indirect quote to the end of its sentence, and the development sets' writers
 * keep such a contrast inside the span (41 times to 1 in Arabic, 10 to 0 in English on the tune
 * parts): it is the same speaker's report going on. Only when the contrast brings a report of its
 * own («، فيما قال الوزير إن …», ", while officials said …") does the first clause end there.
 */

const AR_CONTRAST = new Set(['فيما', 'بينما', 'وفيما', 'وبينما']);
const EN_CONTRAST = new Set(['while', 'whereas']);
/** How far after the contrast word its own reporting verb may stand: «فيما قال وزير المالية», "while the union's leaders said". */
const REPORT_WITHIN = 6;

/** Token k (after a comma) opens a contrast; `words` is how many tokens the opener takes (في حين is two). */
export function contrastAt(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return 0;
  if (t.arabic) {
    if (AR_CONTRAST.has(t.text)) return 1;
    return /^و?في$/.test(t.text) && tokens[k + 1]?.text === 'حين' ? 2 : 0;
  }
  return EN_CONTRAST.has(t.lower) ? 1 : 0;
}

/** The contrast opening at token k carries a report of its own (a reporting verb or a source before the next comma). */
export function contrastReports(tokens: Token[], k: number, last: number): boolean {
  const skip = contrastAt(tokens, k);
  for (let m = k + skip; m <= last && m < k + skip + REPORT_WITHIN; m++) {
    const w = tokens[m] as Token;
    if (w.text === ',' || w.text === '،' || w.text === ';' || w.text === '؛') return false;
    if (w.kind !== 'word') continue;
    if (w.arabic) {
      const bare = stripWa(w.text);
      if (AR_VERBS.has(w.text) || AR_VERBS.has(bare) || AR_PARTICIPLES.has(bare) || AR_ACCORDING.has(w.text)) return true;
    } else if (EN_VERBS.has(w.lower) || EN_PARTICIPLES.has(w.lower) || w.lower === 'according') return true;
  }
  return false;
}
