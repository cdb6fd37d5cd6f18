import { normalizeText } from '../../shared/text/normalize';
import type { GoldSpan } from './gold/types';

import type { Span } from '../../shared/agreement/spans';

/** Finds a gold span by its text (and occurrence); fails loudly so a bad gold entry is fixed, not scored. */
export function locate(articleId: string, text: string, span: GoldSpan): Span {
  const needle = normalizeText(span.text);
  const nth = span.nth ?? 0;
  let from = 0;
  let found = -1;
  for (let k = 0; k <= nth; k++) {
    found = text.indexOf(needle, from);
    if (found < 0) throw new Error(`${articleId}: gold text ${JSON.stringify(span.text)} (occurrence ${nth}) is not in the article`);
    from = found + 1;
  }
  if (span.nth === undefined && text.indexOf(needle, found + 1) >= 0) {
    throw new Error(`${articleId}: gold text ${JSON.stringify(span.text)} occurs more than once; say which with nth`);
  }
  return { start: found, end: found + needle.length };
}
