import { create } from 'zustand';
import type { JobStatus } from '../../../../shared/contract/app';
import type { ImportSettings } from '../../../../shared/contract/import';
import type { FieldMapping } from '../../../../shared/import/mapping';
import { type DocumentRef, type FileOutcome, type ImportReport, totalsOf } from '../../../../shared/import/report';
import { IsnadError } from '../../../../shared/errors';
import { api } from '../../api/client';
import { followJob } from '../../api/jobs';
import { forgetDocument, loadDocument, storedRevision, useSession } from '../document/document.store';
import { type PickedFile, base64Of, extensionOf } from './files';
import { rememberKeptWhole } from '../document/kept-whole';
import { useLibrary } from '../library/library.store';
import { describeError, reportError, reportInfo } from '../../app/notices';

export type ImportPhase = 'closed' | 'pick' | 'upload' | 'import' | 'report';

export interface ImportProgress {
  done: number;
  total: number;
  current: string;
}

/** Raw bytes per upload request: well under the host's 100 MB body limit once in base64. */
const UPLOAD_BATCH_BYTES = 16 * 1024 * 1024;
const UPLOAD_BATCH_FILES = 500;

interface ImporterState {
  phase: ImportPhase;
  progress: ImportProgress;
  report: ImportReport | null;
  error: string | null;
  /** Documents split from an offer, by the id of the document they replaced. */
  splits: Record<string, DocumentRef[]>;
  /** Offers the user declined ("keep as one"). */
  keptWhole: Record<string, true>;
  open(): void;
  close(): void;
  start(files: PickedFile[], mapping?: Record<string, FieldMapping>): Promise<void>;
  cancel(): Promise<void>;
  showOutcome(outcome: FileOutcome): void;
  /** The pieces, or null when the split failed (the error is reported). */
  split(documentId: string, at: number[]): Promise<DocumentRef[] | null>;
  keepWhole(documentId: string): void;
  remap(fileKey: string, mapping: FieldMapping): Promise<void>;
}

/** Files of the current batch, kept so a dataset can be re-imported with a field mapping. */
const picked = new Map<string, PickedFile>();
let settings: ImportSettings | null = null;
let cancelled = false;
let jobId: string | null = null;

async function importSettings(): Promise<ImportSettings> {
  settings ??= await api.getImportSettings({});
  return settings;
}

/** Uploads the files in batches; files the server would refuse anyway travel without their bytes. */
async function upload(files: PickedFile[], mapping: Record<string, FieldMapping>, onProgress: (done: number) => void): Promise<string | null> {
  const { maxFileBytes, extensions } = await importSettings();
  let stagingId: string | undefined;
  let batch: Parameters<typeof api.stageImportFiles>[0]['files'] = [];
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
    const entry: (typeof batch)[number] = { key: f.key, name: f.name, size: f.file?.size ?? 0, ...(mapping[f.key] ? { mapping: mapping[f.key] } : {}) };
    if (!f.file) entry.readError = f.readError ?? 'the browser could not read it';
    else if (f.file.size <= maxFileBytes && extensions.includes(extensionOf(f.name)) && !f.name.split('/').some((p) => p.startsWith('.'))) {
      try {
        entry.data = await base64Of(f.file);
      } catch (err) {
        entry.readError = describeError(err);
      }
    }
    if (batch.length > 0 && (batchBytes + entry.size > UPLOAD_BATCH_BYTES || batch.length >= UPLOAD_BATCH_FILES)) await send();
    batch.push(entry);
    batchBytes += entry.data ? entry.size : 0;
    onProgress(i + 1);
  }
  await send();
  return stagingId ?? null;
}

function replaceOutcome(report: ImportReport, outcome: FileOutcome): ImportReport {
  const files = report.files.map((f) => (f.fileKey !== undefined && f.fileKey === outcome.fileKey ? outcome : f));
  return { ...report, files, totals: totalsOf(files) };
}

export const useImporter = create<ImporterState>((set, get) => ({
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
  async start(files, mapping = {}) {
    const { phase } = get();
    if (phase === 'upload' || phase === 'import') {
      reportError('An import is already running', 'Wait for it to finish or cancel it first.');
      return;
    }
    if (files.length === 0) {
      set({ phase: 'pick', error: 'The folder holds no files.' });
      return;
    }
    const remapping = Object.keys(mapping).length > 0;
    if (!remapping) {
      picked.clear();
      set({ report: null, splits: {}, keptWhole: {} });
    }
    for (const f of files) picked.set(f.key, f);
    cancelled = false;
    set({ phase: 'upload', error: null, progress: { done: 0, total: files.length, current: '' } });
    try {
      const stagingId = await upload(files, mapping, (done) =>
        set({ progress: { done, total: files.length, current: files[done - 1]?.name ?? '' } }),
      );
      if (!stagingId) {
        set({ phase: get().report ? 'report' : 'pick', error: 'The import was cancelled before any file was imported.' });
        return;
      }
      const job = await api.startImport({ stagingId });
      jobId = job.id;
      set({ phase: 'import', progress: { done: 0, total: files.length, current: '' } });
      const status = await followJob(job.id, (s) => set({ progress: { done: s.done, total: s.total || files.length, current: s.current } }));
      jobId = null;
      if (status.state === 'failed') throw new Error(status.error ?? 'the import failed');
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
    if (jobId) await api.cancelJob({ jobId }).catch((err: unknown) => reportError('Could not cancel the import', err));
  },
  showOutcome(outcome) {
    picked.clear();
    set({ phase: 'report', report: { files: [outcome], totals: totalsOf([outcome]), cancelled: false }, splits: {}, keptWhole: {}, error: null });
  },
  async split(documentId, at) {
    try {
      // Annotation edits still being saved must be in the pieces, and a document changed
      // elsewhere since this screen last saw it must not be split unseen.
      const expectedRevision = (await storedRevision(documentId)) ?? useLibrary.getState().documents.find((d) => d.id === documentId)?.revision;
      const { documents } = await api.splitDocument({ id: documentId, at, ...(expectedRevision === undefined ? {} : { expectedRevision }) });
      forgetDocument(documentId);
      const pieces = documents.map((d) => ({ id: d.id, title: d.title }));
      set((s) => ({ splits: { ...s.splits, [documentId]: pieces } }));
      await useLibrary.getState().refresh();
      reportInfo(`Split into ${documents.length} documents`, documents.map((d) => d.title).join(' · '));
      return pieces;
    } catch (err) {
      if (err instanceof IsnadError && err.code === 'conflict') {
        reportError(
          'Could not split the document: it changed meanwhile',
          'It was changed in another view or window since this screen last showed it. Nothing was split and nothing was lost; it now shows as stored. Look it over, then split again.',
        );
        forgetDocument(documentId);
        void useLibrary.getState().refresh();
        if (useSession.getState().documentId === documentId) void loadDocument(documentId, { keepSelection: true });
      } else {
        reportError('Could not split the document', err);
      }
      return null;
    }
  },
  keepWhole(documentId) {
    rememberKeptWhole(documentId);
    set((s) => ({ keptWhole: { ...s.keptWhole, [documentId]: true } }));
  },
  async remap(fileKey, mapping) {
    const file = picked.get(fileKey);
    if (!file) {
      reportError('Could not re-import the file', 'Choose the file again to import it with these fields.');
      return;
    }
    await get().start([file], { [fileKey]: mapping });
  },
}));
