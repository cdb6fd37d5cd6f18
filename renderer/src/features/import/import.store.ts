import { create } from 'zustand';
import type { ErrorValues } from '../../../../shared/errors';
import { translate } from '../../ui/i18n/i18n.store';
import { isolate } from '../../../../shared/i18n/translate';
import type { ImportSettings } from '../../../../shared/contract/import';
import type { FieldMapping } from '../../../../shared/import/mapping';
import { type DocumentRef, type FileOutcome, type ImportReport, totalsOf } from '../../../../shared/import/report';
import { api } from '../../api/client';
import { followJob } from '../../api/jobs';
import { useNavigation } from '../../app/navigation';
import { describeError, describeJobError, reportError } from '../../app/notices';
import { useLibrary } from '../library/library.store';
import { type PickedFile, base64Of } from './files';
import { replaceOutcome, sendsBytes, startsNewBatch } from './import.logic';

export type ImportPhase = 'closed' | 'pick' | 'upload' | 'import' | 'report';

export interface ImportProgress {
  done: number;
  total: number;
  current: string;
  /** The step the job named by a message ("page 3 of 12" of a PDF), shown in the reader's language. */
  currentId?: string;
  currentValues?: ErrorValues;
}

interface ImporterState {
  phase: ImportPhase;
  progress: ImportProgress;
  report: ImportReport | null;
  error: string | null;
  /** Documents split from an offer in the report, by the id of the document they replaced. */
  splits: Record<string, DocumentRef[]>;
  /** Offers in the report the user declined ("keep as one"). */
  keptWhole: Record<string, true>;
  open(): void;
  close(): void;
  start(files: PickedFile[], mapping?: Record<string, FieldMapping>, ocrKeys?: readonly string[]): Promise<void>;
  cancel(): Promise<void>;
  /** Pasted text goes through the import pipeline: boilerplate, outlet, duplicates, split offer. */
  pasteText(title: string, text: string): Promise<boolean>;
  showOutcome(outcome: FileOutcome): void;
  recordSplit(documentId: string, pieces: DocumentRef[]): void;
  recordKeptWhole(documentId: string): void;
  remap(fileKey: string, mapping: FieldMapping): Promise<void>;
  /** Imports a scanned PDF of the report again, read with OCR; its row in the report is replaced. */
  readWithOcr(fileKey: string): Promise<void>;
}

type UploadEntry = Parameters<typeof api.stageImportFiles>[0]['files'][number];

