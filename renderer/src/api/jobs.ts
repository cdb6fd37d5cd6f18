import type { JobStatus } from '../../../shared/contract/app';
import { api, whenListening } from './client';

/**
 * Follows a long job (import, export) until it ends, reporting each status for the progress
 * bar. Statuses come as `jobProgress` events; `getJob` reads the status once the events are
 * flowing (the job may have moved, or ended, before we listened) and again after a break in
 * the event stream. `live()` false stops following (the dialog closed); the job itself goes
 * on unless cancelled.
 */
export function followJob(id: string, onProgress: (status: JobStatus) => void, live: () => boolean = () => true): Promise<JobStatus> {
  return new Promise((resolve, reject) => {
    let finished = false;
    const stopAll = () => {
      finished = true;
      stopEvents();
      connection.stop();
    };
    const seen = (status: JobStatus) => {
      if (finished) return;
      if (!live()) {
        stopAll();
        resolve(status);
        return;
      }
      onProgress(status);
      if (status.state !== 'running') {
        stopAll();
        resolve(status);
      }
    };
    const read = () => {
      api.getJob({ jobId: id }).then(seen, (err: unknown) => {
        if (finished) return;
        stopAll();
        reject(err);
      });
    };
    const stopEvents = api.on('jobProgress', (status) => {
      if (status.id === id) seen(status);
    });
    const connection = whenListening(read);
    void connection.ready.then(() => {
      if (!finished) read();
    });
  });
}
