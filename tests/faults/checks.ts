import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { isWholePayload } from '../../electron/services/corpus/document-payload';
import { CorpusStore } from '../../electron/services/corpus/store';

/**
 * JSON files in a corpus that do not parse. Temp files (`.NAME.tmp`) are a writer's
 * scratch and are cleared on open; journals (`.jsonl`) may end in a torn, unacknowledged
 * line by design; an open payload (`.isnad/payloads/`) is a signature line and JSON bytes
 * that must match its digest; everything else must always parse.
 */
export async function corruptFiles(dir: string): Promise<string[]> {
  const bad: string[] = [];
  const visit = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (entry.name.endsWith('.json') && !entry.name.startsWith('.')) {
        if (path.includes(`${sep}.isnad${sep}payloads${sep}`)) {
          if (!isWholePayload(await readFile(path))) bad.push(path);
          continue;
        }
        try {
          JSON.parse(await readFile(path, 'utf-8'));
        } catch {
          bad.push(path);
        }
      }
    }
  };
  await visit(dir);
  return bad;
}

/** What a writer was told was stored: documents by id with their text, annotations by document. */
export interface Acknowledged {
  documents: Map<string, string>;
  annotations: Map<string, Set<string>>;
}

export function noAcks(): Acknowledged {
  return { documents: new Map(), annotations: new Map() };
}

/** Opens the corpus as the next run would, and counts acknowledged writes it no longer holds. */
export async function lostWrites(dir: string, acked: Acknowledged): Promise<{ lost: number; documents: number; problems: string[] }> {
  const problems: string[] = [];
  const store = await CorpusStore.open(dir, { owner: 'fault check' });
  let lost = 0;
  try {
    for (const [id, text] of acked.documents) {
      const doc = await store.getDocument(id).catch(() => null);
      if (!doc || doc.text !== text) {
        lost++;
        problems.push(`document ${id} ${doc ? 'changed' : 'missing'}`);
        continue;
      }
      const have = new Set(doc.annotations.map((a) => a.id));
      for (const annotation of acked.annotations.get(id) ?? []) {
        if (!have.has(annotation)) {
          lost++;
          problems.push(`annotation ${annotation} of ${id} missing`);
        }
      }
    }
    return { lost, documents: store.documentCount, problems };
  } finally {
    await store.close();
  }
}
