import type { Token } from '../tokens';

/** The separators of a financial or academic year's label: 2025-26, 2024/25, 2025–26. */
const SEPARATORS = new Set(['-', '–', '/']);

/**
 * "2025-26", "2024/25": a year written with the last two digits of the next, the label of a
 * financial, academic or sporting year. It is one date, not a year and a count of 26; the
 * value names both years (2025/2026). Returns the label's last token, or -1.
 */
export function fiscalYearLabel(tokens: Token[], i: number): number {
  const year = tokens[i];
  const sep = tokens[i + 1];
  const tail = tokens[i + 2];
  if (!year || !sep || !tail || year.kind !== 'number' || tail.kind !== 'number') return -1;
  if (!/^(19|20)\d\d$/.test(year.text) || !/^\d\d$/.test(tail.text) || !SEPARATORS.has(sep.text)) return -1;
  if (sep.start !== year.end || tail.start !== sep.end) return -1;
  if (Number(tail.text) !== (Number(year.text) + 1) % 100) return -1;
  // Not the head of a longer run (2025-26-01) or a decimal.
  const after = tokens[i + 3];
  if (after && after.start === tail.end && (SEPARATORS.has(after.text) || after.text === '.') && tokens[i + 4]?.kind === 'number')
    return -1;
  return i + 2;
}

/**
 * "FY26", "FY2025-26", "FY2026": a financial year named with FY glued to its number. A full
 * label names both years; a two-digit one is left without a value, since countries count
 * their years differently (India's FY26 ends in 2026, others' begins in it).
 */
export function fyLabel(tokens: Token[], i: number): { last: number; value: string | null } | null {
  const fy = tokens[i];
  const year = tokens[i + 1];
  if (!fy || !year || fy.text !== 'FY' || year.kind !== 'number' || year.start !== fy.end) return null;
  if (/^\d\d$/.test(year.text)) return { last: i + 1, value: null };
  if (!/^(19|20)\d\d$/.test(year.text)) return null;
  const label = fiscalYearLabel(tokens, i + 1);
  if (label > 0) return { last: label, value: `${year.text}/${Number(year.text) + 1}` };
  return { last: i + 1, value: year.text };
}
