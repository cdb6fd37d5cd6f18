import type { JobStatus } from '../../../../shared/contract/app';

/** A labelled progress bar for a running job: "120 of 500 documents", and what it is on now. */
export function JobProgressBar({ status, label, unit }: { status: JobStatus; label: string; unit: string }) {
  const known = status.total > 0;
  return (
    <div className="job-progress">
      <progress aria-label={label} max={known ? status.total : undefined} value={known ? status.done : undefined} />
      <span className="job-progress-text">
        {known ? `${status.done.toLocaleString()} of ${status.total.toLocaleString()} ${unit}` : 'Starting…'}
        {status.current && (
          <>
            {' · '}
            <bdi dir="auto" className="job-progress-current">
              {status.current}
            </bdi>
          </>
        )}
      </span>
    </div>
  );
}
