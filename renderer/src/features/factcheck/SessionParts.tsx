import type { SessionSummary } from '../../../../shared/contract/sessions';
import { useFactCheck } from './factcheck.store';

/** The report of a session, in each format it comes in. */
export function ReportButtons({ id }: { id: string }) {
  const exportReport = useFactCheck((s) => s.exportReport);
  return (
    <span className="report-buttons" role="group" aria-label="Export report">
      <button type="button" onClick={() => void exportReport(id, 'csv')}>
        Report CSV
      </button>
      <button type="button" onClick={() => void exportReport(id, 'json')}>
        JSON
      </button>
      <button type="button" onClick={() => void exportReport(id, 'html')}>
        Printable page
      </button>
    </span>
  );
}

export function ProgressBar({ progress }: { progress: SessionSummary['progress'] }) {
  return (
    <span className="session-progress">
      <progress value={progress.checked} max={progress.total} aria-label="Checked claims" />
      <span>
        {progress.checked} / {progress.total} checked
        {progress.missing > 0 ? ` · ${progress.missing} deleted` : ''}
      </span>
    </span>
  );
}
