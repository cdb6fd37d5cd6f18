/**
 * Chance-corrected agreement on nominal labels. Each function returns null where the
 * coefficient is undefined (no pairable data, or no variation to correct for), rather than
 * a reassuring 1: an agreement figure must never claim more than the data show.
 */

/** A label, or null where that annotator gave none for the unit (missing data). */
export type Label = string | null;

/** Cohen's κ for two annotators over the units both labelled: (pₒ − pₑ) / (1 − pₑ). */
export function cohenKappa(pairs: ReadonlyArray<readonly [string, string]>): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    if (x === y) agree++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [label, count] of a) pe += (count / n) * ((b.get(label) ?? 0) / n);
  return pe === 1 ? null : (po - pe) / (1 - pe);
}

/**
 * Fleiss' κ: `counts[i][j]` is how many annotators put unit i in category j. Every unit must
 * have the same number of ratings (≥ 2); units with another number are the caller's to drop.
 */
export function fleissKappa(counts: ReadonlyArray<readonly number[]>): number | null {
  const units = counts.filter((row) => row.some((c) => c > 0));
  if (units.length === 0) return null;
  const raters = (units[0] as readonly number[]).reduce((s, c) => s + c, 0);
  if (raters < 2) return null;
  if (units.some((row) => row.reduce((s, c) => s + c, 0) !== raters)) {
    throw new RangeError("Fleiss' kappa needs the same number of ratings for every unit");
  }
  const categories = Math.max(...units.map((row) => row.length));
  const total = units.length * raters;
  let pBar = 0;
  for (const row of units) pBar += (row.reduce((s, c) => s + c * c, 0) - raters) / (raters * (raters - 1));
  pBar /= units.length;
  let pe = 0;
  for (let j = 0; j < categories; j++) {
    const pj = units.reduce((s, row) => s + (row[j] ?? 0), 0) / total;
    pe += pj * pj;
  }
  return pe === 1 ? null : (pBar - pe) / (1 - pe);
}

/**
 * Krippendorff's α for nominal data with missing values. `units[u][c]` is annotator c's
 * label for unit u, or null. Units with fewer than two labels are not pairable and are
 * left out, as the coefficient prescribes. α = 1 − Dₒ/Dₑ from the coincidence matrix
 * (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011).
 */
export function krippendorffAlphaNominal(units: ReadonlyArray<readonly Label[]>): number | null {
  const coincidence = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, w: number) => {
    let row = coincidence.get(c);
    if (!row) coincidence.set(c, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + w);
  };
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== null);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) if (i !== j) add(values[i] as string, values[j] as string, 1 / (m - 1));
    }
  }
  const marginals = new Map<string, number>();
  let n = 0;
  for (const [c, row] of coincidence) {
    const nc = [...row.values()].reduce((s, w) => s + w, 0);
    marginals.set(c, nc);
    n += nc;
  }
  if (n <= 1) return null;
  let observed = 0;
  for (const [c, row] of coincidence) for (const [k, w] of row) if (c !== k) observed += w;
  let expected = 0;
  for (const [c, nc] of marginals) for (const [k, nk] of marginals) if (c !== k) expected += nc * nk;
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}
