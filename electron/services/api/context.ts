import type { AppMode } from '../../../shared/contract/app';
import type { CorpusStore } from '../corpus/store';
import type { CorpusCatalog } from '../search/catalog';
import type { SessionService } from '../sessions/sessions';
import type { SpeakerRegistry } from '../speakers/registry';
import type { DownloadRegistry } from '../downloads';
import type { EventHub } from '../events';
import type { JobRegistry } from '../jobs';
import type { SyncService } from '../sync/service';

/** What every handler may use: the open corpus and the job registry. */
export interface ServiceContext {
  store: CorpusStore;
  /** Search index and annotation rows across the corpus, kept current from the store. */
  catalog: CorpusCatalog;
  speakers: SpeakerRegistry;
  sessions: SessionService;
  jobs: JobRegistry;
  downloads: DownloadRegistry;
  /** Sharing the corpus through git: sync jobs, status, conflicts. */
  sync: SyncService;
  /** The contract's events (job progress, document changes, menu commands) for the transports to carry. */
  events: EventHub;
  mode: AppMode;
  version: string;
  /** The largest dataset file the desktop app takes for import-back (ISNAD_MAX_DATASET_MB, else 2 GB). */
  maxDatasetBytes?: number;
  /** Desktop only: the native save dialog; resolves to null when the user cancels. */
  saveDialog?: (suggestedName: string) => Promise<string | null>;
}
