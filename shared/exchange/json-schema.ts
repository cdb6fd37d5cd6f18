import { z } from 'zod';
import { ExportFile, JsonlLine } from './schema';

const BASE_ID = 'https://isnad.invalid/schemas/';

/** The JSON Schema files committed beside this module, generated from the zod schemas. */
export function exportJsonSchemas(): Record<string, object> {
  const make = (name: string, schema: z.ZodType) => ({
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }),
    $id: `${BASE_ID}${name}`,
  });
  return {
    'isnad-export.schema.json': make('isnad-export.schema.json', ExportFile),
    'isnad-export-line.schema.json': make('isnad-export-line.schema.json', JsonlLine.meta({ title: 'Isnad JSONL export: one line' })),
  };
}
