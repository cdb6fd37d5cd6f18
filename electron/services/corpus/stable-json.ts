/**
 * Tracked files are read by people and by git as much as by Isnad: pretty-printed, with
 * keys in one fixed order, so a file's bytes depend only on its content and a diff shows
 * only what changed. The fields that identify a record come first, then the rest in
 * alphabetical order. Arrays keep their order (annotations are kept in text order).
 */
const FIRST = ['format', 'schemaVersion', 'id', 'documentId', 'annotator', 'type', 'start', 'end', 'text', 'title', 'name'];
const RANK = new Map(FIRST.map((key, i) => [key, i]));

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a) ?? FIRST.length;
  const rb = RANK.get(b) ?? FIRST.length;
  return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareKeys)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = ordered(v);
  }
  return out;
}

export function stableJson(value: unknown): string {
  return `${JSON.stringify(ordered(value), null, 2)}\n`;
}
