import { stringify } from 'csv-stringify/sync';
import type { FigureValue } from '../domain/annotation';
import type { ExportedAnnotation, ExportedDocument } from './schema';

export interface CsvOptions {
  /** A UTF-8 byte-order mark, so Excel opens Arabic as UTF-8 instead of the system code page. */
  bom: boolean;
  /**
   * Cells starting with = + - @ tab or CR, also after spaces, zero-width spaces or a BOM, get
   * a leading apostrophe, so a spreadsheet shows them as text instead of running them as
   * formulas (CSV injection). Numbers are left alone.
   */
  neutralizeFormulas: boolean;
  /** Another layer than mine, or all: an `annotator` column names each annotation's layer. */
  layer?: string;
  /** Annotator id → display name, as the corpus knows them (layers/<id>/annotator.json): verdict_by shows the name. */
  annotatorNames?: ReadonlyMap<string, string>;
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();

const withAnnotator = (options: Pick<CsvOptions, 'layer'>) => options.layer !== undefined && options.layer !== 'mine';

type Cell = string | number;

function figureValue(value: FigureValue): Cell {
  if (value === null) return '';
  if (Array.isArray(value)) return JSON.stringify(value);
  return value;
}

function speakerName(a: ExportedAnnotation): string {
  if (a.type === 'quote') return a.speaker?.name ?? '';
  if (a.type === 'speaker') return a.resolvedName;
  return '';
}

/** Column name → cell. Offsets say their unit in the name, because a CSV has nowhere else to say it. */
const COLUMNS: Array<[string, (doc: ExportedDocument, a: ExportedAnnotation, names: ReadonlyMap<string, string>) => Cell]> = [
  ['document_id', (d) => d.id],
  ['document_title', (d) => d.title],
  ['outlet', (d) => d.source.outlet],
  ['published_at', (d) => d.source.publishedAt],
  ['url', (d) => d.source.url],
  ['annotation_id', (_, a) => a.id],
  ['type', (_, a) => a.type],
  ['text', (_, a) => a.text],
  ['start_utf16', (_, a) => a.start],
  ['end_utf16', (_, a) => a.end],
  ['start_code_point', (_, a) => a.startCodePoint],
  ['end_code_point', (_, a) => a.endCodePoint],
  // Documents made from a PDF: the page the annotation starts on (empty for other documents).
  ['page', (_, a) => a.page ?? ''],
  // The 32 characters around the span, so a reader can re-find it if the text is edited.
  ['prefix', (_, a) => a.prefix],
  ['suffix', (_, a) => a.suffix],
  ['speaker_name', (_, a) => speakerName(a)],
  ['speaker_id', (_, a) => (a.type === 'quote' ? (a.speaker?.id ?? '') : a.type === 'speaker' ? a.id : '')],
  ['quote_kind', (_, a) => (a.type === 'quote' ? a.attributes.kind : '')],
  ['figure_value', (_, a) => (a.type === 'figure' ? figureValue(a.attributes.value) : '')],
  ['figure_unit', (_, a) => (a.type === 'figure' ? a.attributes.unit : '')],
  ['figure_kind', (_, a) => (a.type === 'figure' ? a.attributes.kind : '')],
  ['verdict', (_, a) => a.verdict.status],
  ['verdict_note', (_, a) => a.verdict.note],
  ['evidence', (_, a) => a.verdict.evidence.join('\n')],
  ['checked_by', (_, a) => a.verdict.checkedBy],
  ['checked_at', (_, a) => a.verdict.checkedAt],
  // Who recorded the verdict: their display name where the corpus knows it, else their id
  // (JSON's verdictBy, kept in verdict_by_id for joining). checked_by is the name a
  // fact-checker typed in a session, empty for a verdict chosen on a card.
  ['verdict_by', (_, a, names) => (a.verdictBy ? (names.get(a.verdictBy) ?? a.verdictBy) : '')],
  ['verdict_by_id', (_, a) => a.verdictBy ?? ''],
  ['created_at', (_, a) => a.createdAt],
  ['updated_at', (_, a) => a.updatedAt],
];

export const CSV_COLUMNS = COLUMNS.map(([name]) => name);

/**
 * Spreadsheets skip leading spaces, zero-width spaces and a BOM before deciding a cell is a
 * formula; csv-stringify only looks at the first character, so such cells are caught here.
 */
const HIDDEN_FORMULA = /^[\s\u200B-\u200D\u2060\uFEFF]+[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** What HIDDEN_FORMULA can start with: most cells start otherwise and skip the pattern. */
const HIDDEN_START = /^[\s\u200B-\u200D\u2060\uFEFF]/;

function neutralizeHidden(cell: Cell): Cell {
  return typeof cell === 'string' && HIDDEN_START.test(cell) && HIDDEN_FORMULA.test(cell) ? `'${cell}` : cell;
}

/** Rows neutralized in place: the caller's own rows, just built (an export's 100,000 are not copied). */
function neutralizeRows(rows: Cell[][]): Cell[][] {
  for (const row of rows) for (let i = 0; i < row.length; i++) row[i] = neutralizeHidden(row[i] as Cell);
  return rows;
}

// RFC 4180: CRLF between records, quotes doubled, newlines inside cells kept inside quotes.
// csv-stringify only quotes cells holding the whole record delimiter (CRLF); our text has
// bare LF, so any line break must force quotes or the row would split in two.
const QUOTED_MATCH = [/[\r\n]/];

/** RFC 4180 rows, formula-safe when asked; shared by exports and fact-check reports. */
export function writeCsvRows(rows: Cell[][], options: Pick<CsvOptions, 'neutralizeFormulas'>): string {
  return writeOwnRows(options.neutralizeFormulas ? rows.map((row) => [...row]) : rows, options);
}

/** writeCsvRows for rows made here for this call only, which may be neutralized in place. */
function writeOwnRows(rows: Cell[][], options: Pick<CsvOptions, 'neutralizeFormulas'>): string {
  return stringify(options.neutralizeFormulas ? neutralizeRows(rows) : rows, {
    record_delimiter: 'windows',
    quoted_match: QUOTED_MATCH,
    escape_formulas: options.neutralizeFormulas,
  });
}

export function csvOpening(options: CsvOptions): string {
  const header = withAnnotator(options) ? [...CSV_COLUMNS, 'annotator'] : CSV_COLUMNS;
  return (options.bom ? '\uFEFF' : '') + writeCsvRows([header], { neutralizeFormulas: false });
}

export function csvDocument(doc: ExportedDocument, options: CsvOptions): string {
  if (doc.annotations.length === 0) return '';
  const annotator = withAnnotator(options);
  const names = options.annotatorNames ?? NO_NAMES;
  return writeOwnRows(
    doc.annotations.map((a) => {
      const row: Cell[] = COLUMNS.map(([, cell]) => cell(doc, a, names));
      if (annotator) row.push(a.annotator ?? '');
      return row;
    }),
    options,
  );
}
