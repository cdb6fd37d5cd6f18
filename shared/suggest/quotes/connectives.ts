import { AR_VERBS } from '../lexicon/ar';
import { stripWa, type Token } from '../tokens';

/**
 * Connectives after a comma that open a new statement inside a reported clause. Coordinated
 * complementizers (، وأن …، , and that …) do not: the guidelines make "that A, and that B"
 * one reported clause.
 */

const AR_CONTRAST = new Set(['غير', 'الا', 'لكن', 'ولكن']);
const AR_CONTRAST_PRONOUN = /^(و?لكن|و?لكنه|و?لكنها|و?لكنهم)$/;
const isArVerb = (t: Token | undefined) => !!t && t.kind === 'word' && (AR_VERBS.has(t.text) || AR_VERBS.has(stripWa(t.text)));

/** Acts of demanding or appealing coordinated after a comma (، وطالب بفتح تحقيق): the clause before is complete. */
const AR_COORDINATED_ACTS = new Set([
  'وطالب',
  'وطالبت',
  'وطالبوا',
  'ودعا',
  'ودعت',
  'ودعوا',
  'وحث',
  'وحثت',
  'وناشد',
  'وناشدت',
  'وتعهد',
  'وتعهدت',
]);

const EXPECTATION = new Set(['المنتظر', 'المتوقع', 'المقرر', 'المرجح', 'المعروف', 'المعلوم', 'المفترض']);

const WRITER_NOUNS = new Set('figure number toll claim estimate assertion statement charge allegation account version tally'.split(' '));

/** Token k (after a comma) opens a coordinated or contrasting statement. */
export function opensCoordinatedStatement(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  if (t.arabic) {
    if (AR_COORDINATED_ACTS.has(t.text)) return true;
    // ، ومن المنتظر أن …، ومن المقرر أن …: the writer's own expectation starts here.
    if (/^و?من$/.test(t.text) && EXPECTATION.has(tokens[k + 1]?.text ?? '')) return true;
    // ، غير أنها شددت على أن … / ، إلا أنه أكد … / ، لكنه أشار …
    if (!AR_CONTRAST.has(t.text) && !AR_CONTRAST_PRONOUN.test(t.text)) return false;
    // … لكن منتقدين يرون أن …: a reporting verb within a few words, before any comma.
    for (let m = k + 1; m <= k + 4; m++) {
      const w = tokens[m];
      if (!w || w.kind !== 'word') return false;
      if (isArVerb(w)) return true;
    }
    return false;
  }
  // "…, a figure that could not be verified": the writer's comment on the whole clause.
  return /^an?$/.test(t.lower) && WRITER_NOUNS.has(tokens[k + 1]?.lower ?? '') && /^(that|which)$/.test(tokens[k + 2]?.lower ?? '');
}

/** English verbs of speech that, coordinated after a comma (", and urged …"), start the speaker's next act. */
export const EN_COORDINATED_ACTS = new Set(
  'urged called vowed pledged promised appealed demanded asked invited encouraged advised ordered told said added warned noted'.split(' '),
);
