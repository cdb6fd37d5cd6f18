/**
 * Documents whose split offer the journalist declined ("keep as one"). Remembered in this
 * browser profile so the offer does not come back every time the document is opened.
 */
const KEY = 'isnad.keptWhole';

function read(): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

export function isKeptWhole(documentId: string): boolean {
  return read().has(documentId);
}

export function rememberKeptWhole(documentId: string): void {
  const ids = read();
  ids.add(documentId);
  localStorage.setItem(KEY, JSON.stringify([...ids].slice(-500)));
}
