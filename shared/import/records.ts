import Papa from 'papaparse';
import { foldForMatch } from './fold';
import { jsonPlaceValues, lineEnds, locateJsonError } from './json-position';
import { ImportProblem } from './problems';

import { FIELD_TARGETS, type FieldMapping, type FieldTarget } from './mapping';
import { importProblem } from '../error-text';

export { FIELD_TARGETS, FieldMapping, type FieldTarget } from './mapping';

/** Field names seen in scraped datasets, compared after folding and dropping "_", "-", spaces. */
const SYNONYMS: Record<FieldTarget, string[]> = {
  text: [
    'text',
    'body',
    'content',
    'article',
    'articletext',
    'articlebody',
    'fulltext',
    'story',
    'maintext',
    'bodytext',
    'textcontent',
    'نص',
    'النص',
    'المحتوي',
    'المتن',
    'نصالخبر',
    'نصالمقال',
  ],
  title: ['title', 'headline', 'heading', 'head', 'name', 'العنوان', 'عنوان'],
  url: ['url', 'link', 'href', 'sourceurl', 'permalink', 'articleurl', 'الرابط', 'رابط'],
  date: [
    'date',
    'published',
    'publishedat',
    'publishdate',
    'pubdate',
    'datepublished',
    'publishedtime',
    'datetime',
    'time',
    'createdat',
    'التاريخ',
    'تاريخ',
    'تاريخالنشر',
  ],
  outlet: [
    'outlet',
    'source',
    'publisher',
    'site',
    'sitename',
    'newspaper',
    'media',
    'medium',
    'publication',
    'domain',
    'المصدر',
    'الموقع',
    'الجريده',
    'الصحيفه',
    'الناشر',
  ],
  author: ['author', 'byline', 'writer', 'authors', 'creator', 'الكاتب', 'الكاتبه', 'المحرر', 'بقلم'],
};

function key(field: string): string {
  return foldForMatch(field).replace(/[\s_\-.]+/gu, '');
}

export interface MappingGuess {
  mapping: Partial<FieldMapping>;
  /** True when a text field was recognised, so the records can be imported without asking. */
  complete: boolean;
}

/** Maps recognised field names to document fields; asks (complete: false) when no text field is found. */
export function guessMapping(fields: string[]): MappingGuess {
  const mapping: Partial<FieldMapping> = {};
  const used = new Set<string>();
  for (const target of FIELD_TARGETS) {
    for (const synonym of SYNONYMS[target]) {
      const field = fields.find((f) => !used.has(f) && key(f) === synonym);
      if (field) {
        mapping[target] = field;
        used.add(field);
        break;
      }
    }
  }
  return { mapping, complete: mapping.text !== undefined };
}

export type RawRecord = Record<string, unknown>;

export interface SourcedRecord {
  record: RawRecord;
  /** Where the record is, for the report: "line 12" (JSONL, CSV) or "record 3" (JSON). */
  where: string;
}

/** Field names across the first records, in first-seen order. */
export function fieldsOf(records: SourcedRecord[], sample = 200): string[] {
  const seen = new Set<string>();
  for (const { record } of records.slice(0, sample)) for (const field of Object.keys(record)) seen.add(field);
  return [...seen];
}

function isRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as document text: strings as they are, numbers printed, objects by their name. */
export function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(fieldText).filter(Boolean).join(', ');
  if (isRecord(value)) for (const k of ['name', 'title', 'text', 'value']) if (typeof value[k] === 'string') return value[k] as string;
  return '';
}

export interface RecordArticle {
  text: string;
  title: string;
  url: string;
  date: string;
  outlet: string;
  author: string;
}

export function applyMapping(record: RawRecord, mapping: FieldMapping): RecordArticle {
  const get = (target: FieldTarget) => {
    const field = mapping[target];
    return field === undefined ? '' : fieldText(record[field]);
  };
  return {
    text: get('text'),
    title: get('title').trim(),
    url: get('url').trim(),
    date: get('date').trim(),
    outlet: get('outlet').trim(),
    author: get('author').trim(),
  };
}

function malformedJson(text: string, what: string): ImportProblem {
  const place = locateJsonError(text);
  return importProblem('malformed', 'errors.import.jsonMalformed', jsonPlaceValues(what, place));
}

