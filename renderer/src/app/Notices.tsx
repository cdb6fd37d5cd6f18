import { useNotices } from './notices';
import { useT } from '../ui/i18n/I18n';

export function Notices() {
  const t = useT();
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <strong>{n.title}</strong>
          {n.detail && (
            <span dir="auto" className="notice-detail" data-user-content={n.detailIsUserText ? '' : undefined}>
              {n.detail}
            </span>
          )}
          {n.action && (
            <button
              type="button"
              className="notice-action"
              onClick={() => {
                dismiss(n.id);
                n.action?.run();
              }}
            >
              {n.action.label}
            </button>
          )}
          <button type="button" aria-label={t('app.notice.dismiss')} onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
