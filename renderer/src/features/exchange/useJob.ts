import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../../../shared/contract/app';
import { api } from '../../api/client';
import { followJob } from '../../api/jobs';

/**
 * Follows a job started with `track(status)` until it ends, for a dialog's progress bar.
 * `cancel()` asks the job to stop; it cleans up after itself.
 */
export function useJob(onFinished: (status: JobStatus) => void) {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [followed, setFollowed] = useState<string | null>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    if (!followed) return;
    let live = true;
    followJob(followed, (next) => setStatus(next), () => live).then(
      (last) => live && last.state !== 'running' && finished.current(last),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [followed]);

  const track = useCallback((started: JobStatus) => {
    setError(null);
    setStatus(started);
    setFollowed(started.state === 'running' ? started.id : null);
  }, []);
  const cancel = useCallback(async () => {
    if (status?.state === 'running') await api.cancelJob({ jobId: status.id }).catch(setError);
  }, [status]);
  const reset = useCallback(() => {
    setStatus(null);
    setFollowed(null);
  }, []);

  return { status, running: status?.state === 'running', error, track, cancel, reset };
}
