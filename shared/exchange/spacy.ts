import type { ExportedDocument } from './schema';

/**
 * spaCy-ready JSON Lines: one document per line, `{"text", "spans": [{"start", "end",
 * "label"}], "meta"}` with character offsets in Unicode code points, exactly what Python's
 * str and spaCy's `doc.char_span(start, end, label=…)` take. Overlapping spans are all
 * kept (spaCy's span groups hold overlaps; `doc.ents` does not).
 */
export function spacyDocument(doc: ExportedDocument): string {
  const line = {
    text: doc.text,
    spans: doc.annotations.map((a) => ({ start: a.startCodePoint, end: a.endCodePoint, label: a.type.toUpperCase(), id: a.id })),
    meta: {
      id: doc.id,
      title: doc.title,
      lang: doc.lang,
      url: doc.source.url,
      outlet: doc.source.outlet,
      offsetUnit: 'unicode-code-point',
    },
  };
  return `${JSON.stringify(line)}\n`;
}
