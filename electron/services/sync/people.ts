import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Display names of the layers' owners (layers/<id>/annotator.json), by annotator id. */
export async function layerOwnerNames(dir: string): Promise<Record<string, string>> {
  const names: Record<string, string> = { curated: 'Curated' };
  const folders = await readdir(join(dir, 'layers')).catch(() => [] as string[]);
  await Promise.all(
    folders.map(async (id) => {
      try {
        const record = JSON.parse(await readFile(join(dir, 'layers', id, 'annotator.json'), 'utf8')) as { name?: unknown };
        if (typeof record.name === 'string' && record.name) names[id] = record.name;
      } catch {
        // No record (yet): the id is shown instead.
      }
    }),
  );
  return names;
}
