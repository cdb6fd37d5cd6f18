import { z } from 'zod';
import type { AgreementReport } from '../agreement/corpus';
import type { AdjudicableDocument } from '../agreement/disagreements';
import { AnnotationType, Id } from '../domain/annotation';
import { op, returns } from './define';

export const agreementOperations = {
  computeAgreement: op(
    'Agreement between annotators per document and corpus: span F1 (exact, overlap ≥ 0.5), Cohen’s κ, Fleiss’ κ, Krippendorff’s α.',
    z.object({
      documentIds: z.array(Id).max(100_000).optional(),
      annotators: z.array(Id).min(2, 'agreement needs at least two annotators').max(100).optional(),
      types: z.array(AnnotationType).min(1).optional(),
    }),
    returns<AgreementReport>(),
  ),
  listAdjudicable: op(
    'The documents at least two annotators marked (the curated layer aside), for adjudication: who marked how many, the disagreements between the two who marked most and how many are settled, and the curated layer’s size.',
    z.object({}),
    returns<AdjudicableDocument[]>(),
  ),
};
