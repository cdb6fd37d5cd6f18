/**
 * Reads a folded digit token (ASCII digits with , . ٫ ٬ between them) as a number.
 * ٬ is always a thousands separator and ٫ always decimal. With `,` and `.`, the rules
 * follow how both conventions are written in Arabic and English news:
 * - both present: the last one is the decimal mark (1,234.5 · 1.234,5);
 * - commas in groups of three are thousands (1,200 · 2,500,000); any other comma is
 *   decimal, as in Maghreb and European text (2,3 · 7,2);
 * - dots in two or more groups of three are thousands (1.000.000); a single dot is decimal.
 * Returns null for shapes that are not one number (1.2.3).
 */
export function parseDigits(token: string): number | null {
  // Most tokens are plain digits, which every rule below leaves as they are.
  if (plainDigits(token)) return Number(token);
  let t = token.replace(/\u066C/g, '').replace(/\u066B/g, '.');
  const comma = t.lastIndexOf(',');
  const dot = t.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    t = comma > dot ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  } else if (comma >= 0) {
    t = /^\d{1,3}(,\d{3})+$/.test(t) ? t.replace(/,/g, '') : /^\d+,\d+$/.test(t) ? t.replace(',', '.') : '';
  } else if (dot >= 0) {
    if (/^\d{1,3}(\.\d{3}){2,}$/.test(t)) t = t.replace(/\./g, '');
    else if (!/^\d+\.\d+$/.test(t)) t = '';
  }
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

function plainDigits(token: string): boolean {
  if (token.length === 0) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Digits only, no separators: how many. Used to spot ids and phone numbers. */
export function digitCount(token: string): number {
  // Code units: no digit is a surrogate, so counting them gives what counting characters did.
  let n = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}

/** Rounds away binary noise (0.1 * 3) so values compare and print cleanly. */
export function tidy(value: number): number {
  // A whole number of up to 12 digits prints and reads back as itself (and ±0 as 0).
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return value === 0 ? 0 : value;
  return Number.parseFloat(value.toPrecision(12));
}
