import type { JobStatus } from '../../../shared/contract/app';
import { wait } from '../util/delay';
import { api } from './client';

const POLL_MS = 150;

/**
 * Follows a long job (import, export) until it ends, reporting each status for the progress
 * bar. Polls getJob, which works the same over IPC and HTTP. `live()` false stops following
 * (the dialog closed); the job itself goes on unless cancelled.
 */
export async function followJob(id: string, onProgress: (status: JobStatus) => void, live: () => boolean = () => true): Promise<JobStatus> {
  for (;;) {
    const status = await api.getJob({ jobId: id });
    if (!live()) return status;
    onProgress(status);
    if (status.state !== 'running') return status;
    await wait(POLL_MS);
  }
}
