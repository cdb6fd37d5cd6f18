import { type AdjudicableDocument, adjudicationProgress } from '../../../shared/agreement/disagreements';
import { CURATED_LAYER } from '../../../shared/domain/annotator';
import { countByType } from '../../../shared/domain/counts';
import type { CorpusStore } from '../corpus/store';

const total = (counts: { quote: number; speaker: number; figure: number }) => counts.quote + counts.speaker + counts.figure;

/**
 * Every document (out of the trash) at least two annotators marked, for the adjudication
 * screen's list: who marked how many, and how far the two who marked most are from agreed.
 * Most open disagreements first, then by title.
 *
 * Opened each time the picker opens, so it reads only what it shows: which documents have
 * two layers comes from the store's file names; then those layers, kept out of the store's
 * cache; a document's text only when the curated layer left stretches out on purpose (the
 * one rule that compares text).
 */
export async function listAdjudicable(store: CorpusStore): Promise<AdjudicableDocument[]> {
  const annotators = store.layerAnnotators();
  const byDocument = await store.documentsWithLayers();
  // The adjudication screen's order (listLayers: me first, others by name), so its first pair is the one counted here.
  const rank = new Map(annotators.map((a, i) => [a.id, i] as const));
  const out: AdjudicableDocument[] = [];
  for (const [documentId, owners] of byDocument) {
    if (owners.length < 2) continue;
    const summary = store.readSummary(documentId);
    if (!summary || summary.deletedAt) continue;
    const ordered = owners.filter((id) => rank.has(id)).sort((x, y) => (rank.get(x) ?? 0) - (rank.get(y) ?? 0));
    const layers = await Promise.all(ordered.map((id) => store.readLayer(documentId, id, { keep: false })));
    const people = layers
      .map((layer) => ({ layer, annotations: total(countByType(layer.annotations)) }))
      .filter((p) => p.annotations > 0)
      .sort((x, y) => y.annotations - x.annotations);
    const [a, b] = people;
    if (!a || !b) continue;
    const curated = await store.readLayer(documentId, CURATED_LAYER, { keep: false });
    const leftOut = curated.rejectedSuggestions;
    const text = leftOut.length > 0 ? (await store.readDocument(documentId, { keep: false })).text : '';
    const progress = adjudicationProgress({ a: a.layer.annotations, b: b.layer.annotations, curated: curated.annotations }, text, leftOut);
    out.push({
      documentId,
      title: summary.title,
      annotators: people.map((p) => {
        const who = annotators[rank.get(p.layer.annotator) ?? -1];
        return { id: p.layer.annotator, name: who?.name ?? p.layer.annotator, annotations: p.annotations };
      }),
      ...progress,
      curated: curated.annotations.length,
    });
  }
  const open = (d: AdjudicableDocument) => d.disagreements - d.settled;
  return out.sort((x, y) => open(y) - open(x) || x.title.localeCompare(y.title) || (x.documentId < y.documentId ? -1 : 1));
}
