import type { Analysis, Cue } from '../types';
import type { Token } from '../tokens';
import { clauseEnd } from './clause';
import { isArabicCoordinatedComplementizer } from './connectives';

/**
 * Coordinated reported clauses: "قال إن A، وإن B", "said A, and that B". Each
 * complementizer opens a statement of its own by the same speaker, so the second clause
 * becomes a quote of its own (continuation of the first). Contrastive connectives before a
 * new reporting verb (، غير أنها شددت على أن …، لكنه أكد …) also end the first clause.
 */

/** Cues for the second and later clauses of a coordination; placed only after a quote that ends at their comma. */
export function findCoordinatedCues(a: Analysis): Cue[] {
  const tokens = a.tokens;
  const cues: Cue[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const comma = tokens[i - 1] as Token;
    if (comma.text !== '،' && comma.text !== ',') continue;
    let from = -1;
    if (isArabicCoordinatedComplementizer(t)) from = i + 1;
    else if (t.kind === 'word' && !t.arabic && (t.lower === 'and' || t.lower === 'but') && tokens[i + 1]?.lower === 'that') from = i + 2;
    if (from < 0) continue;
    const content = clauseEnd(a, from);
    if (!content) continue;
    const cueEnd = tokens[from - 1] as Token;
    cues.push({
      lang: t.arabic ? 'ar' : 'en',
      cue: { start: t.start, end: cueEnd.end },
      at: i,
      mode: 'clause',
      content,
      subject: null,
      implicit: null,
      continuation: true,
      coordinated: true,
      according: false,
      weak: false,
      quoteOnly: false,
    });
  }
  return cues;
}
