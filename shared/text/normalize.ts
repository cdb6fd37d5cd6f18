/**
 * The one normalization applied to imported text: LF line ends and Unicode NFC.
 * Offsets are only stable because this runs once, before anything is stored.
 */
export function normalizeText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC');
}

export function isNormalized(text: string): boolean {
  return normalizeText(text) === text;
}
