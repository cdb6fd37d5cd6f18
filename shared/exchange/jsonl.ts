import { CODE_POINT_UNIT, EXPORT_FORMAT, EXPORT_VERSION, type ExportedDocument, OFFSET_UNIT } from './schema';

/**
 * One document per line, as NLP pipelines read them. Each line describes itself (format,
 * offset units) because lines are routinely split, sampled and shuffled. `label` is
 * doccano's span form, in code points like Python strings.
 */
export function jsonlDocument(doc: ExportedDocument): string {
  const { annotations, ...rest } = doc;
  const line = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    offsetUnit: OFFSET_UNIT,
    codePointOffsetUnit: CODE_POINT_UNIT,
    ...rest,
    label: annotations.map((a) => [a.startCodePoint, a.endCodePoint, a.type.toUpperCase()]),
    annotations,
  };
  return `${JSON.stringify(line)}\n`;
}
