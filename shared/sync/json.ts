/** Plain JSON, as the tracked corpus files hold it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonRecord = { [key: string]: Json };

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON with object keys sorted, so two values that differ only in key order read the same.
 * Used for equality and as a deterministic tie-breaker, never for writing files.
 */
export function canonical(value: Json | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Deep equality ignoring key order; `undefined` (absent) equals only itself. */
export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as Json[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], other[i])) return false;
    return true;
  }
  const x = a as JsonRecord;
  const y = b as JsonRecord;
  // Counted in loops, not with filtered key lists: reading a corpus the first time compares
  // every file with its checked copy (checked-files.ts), a million objects for 100,000 annotations.
  let defined = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    if (!sameJson(x[k], y[k])) return false;
    defined++;
  }
  for (const k in y) if (y[k] !== undefined) defined--;
  return defined === 0;
}
