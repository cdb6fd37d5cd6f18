import { z } from 'zod';

export const ExportFormat = z.enum(['csv', 'json', 'jsonl', 'claimreview', 'w3c', 'conll', 'spacy']);
export type ExportFormat = z.infer<typeof ExportFormat>;
export const EXPORT_FORMATS = ExportFormat.options;

/** Each format's file name extension (ClaimReview and W3C annotations are JSON-LD). */
export const FORMAT_EXTENSIONS: Record<ExportFormat, string> = {
  csv: 'csv',
  json: 'json',
  jsonl: 'jsonl',
  claimreview: 'jsonld',
  w3c: 'jsonld',
  conll: 'conll',
  spacy: 'jsonl',
};

/** The fact-checking organisation that signs ClaimReview exports (schema.org `author` of each review). */
export const FactCheckerOrganization = z.object({
  name: z.string().trim().min(1, 'the organisation needs a name').max(300),
  url: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(2_000)]).default(''),
});
export type FactCheckerOrganization = z.infer<typeof FactCheckerOrganization>;

export const SerializerOptions = z.object({
  format: ExportFormat,
  /** CSV only: JSON and JSONL are never written with a BOM (RFC 8259 forbids it). */
  bom: z.boolean().default(true),
  /** CSV only. */
  neutralizeFormulas: z.boolean().default(true),
  /** ClaimReview only, and required there (see `missingOrganization`): who published the fact-checks. */
  organization: FactCheckerOrganization.optional(),
});
export type SerializerOptions = z.infer<typeof SerializerOptions>;

/**
 * Why these options cannot be written, or null. Checked before an export starts rather
 * than in the schema, because zod cannot extend a refined object (the contract extends it).
 */
export function missingOrganization(options: SerializerOptions): 'errors.export.needsOrganization' | null {
  return options.format === 'claimreview' && options.organization === undefined ? 'errors.export.needsOrganization' : null;
}