/**
 * Records of a JSON file: an array of objects, an object holding one (`{"articles": […]}`),
 * or a single object. Anything else is said plainly rather than half-imported.
 */
export function parseJsonRecords(text: string): SourcedRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw malformedJson(text, 'JSON');
  }
  let list: unknown[];
  if (Array.isArray(data)) list = data;
  else if (isRecord(data)) {
    const inner = Object.values(data).find((v) => Array.isArray(v) && v.length > 0 && v.every(isRecord));
    list = Array.isArray(inner) ? inner : [data];
  } else {
    throw importProblem('no-text', 'errors.import.jsonSingleValue');
  }
  if (list.length === 0) throw importProblem('empty', 'errors.import.jsonEmpty');
  const bad = list.findIndex((v) => !isRecord(v));
  if (bad >= 0) throw importProblem('malformed', 'errors.import.jsonNotRecord', { record: bad + 1 });
  return list.map((record, i) => ({ record: record as RawRecord, where: `record ${i + 1}` }));
}

/** JSON Lines: one object per line; blank lines are allowed, a broken line fails the file. */
export function parseJsonLines(text: string): SourcedRecord[] {
  const records: SourcedRecord[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim().length === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      // One record a line: where the text runs out, it is the line that ends, not the file.
      const place = lineEnds(locateJsonError(line));
      throw importProblem('malformed', 'errors.import.jsonMalformed', jsonPlaceValues('JSON', { ...place, line: i + 1 }));
    }
    if (!isRecord(value)) throw importProblem('malformed', 'errors.import.jsonlNotRecord', { line: i + 1 });
    records.push({ record: value, where: `line ${i + 1}` });
  });
  if (records.length === 0) throw importProblem('empty', 'errors.import.jsonlEmpty');
  return records;
}

function lineAt(text: string, offset: number, from: { offset: number; line: number }): number {
  let line = from.line;
  for (let k = from.offset; k < offset && k < text.length; k++) if (text.charCodeAt(k) === 0x0a) line++;
  return line;
}

/** CSV with a header row (comma, semicolon or tab separated, detected); quoted fields may span lines. */
export function parseCsvRecords(text: string): SourcedRecord[] {
  const records: SourcedRecord[] = [];
  let problem: ImportProblem | null = null;
  let header: string[] = [];
  let cursor = { offset: 0, line: 1 };
  const delimiter = (Papa.parse(text.slice(0, 65_536), { preview: 10, skipEmptyLines: 'greedy' }).meta.delimiter || ',') as string;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: 'greedy',
    step(results, parser) {
      const rowStart = cursor;
      const line = lineAt(text, skipBlank(text, rowStart.offset), rowStart);
      cursor = { offset: results.meta.cursor, line: lineAt(text, results.meta.cursor, rowStart) };
      const error = results.errors[0];
      if (error) {
        // The catalog names papaparse's known codes; another one shows papaparse's own words.
        problem = importProblem('malformed', 'errors.import.csvMalformed', { line, problem: error.code, detail: error.message });
        parser.abort();
        return;
      }
      const row = results.data;
      if (header.length === 0) {
        header = row.map((h) => h.replace(/^\uFEFF/, '').trim());
        const blank = header.findIndex((h) => h.length === 0);
        if (blank >= 0 && header.length > 1) {
          problem = importProblem('malformed', 'errors.import.csvHeaderBlank', { line, column: blank + 1 });
          parser.abort();
        }
        return;
      }
      if (row.length !== header.length) {
        const fewer = row.length < header.length ? 'yes' : 'no';
        problem = importProblem('malformed', 'errors.import.csvColumns', { line, fewer, found: row.length, expected: header.length });
        parser.abort();
        return;
      }
      const record: RawRecord = {};
      header.forEach((h, i) => {
        record[h] = row[i];
      });
      records.push({ record, where: `line ${line}` });
    },
  });
  if (problem) throw problem;
  if (header.length === 0) throw importProblem('empty', 'errors.import.csvEmpty');
  if (records.length === 0) throw importProblem('empty', 'errors.import.csvNoRecords');
  return records;
}

function skipBlank(text: string, offset: number): number {
  let k = offset;
  while (k < text.length && (text[k] === '\n' || text[k] === '\r')) k++;
  return k;
}
