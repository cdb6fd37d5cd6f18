import { type AgreementReport, computeAgreement } from '../../../shared/agreement/corpus';
import type { AnnotationType } from '../../../shared/domain/annotation';
import type { CorpusStore } from '../corpus/store';
import { layerOwnerNames } from '../sync/people';
import { storeHost } from '../sync/store-host';
import { loadAgreementDocuments } from './layers';

/** Agreement over the corpus's layers, for the computeAgreement operation and `isnad agreement`. */
export async function agreementOf(
  store: CorpusStore,
  input: { documentIds?: string[]; annotators?: string[]; types?: AnnotationType[] },
): Promise<AgreementReport> {
  const host = storeHost(store);
  // Held only while the layer files are read: the store folds its journals in first.
  const documents = await host.exclusive(() => loadAgreementDocuments(host.dir, input));
  return computeAgreement(documents, { ...input, names: await layerOwnerNames(host.dir) });
}
