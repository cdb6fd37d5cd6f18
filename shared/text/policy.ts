/**
 * The one text policy of every import path (text files, HTML, .docx, JSON/JSONL/CSV records,
 * paste, the API, import-back): text holding a lone surrogate (half of an emoji, e.g. a
 * `\ud800` escape in JSON), NUL or another C0 control character is refused, with the
 * character and where it is. Nothing is replaced silently: offsets into the text are
 * quoted by exports, so the stored text must be exactly what the journalist imported.
 * Tab, line feed, carriage return and form feed are text.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface ForbiddenCharacter {
  /** UTF-16 offset. */
  index: number;
  /** "U+0000" */
  code: string;
  kind: 'control' | 'lone-surrogate';
}

export function findForbiddenCharacter(text: string): ForbiddenCharacter | null {
  const match = FORBIDDEN.exec(text);
  if (!match) return null;
  const unit = text.charCodeAt(match.index);
  return {
    index: match.index,
    code: `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`,
    kind: unit >= 0xd800 && unit <= 0xdfff ? 'lone-surrogate' : 'control',
  };
}

/** The reason shown to the user, the same on every path: a catalog id (errors.json) and its values. */
export function forbiddenCharacterReason(found: ForbiddenCharacter): {
  id: 'errors.text.control' | 'errors.text.loneSurrogate';
  values: { code: string; index: number };
} {
  return {
    id: found.kind === 'control' ? 'errors.text.control' : 'errors.text.loneSurrogate',
    values: { code: found.code, index: found.index },
  };
}
