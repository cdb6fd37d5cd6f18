/**
 * How close an extracted text is to the text that was printed: character error rate (edit
 * distance over the expected length) and words right and in order (longest common
 * subsequence of words over the expected words). Spacing and line breaks do not count.
 */

function words(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\u00AD/g, '')
    .split(/\s+/u)
    .filter(Boolean);
}

function chars(text: string): string {
  return words(text).join(' ');
}

export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = new Uint32Array(y.length + 1).map((_, j) => j);
  let current = new Uint32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length] as number;
}

function lcs(a: string[], b: string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? (previous[j - 1] as number) + 1 : Math.max(previous[j] as number, current[j - 1] as number);
    }
    [previous, current] = [current, previous];
    current.fill(0);
  }
  return previous[b.length] as number;
}

export interface TextScore {
  /** Character error rate: edits / expected characters. */
  cer: number;
  /** Share of expected words found, in order. */
  wordsInOrder: number;
  /** Words present in both but out of order. */
  orderErrors: number;
  expectedWords: number;
}

export function scoreText(expected: string, actual: string): TextScore {
  const e = words(expected);
  const a = words(actual);
  const inOrder = lcs(e, a);
  const bag = new Map<string, number>();
  for (const w of a) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of e) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      common++;
      bag.set(w, n - 1);
    }
  }
  const ce = chars(expected);
  return {
    cer: editDistance(ce, chars(actual)) / Math.max(1, [...ce].length),
    wordsInOrder: inOrder / Math.max(1, e.length),
    orderErrors: common - inOrder,
    expectedWords: e.length,
  };
}

/** The words of `expected` missing from `actual` (or misspelt there), for a failing test's message. */
export function missingWords(expected: string, actual: string, limit = 20): string[] {
  const bag = new Map<string, number>();
  for (const w of words(actual)) bag.set(w, (bag.get(w) ?? 0) + 1);
  const missing: string[] = [];
  for (const w of words(expected)) {
    const n = bag.get(w) ?? 0;
    if (n > 0) bag.set(w, n - 1);
    else if (missing.length < limit) missing.push(w);
  }
  return missing;
}

/** The text a reader sees: the document without its excluded (boilerplate) regions. */
export function bodyOf(doc: { text: string; regions: Array<{ start: number; end: number; excluded: boolean }> }): string {
  let text = doc.text;
  for (const r of [...doc.regions].filter((r) => r.excluded).sort((a, b) => b.start - a.start))
    text = text.slice(0, r.start) + text.slice(r.end);
  return text;
}
