import { readdir } from 'node:fs/promises';
import { codedError } from '../../../shared/error-text';
import type { Document } from '../../../shared/domain/document';
import type { CompiledExportFilter } from '../../../shared/exchange/filter';
import { exportDocument } from '../../../shared/exchange/record';
import type { ExportedDocument } from '../../../shared/exchange/schema';
import { CURATED, CorpusPaths } from '../corpus/paths';
import type { CorpusStore } from '../corpus/store';

/**
 * Checks the export's layer before anything is written: `mine`, `curated`, `all`, or the id
 * of an annotator who has a layer in this corpus (the error lists those who do).
 */
export async function checkExportLayer(store: CorpusStore, layer: string): Promise<void> {
  if (layer === 'mine' || layer === 'all' || layer === CURATED || layer === store.annotator.id) return;
  const paths = new CorpusPaths(store.dir);
  const owners = (await readdir(paths.layersDir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory() && e.name !== CURATED)
    .map((e) => e.name)
    .sort();
  if (owners.includes(layer)) return;
  throw codedError('not_found', 'errors.export.noLayer', { layer, owners: owners.length ? owners.join(', ') : 'none' }, 'layer');
}

function tagged(exported: ExportedDocument | null, annotator: string): ExportedDocument | null {
  return exported && { ...exported, annotations: exported.annotations.map((a) => ({ ...a, annotator })) };
}

/**
 * One document as an export of `layer` holds it: the document's text and metadata with that
 * layer's annotations, each naming its layer; for `all`, every layer's in turn (mine first,
 * the curated one last), so one annotation id may appear once per layer.
 */
export async function exportLayerDocument(
  store: CorpusStore,
  doc: Readonly<Document>,
  layer: string,
  filter: CompiledExportFilter,
): Promise<ExportedDocument | null> {
  if (layer === 'mine') return exportDocument(doc, filter);
  const owners = layer === 'all' ? (await store.listLayers(doc.id)).map((l) => l.annotator.id) : [layer];
  const parts: ExportedDocument[] = [];
  for (const owner of owners) {
    const annotations = owner === store.annotator.id ? doc.annotations : (await store.getLayer(doc.id, owner)).annotations;
    const part = tagged(exportDocument({ ...doc, annotations }, filter), owner);
    if (part) parts.push(part);
  }
  const [first] = parts;
  const out = first
    ? {
        ...first,
        annotations: parts.flatMap((p) => p.annotations),
        omittedAnnotations: parts.reduce((n, p) => n + p.omittedAnnotations, 0),
      }
    : null;
  // Null when no layer had an annotation a narrowing filter selects: left out, as in an export of mine.
  return out;
}
