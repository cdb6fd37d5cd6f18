import type { ExportHeader, ExportedDocument } from './schema';

/**
 * The .json export, written in pieces so a whole corpus never sits in memory as one
 * string: the header, then one document at a time, then the closing brackets.
 * Indented, because journalists open these files in editors too.
 */
export function jsonOpening(header: ExportHeader): string {
  const head = JSON.stringify(header, null, 2);
  return `${head.slice(0, -2)},\n  "documents": [`;
}

/**
 * The items of an array `depth` levels deep in a file indented by two spaces, exactly as
 * JSON.stringify(…, null, 2) of the whole file would write them: each item after a newline
 * and its indent, comma-separated, with a leading comma when they `follow` earlier items.
 * Stringified wrapped in `depth - 1` arrays, the items come out already indented to their
 * place, and a null placeholder ahead of them makes JSON.stringify write that leading comma:
 * the result is a slice of one string, never copied again before it is encoded. Re-indenting
 * with a replace over every line, then prefixing the comma, copied each document's text
 * twice more and made the JSON export the only format over 3 s for 100,000 annotations.
 */
export function indentedItems(items: readonly unknown[], depth: number, follow: boolean): string {
  if (items.length === 0) return '';
  let wrapped: unknown = follow ? [null, ...items] : items;
  for (let level = 1; level < depth; level++) wrapped = [wrapped];
  // "[\n  [\n    [" opens the items; their closing "\n    ]\n  ]\n]" is one character longer.
  const opening = Array.from({ length: depth }, (_, level) => `${' '.repeat(2 * level)}[`).join('\n').length;
  const placeholder = follow ? `\n${' '.repeat(2 * depth)}null`.length : 0;
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(opening + placeholder, text.length - opening - 1);
}

/** Where a document's annotations go in its indented text: its own key, six spaces deep, on a line of its own. */
const ANNOTATIONS_KEY = '\n      "annotations": [';
/** How many annotations are stringified together: enough to amortise each call, few enough to keep each piece small. */
const ANNOTATIONS_PER_PIECE = 32;

/**
 * A document of the .json export, in pieces written one after the other: the document
 * without its annotations, cut where they go, then its annotations a few at a time. One
 * indented stringify of the whole document made a string of hundreds of kilobytes that the
 * engine builds in parts and then copies whole, and was most of the JSON export's time.
 * A raw newline followed by the key can only be the document's own key (inside a string
 * value a newline is escaped), so the cut is found by the key's last occurrence.
 */
export function jsonDocument(doc: ExportedDocument, index: number): string[] {
  const { annotations } = doc;
  const shell = indentedItems([{ ...doc, annotations: [] }], 2, index > 0);
  if (annotations.length === 0) return [shell];
  const cut = shell.lastIndexOf(`${ANNOTATIONS_KEY}]`) + ANNOTATIONS_KEY.length;
  const pieces = [shell.slice(0, cut)];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_PIECE) {
    pieces.push(indentedItems(annotations.slice(i, i + ANNOTATIONS_PER_PIECE), 4, i > 0));
  }
  pieces.push('\n      ', shell.slice(cut));
  return pieces;
}

export function jsonClosing(documentCount: number): string {
  return documentCount > 0 ? '\n  ]\n}\n' : ']\n}\n';
}
