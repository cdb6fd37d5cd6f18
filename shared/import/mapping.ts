import { z } from 'zod';

/** Document fields a record's columns can be mapped to. */
export const FIELD_TARGETS = ['text', 'title', 'url', 'date', 'outlet', 'author'] as const;
export type FieldTarget = (typeof FIELD_TARGETS)[number];

/** target → the record's field name that holds it. `text` is required for import. */
export const FieldMapping = z.object({
  text: z.string().min(1).max(200),
  title: z.string().max(200).optional(),
  url: z.string().max(200).optional(),
  date: z.string().max(200).optional(),
  outlet: z.string().max(200).optional(),
  author: z.string().max(200).optional(),
});
export type FieldMapping = z.infer<typeof FieldMapping>;
