import type { Annotation } from '../domain/annotation';
import { documentMeta, type Document } from '../domain/document';
import { codePointMapper } from '../text/offsets';
import { pageAt } from '../text/pages';
import { type AnnotationFilter, type CompiledExportFilter, compileExportFilter, matchesFilter, narrowsAnnotations } from './filter';
import type { ExportedAnnotation, ExportedDocument } from './schema';
import { type SpeakerNames, speakerNames } from './speakers';

function exportAnnotation(
  a: Annotation,
  cp: (offset: number) => number,
  names: SpeakerNames,
  pages: number[] | undefined,
): ExportedAnnotation {
  // One object per annotation, its keys added in the export's order: an export of 100,000
  // annotations made three or four spread copies of each before, and the collector paid for them.
  const out: Record<string, unknown> = {
    id: a.id,
    start: a.start,
    end: a.end,
    startCodePoint: cp(a.start),
    endCodePoint: cp(a.end),
    page: pages ? pageAt(pages, a.start) : null,
    text: a.text,
    prefix: a.prefix,
    suffix: a.suffix,
    verdict: a.verdict,
    origin: a.origin,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
  if (a.createdBy) out.createdBy = a.createdBy;
  if (a.updatedBy) out.updatedBy = a.updatedBy;
  if (a.verdictBy) out.verdictBy = a.verdictBy;
  out.type = a.type;
  out.attributes = a.attributes;
  if (a.type === 'quote') {
    const speakerId = a.attributes.speakerId;
    out.speaker = speakerId === null ? null : { id: speakerId, name: names.get(speakerId) ?? '' };
  } else if (a.type === 'speaker') out.resolvedName = names.get(a.id) ?? a.text;
  return out as ExportedAnnotation;
}

/**
 * A document as it leaves Isnad: both offset units on every span, speaker names resolved,
 * and only the annotations the filter selects. Null when the filter narrows annotations and
 * none of this document's match, so a filtered export does not fill up with empty documents.
 * Exporting many documents, pass `compileExportFilter(filter)` to prepare the filter once.
 */
export function exportDocument(doc: Document, filter: AnnotationFilter | CompiledExportFilter): ExportedDocument | null {
  const compiled = 'filter' in filter ? filter : compileExportFilter(filter);
  const names = speakerNames(doc.annotations);
  const selected = doc.annotations.filter((a) => matchesFilter(doc, a, compiled, names));
  if (selected.length === 0 && narrowsAnnotations(compiled.filter)) return null;
  const cp = codePointMapper(doc.text);
  return {
    ...documentMeta(doc),
    length: doc.text.length,
    lengthCodePoints: cp(doc.text.length),
    text: doc.text,
    regions: doc.regions.map((r) => ({
      id: r.id,
      start: r.start,
      end: r.end,
      startCodePoint: cp(r.start),
      endCodePoint: cp(r.end),
      kind: r.kind,
      label: r.label,
      excluded: r.excluded,
    })),
    links: doc.links,
    ...(doc.pages ? { pages: doc.pages.map((start, i) => ({ page: i + 1, start, startCodePoint: cp(start) })) } : {}),
    annotations: selected.map((a) => exportAnnotation(a, cp, names, doc.pages)),
    omittedAnnotations: doc.annotations.length - selected.length,
  };
}
