import type { SessionSummary } from '../../../../shared/contract/sessions';
import { useFactCheck } from './factcheck.store';
import { useT } from '../../ui/i18n/I18n';

/** The report of a session, in each format it comes in. */
export function ReportButtons({ id }: { id: string }) {
  const exportReport = useFactCheck((s) => s.exportReport);
  const t = useT();
  return (
    <span className="report-buttons" role="group" aria-label={t('factcheck.report.label')}>
      <button type="button" onClick={() => void exportReport(id, 'csv')}>
        {t('factcheck.report.csv')}
      </button>
      <button type="button" onClick={() => void exportReport(id, 'json')}>
        {t('factcheck.report.json')}
      </button>
      <button type="button" onClick={() => void exportReport(id, 'html')}>
        {t('factcheck.report.html')}
      </button>
    </span>
  );
}

export function ProgressBar({ progress }: { progress: SessionSummary['progress'] }) {
  const t = useT();
  return (
    <span className="session-progress">
      <progress value={progress.checked} max={progress.total} aria-label={t('factcheck.progress.label')} />
      <span>
        {t('factcheck.progress.checked', { checked: progress.checked, total: progress.total })}
        {progress.missing > 0 ? ` · ${t('factcheck.progress.deleted', { count: progress.missing })}` : ''}
      </span>
    </span>
  );
}
