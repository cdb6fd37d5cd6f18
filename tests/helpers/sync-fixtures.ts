import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const LAYLA = { id: 'layla-3f9a1c', name: 'Layla Haddad', email: 'layla@desk.example' };
export const OMAR = { id: 'omar-aa11bb', name: 'Omar Said', email: 'omar@desk.example' };
export const NOUR = { id: 'nour-c0ffee', name: 'Nour Khalil', email: 'nour@desk.example' };

/** Credentials as the engine asks for them, without touching the environment. */
export function tokenSource(token: string) {
  return { describe: 'ISNAD_GIT_TOKEN', get: async () => ({ username: 'isnad', password: token }) };
}

export async function putJson(dir: string, path: string, value: unknown): Promise<void> {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), `${JSON.stringify(value, null, 2)}\n`);
}

export async function readJson<T = Record<string, unknown>>(dir: string, path: string): Promise<T> {
  return JSON.parse(await readFile(join(dir, path), 'utf8')) as T;
}

/** A v2-layout corpus written directly (engine tests that need no store): n documents, one layer. */
export async function writeFolderCorpus(dir: string, n: number, owner = LAYLA): Promise<void> {
  await putJson(dir, 'corpus.json', { format: 'isnad-corpus', schemaVersion: 2, createdAt: '2025-01-01T00:00:00.000Z', settings: {} });
  await putJson(dir, `layers/${owner.id}/annotator.json`, owner);
  for (let i = 0; i < n; i++) {
    const id = `d${String(i).padStart(5, '0')}`;
    const text = `Document ${i}: the minister said that ${i * 7} people were evacuated. `.repeat(8);
    await putJson(dir, `documents/${id}.json`, { schemaVersion: 2, id, title: `Document ${i}`, text, revision: 1 });
    await putJson(dir, `layers/${owner.id}/${id}.json`, {
      schemaVersion: 2,
      documentId: id,
      annotator: owner.id,
      revision: 1,
      annotations: [{ id: `a${i}`, type: 'quote', start: 0, end: 10, text: text.slice(0, 10), verdict: { status: 'unchecked' } }],
    });
  }
}

/** Every file under a folder, with its bytes, for "nothing leaked" and "nothing lost" checks. */
export async function allFiles(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  async function walk(folder: string, prefix: string) {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(join(folder, entry.name), path);
      else if (entry.isFile()) out.set(path, await readFile(join(folder, entry.name)));
    }
  }
  await walk(dir, '');
  return out;
}
