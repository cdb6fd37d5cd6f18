import { contract, type IsnadContract } from '../../../shared/contract';
import type { HandlersOf } from '../../../shared/contract/define';
import { type Dispatch, createDispatcher } from '../../../shared/contract/dispatch';
import { parseAnnotatorSpec } from '../corpus/annotator';
import { CorpusStore } from '../corpus/store';
import { DownloadRegistry } from '../downloads';
import { EventHub, documentChange } from '../events';
import { checkLimitSettings } from '../import/limits';
import { JobRegistry } from '../jobs';
import { removeLeftoverScratch } from '../leftovers';
import { annotationHandlers } from './annotations';
import { appHandlers } from './app';
import type { ServiceContext } from './context';
import { documentHandlers } from './documents';
import { suggestionHandlers } from './suggestions';
import { searchHandlers } from './search';
import { CorpusCatalog } from '../search/catalog';
import { searchLimitsFromEnv } from '../search/limits';
import { SessionService } from '../sessions/sessions';
import { SpeakerRegistry } from '../speakers/registry';
import { sessionHandlers } from './sessions';
import { speakerHandlers } from './speakers';
import { importHandlers } from './import';
import { exchangeHandlers } from './exchange';
import { syncHandlers } from './sync';
import { agreementHandlers } from './agreement';
import { SyncService } from '../sync/service';
import { storeHost } from '../sync/store-host';
import { type CredentialStore, FileCredentialStore, defaultCredentialsFile, environmentCredentials } from '../sync/credentials';
import { layerHandlers } from './layers';
import { versionHandlers } from './versions';
import { interfaceHandlers } from './interface';

/** Every operation of the contract; the type makes a missing handler a compile error. */
export const handlers: HandlersOf<IsnadContract, ServiceContext> = {
  ...appHandlers,
  ...documentHandlers,
  ...annotationHandlers,
  ...suggestionHandlers,
  ...searchHandlers,
  ...speakerHandlers,
  ...sessionHandlers,
  ...importHandlers,
  ...exchangeHandlers,
  ...syncHandlers,
  ...agreementHandlers,
  ...layerHandlers,
  ...versionHandlers,
  ...interfaceHandlers,
};

export interface Services {
  ctx: ServiceContext;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** Opens a corpus and wires it to the contract; the shells (IPC, HTTP, CLI) only add transport. */
export async function openServices(options: {
  corpusDir: string;
  mode: ServiceContext['mode'];
  version: string;
  owner?: string;
  log?: (message: string) => void;
  saveDialog?: ServiceContext['saveDialog'];
  /** The dataset cap of the desktop's import-back (tests); ISNAD_MAX_DATASET_MB or 2 GB otherwise. */
  maxDatasetBytes?: number;
  /** Where sync tokens are kept: the desktop's safeStorage; elsewhere a file readable only by its owner. */
  credentials?: CredentialStore;
  /** Who annotates, as "Name <email>" (`--annotator`); ISNAD_ANNOTATOR when not given. */
  annotator?: string;
  /** A consistent snapshot beside a running writer, without its lock (read-only CLI commands). */
  readOnly?: boolean;
  /** Read the saved search index only when something needs it (one CLI command), not at once. */
  lazySearch?: boolean;
}): Promise<Services> {
  // A mistyped setting stops the app at start, where it is seen, not at the first import.
  checkLimitSettings();
  const searchLimits = searchLimitsFromEnv();
  const spec = options.annotator ?? process.env.ISNAD_ANNOTATOR;
  const annotator = spec ? parseAnnotatorSpec(spec, options.annotator ? '--annotator' : 'ISNAD_ANNOTATOR') : undefined;
  // Downloads and staged uploads of a browser-mode run that crashed are not wanted by anyone.
  await removeLeftoverScratch();
  const log = options.log ?? ((m: string) => console.error(m));
  const store = await CorpusStore.open(options.corpusDir, {
    owner: options.owner ?? `Isnad ${options.mode}`,
    log,
    ...(options.readOnly ? { readOnly: true } : {}),
    ...(annotator ? { annotator } : {}),
  });
  const catalog = CorpusCatalog.open(store, { log, lazy: options.lazySearch ?? false, limits: searchLimits });
  const events = new EventHub();
  const stopDocumentEvents = store.subscribe((event) =>
    events.emit(
      'documentChanged',
      documentChange(event, (id) => store.readSummary(id)?.revision),
    ),
  );
  const jobs = new JobRegistry({ onChange: (status) => events.emit('jobProgress', status) });
  const ctx: ServiceContext = {
    store,
    catalog,
    speakers: new SpeakerRegistry(store, catalog),
    sessions: new SessionService(store, catalog),
    jobs,
    sync: new SyncService(storeHost(store), jobs, {
      store: options.credentials ?? new FileCredentialStore(defaultCredentialsFile()),
      environment: environmentCredentials(),
    }),
    downloads: new DownloadRegistry(),
    events,
    mode: options.mode,
    version: options.version,
    ...(options.saveDialog ? { saveDialog: options.saveDialog } : {}),
    ...(options.maxDatasetBytes ? { maxDatasetBytes: options.maxDatasetBytes } : {}),
  };
  const dispatch = createDispatcher(contract, handlers, ctx, (name, err) =>
    log(`isnad: ${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
  );
  return {
    ctx,
    dispatch,
    async close() {
      stopDocumentEvents();
      // The catalog saves its index first; the store then releases the lock.
      await catalog.close();
      await store.close();
      await ctx.downloads.close();
    },
  };
}
