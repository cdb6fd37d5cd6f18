import { z } from 'zod';

export const ExportFormat = z.enum(['csv', 'json', 'jsonl']);
export type ExportFormat = z.infer<typeof ExportFormat>;
export const EXPORT_FORMATS = ExportFormat.options;

export const SerializerOptions = z.object({
  format: ExportFormat,
  /** CSV only: JSON and JSONL are never written with a BOM (RFC 8259 forbids it). */
  bom: z.boolean().default(true),
  /** CSV only. */
  neutralizeFormulas: z.boolean().default(true),
});
export type SerializerOptions = z.infer<typeof SerializerOptions>;
