import type { ReportFile } from '../../../shared/contract/search';
import { reportInfo } from '../app/notices';
import { downloadUrl } from './client';
import { translate } from '../ui/i18n/i18n.store';

/**
 * Hands a report to the user: a download in browser mode (through a link, since there is
 * no save dialog), a notice with the saved path in the desktop app (nothing if cancelled).
 */
export function deliverReport(file: ReportFile): void {
  if (file.downloadId) {
    const link = document.createElement('a');
    link.href = downloadUrl(file.downloadId);
    link.download = file.fileName;
    document.body.append(link);
    link.click();
    link.remove();
    reportInfo(translate('app.report.downloading', { file: file.fileName }), translate('app.report.rows', { count: file.rows }));
  } else if (file.savedTo) {
    reportInfo(translate('app.report.saved', { file: file.fileName }), file.savedTo);
  }
}
