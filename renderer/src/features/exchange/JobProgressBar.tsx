import type { JobStatus } from '../../../../shared/contract/app';
import { jobCurrentText } from '../../../../shared/error-text';
import { useTranslator } from '../../ui/i18n/I18n';

/** A labelled progress bar for a running job: "120 of 500 documents", and what it is on now. */
export function JobProgressBar({ status, label, unit }: { status: JobStatus; label: string; unit: 'documents' | 'steps' }) {
  const translator = useTranslator();
  const { t } = translator;
  const known = status.total > 0;
  return (
    <div className="job-progress">
      <progress aria-label={label} max={known ? status.total : undefined} value={known ? status.done : undefined} />
      <span className="job-progress-text">
        {known
          ? t(unit === 'steps' ? 'exchange.progress.steps' : 'exchange.progress.documents', { done: status.done, total: status.total })
          : t('exchange.progress.starting')}
        {status.currentId ? (
          // A step the job named by a message (a sync's): our words, in the reader's language.
          <>
            {' · '}
            <span className="job-progress-current">{jobCurrentText(translator, status)}</span>
          </>
        ) : (
          status.current && (
            <>
              {' · '}
              <bdi dir="auto" className="job-progress-current" data-user-content="">
                {status.current}
              </bdi>
            </>
          )
        )}
      </span>
    </div>
  );
}
