import { useState } from 'react';
import type { NeedsUrl } from '../../../../shared/exchange/claimreview';
import { FactCheckerOrganization } from '../../../../shared/exchange/options';
import { T, UserText, useT } from '../../ui/i18n/I18n';
import { translate } from '../../ui/i18n/i18n.store';
import { TYPE_LABEL, VERDICT_LABEL } from '../../ui/labels';

/** Set once and remembered on this computer: the organisation that signs every ClaimReview. */
const ORGANIZATION_KEY = 'isnad.factCheckerOrganization';

export function savedOrganization(): { name: string; url: string } {
  try {
    const saved = FactCheckerOrganization.safeParse(JSON.parse(localStorage.getItem(ORGANIZATION_KEY) ?? 'null'));
    return saved.success ? saved.data : { name: '', url: '' };
  } catch {
    return { name: '', url: '' };
  }
}

/** The organisation as the export needs it, or the reason it cannot be used yet. */
export function organizationFor(value: { name: string; url: string }) {
  const parsed = FactCheckerOrganization.safeParse(value);
  if (parsed.success) return { organization: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    problem: translate(issue?.path[0] === 'url' ? 'exchange.organization.badUrl' : 'exchange.organization.badName'),
  };
}

export function rememberOrganization(value: { name: string; url: string }): void {
  localStorage.setItem(ORGANIZATION_KEY, JSON.stringify(value));
}

export function OrganizationFields(props: { value: { name: string; url: string }; onChange(value: { name: string; url: string }): void }) {
  const { value, onChange } = props;
  const t = useT();
  return (
    <div className="organization-fields" role="group" aria-label={t('exchange.organization.label')}>
      <label>
        {t('exchange.organization.label')}
        <input dir="auto" value={value.name} required maxLength={300} onChange={(e) => onChange({ ...value, name: e.target.value })} />
      </label>
      <label>
        {t('exchange.organization.url')} <span className="hint">{t('exchange.optional')}</span>
        <input
          dir="ltr"
          type="url"
          value={value.url}
          placeholder={t('exchange.organization.urlPlaceholder')}
          maxLength={2000}
          onChange={(e) => onChange({ ...value, url: e.target.value })}
        />
      </label>
      <p className="hint">{t('exchange.organization.hint')}</p>
    </div>
  );
}

/** Reviewed claims left out of a ClaimReview export: Isnad never makes up the published URL. */
export function NeedsUrlList({ items }: { items: NeedsUrl[] }) {
  const [open, setOpen] = useState(true);
  const t = useT();
  if (items.length === 0) return null;
  return (
    <details className="needs-url" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('exchange.needsUrl.summary', { count: items.length })}</summary>
      <p className="hint">{t('exchange.needsUrl.hint')}</p>
      <ul aria-label={t('exchange.needsUrl.label')}>
        {items.map((n) => (
          <li key={`${n.documentId}/${n.annotationId}`}>
            <bdi dir="auto" data-user-content="">
              {n.text.length > 120 ? `${n.text.slice(0, 120)}…` : n.text}
            </bdi>{' '}
            <span className="hint">
              <T
                id="exchange.needsUrl.item"
                values={{ type: t(TYPE_LABEL[n.type]), status: t(VERDICT_LABEL[n.status]), title: <UserText>{n.documentTitle}</UserText> }}
              />
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
