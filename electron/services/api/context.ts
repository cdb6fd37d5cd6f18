import type { AppMode } from '../../../shared/contract/app';
import type { CorpusStore } from '../corpus/store';
import type { DownloadRegistry } from '../downloads';
import type { JobRegistry } from '../jobs';

/** What every handler may use: the open corpus and the job registry. */
export interface ServiceContext {
  store: CorpusStore;
  jobs: JobRegistry;
  downloads: DownloadRegistry;
  mode: AppMode;
  version: string;
  /** Desktop only: the native save dialog; resolves to null when the user cancels. */
  saveDialog?: (suggestedName: string) => Promise<string | null>;
}
