// `npm run schema`: regenerates the JSON Schema files of the export formats from their zod
// schemas. A unit test fails when the committed files fall behind.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exportJsonSchemas } from '../shared/exchange/json-schema';

for (const [file, schema] of Object.entries(exportJsonSchemas())) {
  const path = fileURLToPath(new URL(`../shared/exchange/${file}`, import.meta.url));
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path}`);
}