/** Import…, drops and paste: files go up in batches, the import runs as a job, the report follows. */
export const useImporter = create<ImporterState>((set, get) => {
  /** Files of the current batch, kept so a dataset can be re-imported with a field mapping. */
  const picked = new Map<string, PickedFile>();
  let settings: ImportSettings | null = null;
  let cancelled = false;
  let jobId: string | null = null;

  const importSettings = async (): Promise<ImportSettings> => {
    settings ??= await api.getImportSettings({});
    return settings;
  };

  /** Uploads the files in batches; files the server would refuse anyway travel without their bytes. */
  const upload = async (
    files: PickedFile[],
    mapping: Record<string, FieldMapping>,
    ocrKeys: readonly string[],
    onProgress: (done: number) => void,
  ): Promise<string | null> => {
    const limits = await importSettings();
    let stagingId: string | undefined;
    let batch: UploadEntry[] = [];
    let batchBytes = 0;
    const send = async () => {
      if (batch.length === 0) return;
      const staged = await api.stageImportFiles({ files: batch, ...(stagingId ? { stagingId } : {}) });
      stagingId = staged.stagingId;
      batch = [];
      batchBytes = 0;
    };
    for (let i = 0; i < files.length; i++) {
      if (cancelled) return null;
      const f = files[i] as PickedFile;
      const entry: UploadEntry = {
        key: f.key,
        name: f.name,
        size: f.file?.size ?? 0,
        ...(mapping[f.key] ? { mapping: mapping[f.key] } : {}),
        ...(ocrKeys.includes(f.key) ? { ocr: true } : {}),
      };
      if (!f.file) entry.readError = f.readError ?? translate('import.error.unreadable');
      else if (sendsBytes(f.name, f.file.size, limits)) {
        try {
          entry.data = await base64Of(f.file);
        } catch (err) {
          entry.readError = describeError(err);
        }
      }
      if (startsNewBatch({ files: batch.length, bytes: batchBytes }, entry.size)) await send();
      batch.push(entry);
      batchBytes += entry.data ? entry.size : 0;
      onProgress(i + 1);
    }
    await send();
    return stagingId ?? null;
  };

  return {
    phase: 'closed',
    progress: { done: 0, total: 0, current: '' },
    report: null,
    error: null,
    splits: {},
    keptWhole: {},
    open() {
      if (get().phase === 'closed') set({ phase: 'pick', error: null });
    },
    close() {
      if (get().phase === 'upload' || get().phase === 'import') return;
      picked.clear();
      set({ phase: 'closed', report: null, error: null, splits: {}, keptWhole: {} });
    },
    async start(files, mapping = {}, ocrKeys = []) {
      const { phase } = get();
      if (phase === 'upload' || phase === 'import') {
        reportError(translate('import.error.running'), translate('import.error.runningDetail'));
        return;
      }
      if (files.length === 0) {
        set({ phase: 'pick', error: translate('import.error.emptyFolder') });
        return;
      }
      // A file imported again (with fields chosen, or with OCR) replaces its own row in the report.
      const remapping = Object.keys(mapping).length > 0 || ocrKeys.length > 0;
      if (!remapping) {
        picked.clear();
        set({ report: null, splits: {}, keptWhole: {} });
      }
      for (const f of files) picked.set(f.key, f);
      cancelled = false;
      set({ phase: 'upload', error: null, progress: { done: 0, total: files.length, current: '' } });
      try {
        const stagingId = await upload(files, mapping, ocrKeys, (done) =>
          set({ progress: { done, total: files.length, current: files[done - 1]?.name ?? '' } }),
        );
        if (!stagingId) {
          set({ phase: get().report ? 'report' : 'pick', error: translate('import.error.cancelledEarly') });
          return;
        }
        const job = await api.startImport({ stagingId });
        jobId = job.id;
        set({ phase: 'import', progress: { done: 0, total: files.length, current: '' } });
        const status = await followJob(job.id, (s) =>
          set({
            progress: {
              done: s.done,
              total: s.total || files.length,
              current: s.current,
              ...(s.currentId ? { currentId: s.currentId, ...(s.currentValues ? { currentValues: s.currentValues } : {}) } : {}),
            },
          }),
        );
        jobId = null;
        if (status.state === 'failed') throw new Error(describeJobError(status) ?? translate('import.error.failed'));
        const result = status.result as ImportReport;
        const previous = get().report;
        const report = remapping && previous ? result.files.reduce(replaceOutcome, previous) : result;
        set({ phase: 'report', report: { ...report, cancelled: result.cancelled } });
        void useLibrary.getState().refresh();
      } catch (err) {
        jobId = null;
        set({ phase: get().report ? 'report' : 'pick', error: describeError(err) });
        void useLibrary.getState().refresh();
      }
    },
    async cancel() {
      cancelled = true;
      if (jobId) await api.cancelJob({ jobId }).catch((err: unknown) => reportError(translate('import.error.cancel'), err));
    },
    async pasteText(title, text) {
      try {
        const outcome = await api.importText({ title, text });
        const doc = outcome.documents[0];
        if (!doc) {
          const of = outcome.duplicates[0]?.of;
          reportError(
            translate('import.error.add'),
            of ? translate('import.error.duplicate', { title: isolate(of.title) }) : (outcome.reason ?? translate('import.error.nothing')),
          );
          return false;
        }
        await useLibrary.getState().refresh();
        useNavigation.getState().openDocument(doc.id);
        // Several articles, or a near-duplicate: show the report so the user can act on it.
        if (doc.split || doc.nearDuplicateOf || doc.sameUrlAs) get().showOutcome(outcome);
        return true;
      } catch (err) {
        reportError(translate('import.error.add'), err);
        return false;
      }
    },
    showOutcome(outcome) {
      picked.clear();
      set({
        phase: 'report',
        report: { files: [outcome], totals: totalsOf([outcome]), cancelled: false },
        splits: {},
        keptWhole: {},
        error: null,
      });
    },
    recordSplit(documentId, pieces) {
      set((s) => ({ splits: { ...s.splits, [documentId]: pieces } }));
    },
    recordKeptWhole(documentId) {
      set((s) => ({ keptWhole: { ...s.keptWhole, [documentId]: true } }));
    },
    async remap(fileKey, mapping) {
      const file = picked.get(fileKey);
      if (!file) {
        reportError(translate('import.error.remap'), translate('import.error.remapDetail'));
        return;
      }
      await get().start([file], { [fileKey]: mapping });
    },
    async readWithOcr(fileKey) {
      const file = picked.get(fileKey);
      if (!file) {
        reportError(translate('import.error.ocr'), translate('import.error.ocrDetail'));
        return;
      }
      await get().start([file], {}, [fileKey]);
    },
  };
});
