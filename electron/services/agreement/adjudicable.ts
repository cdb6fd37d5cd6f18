import { readdir } from 'node:fs/promises';
import { type AdjudicableDocument, adjudicationProgress } from '../../../shared/agreement/disagreements';
import { CURATED_LAYER } from '../../../shared/domain/annotator';
import type { CorpusStore } from '../corpus/store';
import { CorpusPaths } from '../corpus/paths';

const LAYER_FILE = /^(.+)\.json$/;
const JOURNAL_FILE = /^(.+)\.jsonl$/;

/**
 * The documents a colleague's layer lies beside another: found from the folders' listings
 * (layer files, and my journal, whose edits may not be folded into a file yet), so a corpus
 * where few documents are shared reads few layers. Only those are then read, through the
 * store, as the adjudication screen reads them.
 */
async function sharedDocumentIds(store: CorpusStore): Promise<string[]> {
  const paths = new CorpusPaths(store.dir);
  const owners = (await readdir(paths.layersDir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory() && e.name !== CURATED_LAYER)
    .map((e) => e.name);
  const me = store.annotator.id;
  const byDocument = new Map<string, Set<string>>();
  const note = (documentId: string, owner: string) => {
    const set = byDocument.get(documentId) ?? new Set<string>();
    set.add(owner);
    byDocument.set(documentId, set);
  };
  for (const owner of owners) {
    for (const name of await readdir(paths.layerDir(owner)).catch(() => [] as string[])) {
      const id = LAYER_FILE.exec(name)?.[1];
      if (id && name !== 'annotator.json' && name !== 'sessions.json') note(id, owner);
    }
  }
  for (const name of await readdir(paths.journalDir(me)).catch(() => [] as string[])) {
    const id = JOURNAL_FILE.exec(name)?.[1];
    if (id) note(id, me);
  }
  return [...byDocument].filter(([, who]) => who.size >= 2).map(([id]) => id);
}

const total = (counts: { quote: number; speaker: number; figure: number }) => counts.quote + counts.speaker + counts.figure;

/**
 * Every document (out of the trash) at least two annotators marked, for the adjudication
 * screen's list: who marked how many, and how far the two who marked most are from agreed.
 * Most open disagreements first, then by title.
 */
export async function listAdjudicable(store: CorpusStore): Promise<AdjudicableDocument[]> {
  const out: AdjudicableDocument[] = [];
  for (const documentId of await sharedDocumentIds(store)) {
    const summary = store.readSummary(documentId);
    if (!summary || summary.deletedAt) continue;
    const layers = await store.listLayers(documentId);
    const people = layers
      .filter((l) => !l.curated && total(l.counts) > 0)
      // The adjudication screen's order, so its first pair is the one counted here.
      .sort((x, y) => total(y.counts) - total(x.counts));
    const [a, b] = people;
    if (!a || !b) continue;
    const [la, lb, curated, doc] = await Promise.all([
      store.getLayer(documentId, a.annotator.id),
      store.getLayer(documentId, b.annotator.id),
      store.getLayer(documentId, CURATED_LAYER),
      store.readDocument(documentId, { keep: false }),
    ]);
    const progress = adjudicationProgress(
      { a: la.annotations, b: lb.annotations, curated: curated.annotations },
      doc.text,
      curated.rejectedSuggestions,
    );
    out.push({
      documentId,
      title: summary.title,
      annotators: people.map((l) => ({ id: l.annotator.id, name: l.annotator.name, annotations: total(l.counts) })),
      ...progress,
      curated: curated.annotations.length,
    });
  }
  const open = (d: AdjudicableDocument) => d.disagreements - d.settled;
  return out.sort((x, y) => open(y) - open(x) || x.title.localeCompare(y.title) || (x.documentId < y.documentId ? -1 : 1));
}
