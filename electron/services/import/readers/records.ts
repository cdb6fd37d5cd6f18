import { dateIssue } from '../../../../shared/domain/dates';
import { decodeText } from '../../../../shared/import/decode';
import type { ArticleDraft } from '../../../../shared/import/prepare';
import { codedText, englishText, importProblem, placeOf } from '../../../../shared/error-text';
import type { CodedText } from '../../../../shared/import/report';
import {
  type FieldMapping,
  type SourcedRecord,
  applyMapping,
  fieldText,
  fieldsOf,
  guessMapping,
  parseCsvRecords,
  parseJsonLines,
  parseJsonRecords,
} from '../../../../shared/import/records';
import { normalizeText } from '../../../../shared/text/normalize';
import { replacementWarning } from './text';
import type { Reader, ReaderInput, ReaderResult, RecordFailure } from './types';
import { cutAtGrapheme } from '../../../../shared/text/graphemes';

function sampleOf(record: SourcedRecord | undefined): Record<string, string> {
  const sample: Record<string, string> = {};
  if (!record) return sample;
  for (const [field, value] of Object.entries(record.record)) {
    const text = fieldText(value).replace(/\s+/gu, ' ').trim();
    sample[field] = text.length > 120 ? `${cutAtGrapheme(text, 119)}…` : text;
  }
  return sample;
}

function checkMapping(mapping: FieldMapping, fields: string[]): void {
  for (const [target, field] of Object.entries(mapping)) {
    if (field !== undefined && !fields.includes(field)) {
      throw importProblem('needs-mapping', 'errors.import.fieldMissing', { target, field, fields: fields.join(', ') });
    }
  }
}

/** Each record of a dataset becomes a document; a record without text is reported, not stored. */
function recordsToArticles(records: SourcedRecord[], input: ReaderInput, warnings: CodedText[]): ReaderResult {
  const fields = fieldsOf(records);
  const guess = guessMapping(fields);
  const mapping = input.mapping ?? (guess.complete ? (guess.mapping as FieldMapping) : null);
  if (!mapping) {
    return {
      kind: 'needs-mapping',
      needsMapping: { fields, sample: sampleOf(records[0]), suggested: guess.mapping, records: records.length },
    };
  }
  checkMapping(mapping, fields);
  const articles: ArticleDraft[] = [];
  const failures: RecordFailure[] = [];
  for (const { record, where } of records) {
    const fields = applyMapping(record, mapping);
    if (fields.text.trim().length === 0) {
      const values = { field: mapping.text };
      failures.push({
        where,
        reason: englishText('errors.import.fieldEmpty', values),
        reasonId: 'errors.import.fieldEmpty',
        reasonValues: values,
      });
      continue;
    }
    // An impossible date (2024-02-30) is not stored; the article is, with a warning.
    const badDate = dateIssue(fields.date.slice(0, 40));
    if (badDate) warnings.push(codedText('import.warning.recordDate', { ...badDate.values, ...placeOf(where), detailId: badDate.id }));
    articles.push({
      text: fields.text,
      title: fields.title,
      source: { url: fields.url, publishedAt: badDate ? '' : fields.date.slice(0, 40), outlet: fields.outlet, author: fields.author },
      outletFromMetadata: 'preferred',
      where,
    });
  }
  return { kind: 'articles', articles, failures, warnings, mapping };
}

function recordReader(format: string, extensions: string[], parse: (text: string) => SourcedRecord[]): Reader {
  return {
    format,
    extensions,
    manyDocuments: true,
    async read(input) {
      const decoded = decodeText(input.bytes);
      // Normalized before parsing, so every record's text is already in its stored form.
      const text = normalizeText(decoded.text);
      if (text.trim().length === 0) throw importProblem('empty', 'errors.import.onlySpaces');
      return recordsToArticles(parse(text), input, replacementWarning(decoded.replacementChars));
    },
  };
}

export const jsonReader = recordReader('json', ['.json'], parseJsonRecords);
export const jsonLinesReader = recordReader('jsonl', ['.jsonl', '.ndjson'], parseJsonLines);
export const csvReader = recordReader('csv', ['.csv', '.tsv'], parseCsvRecords);
