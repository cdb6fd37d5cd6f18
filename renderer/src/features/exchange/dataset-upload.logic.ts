import type { DatasetPreview } from '../../../../shared/contract/exchange';
import { DATASET_CHUNK_BYTES } from '../../../../shared/contract/exchange';
import { codedError } from '../../../../shared/error-text';

/** The desktop operations a dataset upload takes (the api client's, in the app). */
export interface DatasetUploadCalls {
  beginDatasetUpload(input: { fileName: string; size: number }): Promise<{ uploadId: string }>;
  appendDatasetUpload(input: { uploadId: string; offset: number; chunk: Uint8Array }): Promise<{ received: number }>;
  finishDatasetUpload(input: { uploadId: string }): Promise<DatasetPreview>;
  cancelDatasetUpload(input: { uploadId: string }): Promise<{ cancelled: boolean }>;
}

/** The file as the dialog has it: a File, or any Blob with a name. */
export interface NamedBlob {
  readonly name: string;
  readonly size: number;
  slice(start: number, end: number): Blob;
}

export interface UploadProgress {
  /** Bytes sent so far. */
  sent: number;
  total: number;
}

/**
 * Desktop Import dataset…: sends the chosen file to the main process a piece at a time
 * (each read with `slice` when its turn comes, so the renderer holds one piece, never the
 * file), then asks main to check it. A stop (`signal`) tells main at once to drop what it
 * has, whether a piece is on its way or main is checking the file; no piece is sent after
 * it, and the promise rejects with a `cancelled` error. A failure on main's side (too large,
 * a piece refused) rejects with main's error, and main has already let go of the upload.
 */
export async function sendDataset(
  file: NamedBlob,
  calls: DatasetUploadCalls,
  options: { signal?: AbortSignal; chunkBytes?: number; onProgress?: (progress: UploadProgress) => void } = {},
): Promise<DatasetPreview> {
  const { signal, chunkBytes = DATASET_CHUNK_BYTES, onProgress } = options;
  const stopped = () => codedError('cancelled', 'errors.dataset.uploadCancelled', { file: file.name });
  if (signal?.aborted) throw stopped();
  const { uploadId } = await calls.beginDatasetUpload({ fileName: file.name, size: file.size });
  const stop = () => void calls.cancelDatasetUpload({ uploadId }).catch(() => {});
  if (signal?.aborted) {
    stop();
    throw stopped();
  }
  signal?.addEventListener('abort', stop, { once: true });
  /** A call that failed because of the stop reports the stop, not main's "no such upload". */
  const unlessStopped = (err: unknown) => {
    throw signal?.aborted ? stopped() : err;
  };
  try {
    onProgress?.({ sent: 0, total: file.size });
    for (let offset = 0; offset < file.size; offset += chunkBytes) {
      if (signal?.aborted) throw stopped();
      const chunk = new Uint8Array(await file.slice(offset, Math.min(offset + chunkBytes, file.size)).arrayBuffer());
      if (signal?.aborted) throw stopped();
      const { received } = await calls.appendDatasetUpload({ uploadId, offset, chunk }).catch(unlessStopped);
      onProgress?.({ sent: received, total: file.size });
    }
    if (signal?.aborted) throw stopped();
    // Main now reads the whole file through: the longest wait for a large one.
    return await calls.finishDatasetUpload({ uploadId }).catch(unlessStopped);
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
