/**
 * A PDF's own metadata, read with suspicion: many tools fill the title with the file name
 * they printed from ("Microsoft Word - budget.docx") or leave "Untitled".
 */
const JUNK_TITLE =
  /^(?:untitled|unknown|about:blank|document\d*|title|new document|microsoft (?:word|powerpoint|excel) - .*|.*\.(?:docx?|pdf|indd|xlsx?|pptx?|odt|rtf|txt|html?))$/iu;

export function pdfTitle(raw: string): string {
  const title = raw.replace(/\s+/gu, ' ').trim();
  return title.length < 3 || JUNK_TITLE.test(title) ? '' : title;
}

/** "D:20240312093000+03'00'" → "2024-03-12"; '' when it is not a date. */
export function pdfDate(raw: string): string {
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(raw.trim());
  if (!match) return '';
  const [, year, month = '01', day = '01'] = match;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1980 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return '';
  return `${year}-${month}-${day}`;
}

const UNREADABLE = /[\uE000-\uF8FF\uFFFD]/gu;

/**
 * The share of a text's characters that are private-use codes or replacement characters:
 * what a PDF gives when its fonts carry no map from glyphs to letters.
 */
export function unreadableShare(text: string): number {
  const letters = text.replace(/\s+/gu, '').length;
  if (letters === 0) return 0;
  return (text.match(UNREADABLE)?.length ?? 0) / letters;
}
