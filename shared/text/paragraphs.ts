export interface Paragraph {
  index: number;
  /** UTF-16 offsets into the document text; `end` excludes the line break. */
  start: number;
  end: number;
}

/**
 * Each non-empty line is a paragraph. Offsets point into the stored text, so the renderer
 * can map a DOM position back to the text without counting characters in the DOM.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.slice(start, end).trim().length > 0) paragraphs.push({ index: paragraphs.length, start, end });
    start = end + 1;
  }
  return paragraphs;
}
