// Character tests the engine asks per character of a document, answered by a table lookup
// on the UTF-16 code unit: no one-character string (a new one for every Arabic letter) and
// no regular expression call each time.

let units: string | null = null;

/** Every code unit but the surrogates (side by side in one string, a pair would read as one character). */
function allUnits(): string {
  if (units !== null) return units;
  const codes = new Uint16Array(0x10000 - 0x800);
  for (let c = 0, k = 0; c < 0x10000; c++) if (c < 0xd800 || c >= 0xe000) codes[k++] = c;
  units = new TextDecoder('utf-16le').decode(codes);
  return units;
}

/**
 * 1 for each code unit that `pattern` (a test of one character, no flags needed) matches.
 * Built with one search through all code units, so loading the engine stays quick.
 */
export function codeUnitTable(pattern: RegExp): Uint8Array {
  const table = new Uint8Array(0x10000);
  const flags = pattern.flags.replace(/[gy]/gu, '');
  // Runs of matching units, so a dense class (all letters) is a few thousand matches, not tens of thousands.
  const runs = new RegExp(`(?:${pattern.source})+`, `${flags}g`);
  for (const m of allUnits().matchAll(runs)) {
    // In allUnits the surrogates are left out: positions from 0xD800 on are 0x800 further in the code units.
    for (let k = m.index; k < m.index + m[0].length; k++) table[k < 0xd800 ? k : k + 0x800] = 1;
  }
  // The surrogates one by one.
  const one = new RegExp(pattern.source, flags);
  for (let c = 0xd800; c < 0xe000; c++) if (one.test(String.fromCharCode(c))) table[c] = 1;
  return table;
}

/** White space as regular expressions' \s and String.prototype.trim both define it (the same set). */
export const SPACE = codeUnitTable(/\s/u);
