import { ANNOTATION_TYPES, type AnnotationType } from '../domain/annotation';
import type { ExportedAnnotation, ExportedDocument } from './schema';
import { type Token, tokenizeLines } from './tokens';

/**
 * BIO/CoNLL export: one token per line, tab-separated columns
 * TOKEN START END QUOTE SPEAKER FIGURE MISC, a blank line after each paragraph, and a
 * `# newdoc id = …` comment before each document. START/END are Unicode code points into
 * the document text (Python's str indexing). One column per type, so a figure inside a
 * quote is tagged in both. Within one type, spans cannot overlap in BIO: the earlier (on a
 * tie, the longer) is kept, and each span left out is listed in a `# not tagged` comment
 * with its offsets, so nothing is silently lost. MISC is `SpaceAfter=No` when the next
 * token follows without a space (CoNLL-U's convention), else `_`.
 */

export const CONLL_COLUMNS = ['TOKEN', 'START', 'END', 'QUOTE', 'SPEAKER', 'FIGURE', 'MISC'];

function label(type: AnnotationType): string {
  return type.toUpperCase();
}

/** Same-type spans that can share a BIO column: non-overlapping, earliest and longest first. */
function taggable(annotations: ExportedAnnotation[], type: AnnotationType) {
  const spans = annotations.filter((a) => a.type === type).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ExportedAnnotation[] = [];
  const left: ExportedAnnotation[] = [];
  for (const a of spans) {
    const last = kept[kept.length - 1];
    if (last && a.start < last.end) left.push(a);
    else kept.push(a);
  }
  return { kept, left };
}

const BREAKS = /[\t\n\r]/;

function clean(value: string): string {
  // Tabs and line breaks never occur in tokens (white space is not a token); kept safe anyway.
  return BREAKS.test(value) ? value.replace(/[\t\n\r]/g, ' ') : value;
}

/** Each column's cells, made once: a tag string per token was a good part of the export's garbage. */
const CELLS = ANNOTATION_TYPES.map((type) => ({ begin: `\tB-${label(type)}`, inside: `\tI-${label(type)}` }));

export function conllOpening(): string {
  return `# format = isnad-bio/1\n# columns = ${CONLL_COLUMNS.join(' ')}\n# offsets = unicode-code-point\n\n`;
}

export function conllDocument(doc: ExportedDocument): string {
  const text = doc.text;
  const columns = ANNOTATION_TYPES.map((type) => taggable(doc.annotations, type));
  const cuts = doc.annotations.flatMap((a) => [a.start, a.end]);
  const lines = tokenizeLines(text, cuts);
  let out = `# newdoc id = ${doc.id}\n# title = ${clean(doc.title)}\n`;
  for (const [i, { left }] of columns.entries()) {
    for (const a of left)
      out += `# not tagged = ${label(ANNOTATION_TYPES[i] as AnnotationType)} ${a.startCodePoint} ${a.endCodePoint} ${a.id} (overlaps another)\n`;
  }
  const cursor = columns.map(() => 0);
  // Code points are counted as the tokens advance (they only move forward), not looked up per offset.
  let unit = 0;
  let astral = 0;
  const pointAt = (offset: number): number => {
    // As codePointMapper: offset minus the surrogate pairs that end at or before it.
    while (unit + 2 <= offset) {
      const high = text.charCodeAt(unit);
      const low = text.charCodeAt(unit + 1);
      if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        astral++;
        unit += 2;
      } else unit++;
    }
    return offset - astral;
  };
  // One string built by concatenation, with no array, closure or line object per token: an
  // export of 100,000 annotations writes over a million of these lines (CoNLL took 4 s before).
  for (const tokens of lines) {
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t] as Token;
      out += `${clean(text.slice(token.start, token.end))}\t${pointAt(token.start)}\t${pointAt(token.end)}`;
      for (let i = 0; i < columns.length; i++) {
        const kept = (columns[i] as (typeof columns)[number]).kept;
        let k = cursor[i] as number;
        while (k < kept.length && (kept[k] as ExportedAnnotation).end <= token.start) k++;
        cursor[i] = k;
        const span = kept[k];
        const cells = CELLS[i] as (typeof CELLS)[number];
        out += !span || span.start >= token.end ? '\tO' : span.start === token.start ? cells.begin : cells.inside;
      }
      const next = tokens[t + 1];
      out += next && next.start === token.end ? '\tSpaceAfter=No\n' : '\t_\n';
    }
    out += '\n';
  }
  return out;
}
