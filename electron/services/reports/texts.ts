import type { CorpusStore } from '../corpus/store';

/** Each document's text, read once, for code-point offsets. */
export async function loadTexts(store: CorpusStore, documentIds: Iterable<string>): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const id of new Set(documentIds)) {
    const doc = await store.getDocument(id).catch(() => null);
    if (doc) texts.set(id, doc.text);
  }
  return texts;
}

export function offsetsNote(): { unit: string; alsoCodePoints: string } {
  return {
    unit: 'startUtf16/endUtf16 are UTF-16 code units into the document text (JavaScript string indexes)',
    alsoCodePoints: 'startCodePoint/endCodePoint are Unicode code points (Python str indexes)',
  };
}
