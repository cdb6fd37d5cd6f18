import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../corpus/durable-file';
import { SYNC_STATE_DIR } from './layout';

/** Machine-local sync state (.isnad/sync/state.json): never shared, never holds a token. */
export interface SyncState {
  lastSyncAt?: string;
  lastAttemptAt?: string;
  lastError?: { code: string; message: string; at: string };
  /** When the remote was last fetched, and what it held then (for "changes arriving"). */
  lastFetchAt?: string;
  /**
   * A merge or fast-forward whose commit exists but whose files may not all be written: set
   * before the work tree is touched, cleared once the branch points at `commit`. A sync
   * killed in between finishes the job at the next start.
   */
  pending?: { commit: string; from: string | null; paths: string[] };
  /** Tracked files written outside the store (conflict decisions): the next commit looks at them too. */
  unlisted?: string[];
}

const FILE = 'state.json';

export async function readSyncState(dir: string): Promise<SyncState> {
  try {
    return JSON.parse(await readFile(join(dir, SYNC_STATE_DIR, FILE), 'utf8')) as SyncState;
  } catch {
    return {};
  }
}

export async function writeSyncState(dir: string, state: SyncState): Promise<void> {
  await mkdir(join(dir, SYNC_STATE_DIR), { recursive: true });
  await writeFileAtomic(join(dir, SYNC_STATE_DIR, FILE), `${JSON.stringify(state, null, 2)}\n`);
}

export async function updateSyncState(dir: string, change: (state: SyncState) => void): Promise<SyncState> {
  const state = await readSyncState(dir);
  change(state);
  await writeSyncState(dir, state);
  return state;
}
