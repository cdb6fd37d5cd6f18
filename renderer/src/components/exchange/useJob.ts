import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../../../shared/contract/app';
import { api } from '../../api/client';

const POLL_MS = 150;

/**
 * Follows a job started with `track(status)` until it ends, polling getJob (the same over
 * IPC and HTTP). `cancel()` asks the job to stop; it cleans up after itself.
 */
export function useJob(onFinished: (status: JobStatus) => void) {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    if (!status || status.state !== 'running') return;
    let live = true;
    const timer = setTimeout(() => {
      api.getJob({ jobId: status.id }).then(
        (next) => {
          if (!live) return;
          setStatus(next);
          if (next.state !== 'running') finished.current(next);
        },
        (err: unknown) => live && setError(err),
      );
    }, POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [status]);

  const track = useCallback((started: JobStatus) => {
    setError(null);
    setStatus(started);
  }, []);
  const cancel = useCallback(async () => {
    if (status?.state === 'running') await api.cancelJob({ jobId: status.id }).catch(setError);
  }, [status]);
  const reset = useCallback(() => setStatus(null), []);

  return { status, running: status?.state === 'running', error, track, cancel, reset };
}
