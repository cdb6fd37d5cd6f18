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

export function jsonDocument(doc: ExportedDocument, index: number): string {
  // Raw newlines never occur inside JSON strings, so re-indenting line starts is safe.
  return `${index > 0 ? ',' : ''}\n    ${JSON.stringify(doc, null, 2).replace(/\n/g, '\n    ')}`;
}

export function jsonClosing(documentCount: number): string {
  return documentCount > 0 ? '\n  ]\n}\n' : ']\n}\n';
}
