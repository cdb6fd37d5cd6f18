import { create } from 'zustand';
import type { JobStatus } from '../../../../shared/contract/app';
import type { DatasetPreview } from '../../../../shared/contract/exchange';
import type { AnnotationFilterInput } from '../../../../shared/exchange/filter';
import { api, isDesktop, uploadDataset } from '../../api/client';
import { followJob } from '../../api/jobs';
import { reportError } from '../../app/notices';
import { translate } from '../../ui/i18n/i18n.store';
import { type UploadProgress, sendDataset } from './dataset-upload.logic';

/** A filter another view hands to the Export dialog ("export what I am looking at"). */
export interface ExportPreset {
  /** Shown as the scope's name, e.g. "Search results: “العمري”". */
  label: string;
  filter: AnnotationFilterInput;
  /** Whose annotations (the desk's adjudication offers the curated layer); mine when absent. */
  layer?: string;
}

/** An annotator whose layer can be exported. */
export interface LayerOwner {
  id: string;
  name: string;
  mine: boolean;
}

type ExportRequest = Parameters<typeof api.startExport>[0];
type DatasetImport = Parameters<typeof api.importDataset>[0];

interface ExchangeState {
  exportOpen: boolean;
  exportPreset: ExportPreset | null;
  importOpen: boolean;
  /** Import annotations (W3C)… on the open document. */
  w3cOpen: boolean;
  setW3cOpen(open: boolean): void;
  /** The export or dataset import running from the open dialog (one at a time). */
  job: JobStatus | null;
  /** Annotators with a layer, for the dialog's choice of whose annotations to export. */
  layerOwners: LayerOwner[];
  loadLayerOwners(documentId: string): Promise<void>;
  /** The search results or the annotation panel call this with their current filter. */
  openExport(preset?: ExportPreset): void;
  closeExport(): void;
  openImport(): void;
  closeImport(): void;
  /** Desktop only: where to save, from the save dialog; null when the journalist cancelled. */
  chooseExportPath(suggestedName: string): Promise<string | null>;
  /**
   * Starts the export and follows it for the progress bar. Resolves with how it ended, or
   * null when it was not followed to its end (another job replaced it, or it never ran).
   */
  runExport(request: ExportRequest): Promise<JobStatus | null>;
  /** Desktop: how much of the chosen dataset file has been sent to be checked; null when none is being sent. */
  upload: UploadProgress | null;
  /** Reads and checks an Isnad .json export; writes nothing. A newer choice stops one still being sent. */
  stageDataset(file: File): Promise<DatasetPreview>;
  /** Stops sending (or checking) the chosen file; stageDataset then rejects with a `cancelled` error. */
  stopReading(): void;
  /** Imports a staged dataset, followed like an export. */
  runDatasetImport(request: DatasetImport): Promise<JobStatus | null>;
  /** Asks the running job to stop; it cleans up after itself. */
  cancelJob(): Promise<void>;
}

/** Export and import of datasets: which dialog is open, and the job it runs. */
export const useExchange = create<ExchangeState>((set, get) => {
  /** Numbers the jobs followed, so a job's late progress never shows over a newer one's. */
  let following = 0;
  /** Stops the dataset file being sent (desktop), when another is chosen or the dialog closes. */
  let reading: AbortController | null = null;
  const stopReading = () => {
    reading?.abort();
    reading = null;
    // The bar goes at once; the dialog hears how it ended when stageDataset answers.
    set({ upload: null });
  };

  const follow = async (started: JobStatus): Promise<JobStatus | null> => {
    const mine = ++following;
    set({ job: started });
    if (started.state !== 'running') return null;
    try {
      const last = await followJob(
        started.id,
        (status) => set({ job: status }),
        () => mine === following,
      );
      return mine === following && last.state !== 'running' ? last : null;
    } catch (err) {
      if (mine === following) set({ job: null });
      throw err;
    }
  };
  /** A dialog closing, or another one opening, lets go of the job it showed (the job itself goes on). */
  const letGo = () => {
    following++;
    return { job: null };
  };

  return {
    exportOpen: false,
    exportPreset: null,
    importOpen: false,
    w3cOpen: false,
    setW3cOpen: (open) => set({ w3cOpen: open }),
    job: null,
    upload: null,
    layerOwners: [],
    async loadLayerOwners(documentId) {
      try {
        const layers = await api.listLayers({ documentId });
        set({ layerOwners: layers.filter((l) => !l.curated).map((l) => ({ id: l.annotator.id, name: l.annotator.name, mine: l.mine })) });
      } catch {
        // The choice then offers mine, curated and all, which need no list.
        set({ layerOwners: [] });
      }
    },
    openExport(preset) {
      set({ ...(get().exportOpen ? {} : letGo()), exportOpen: true, exportPreset: preset ?? null, importOpen: false });
    },
    closeExport() {
      set({ ...letGo(), exportOpen: false, exportPreset: null });
    },
    openImport() {
      set({ ...(get().importOpen ? {} : letGo()), importOpen: true, exportOpen: false });
    },
    closeImport() {
      stopReading();
      set({ ...letGo(), importOpen: false, upload: null });
    },
    async chooseExportPath(suggestedName) {
      return (await api.chooseExportPath({ suggestedName })).path;
    },
    async runExport(request) {
      return follow(await api.startExport(request));
    },
    async stageDataset(file) {
      stopReading();
      // In the browser the file is uploaded as it is; the desktop app sends it over IPC a piece at a time.
      if (!isDesktop) return uploadDataset(file);
      const controller = new AbortController();
      reading = controller;
      try {
        return await sendDataset(file, api, {
          signal: controller.signal,
          onProgress: (progress) => {
            if (reading === controller) set({ upload: progress });
          },
        });
      } finally {
        if (reading === controller) {
          reading = null;
          set({ upload: null });
        }
      }
    },
    stopReading,
    async runDatasetImport(request) {
      return follow(await api.importDataset(request));
    },
    async cancelJob() {
      const job = get().job;
      if (job?.state === 'running')
        await api.cancelJob({ jobId: job.id }).catch((err: unknown) => reportError(translate('exchange.error.cancel'), err));
    },
  };
});
