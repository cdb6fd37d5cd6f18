import { useState } from 'react';
import type { NeedsUrl } from '../../../../shared/exchange/claimreview';
import { FactCheckerOrganization } from '../../../../shared/exchange/options';

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
  return { problem: `Fact-checking organisation ${issue?.path[0] === 'url' ? 'web address' : 'name'}: ${issue?.message ?? 'invalid'}` };
}

export function rememberOrganization(value: { name: string; url: string }): void {
  localStorage.setItem(ORGANIZATION_KEY, JSON.stringify(value));
}

export function OrganizationFields(props: { value: { name: string; url: string }; onChange(value: { name: string; url: string }): void }) {
  const { value, onChange } = props;
  return (
    <div className="organization-fields" role="group" aria-label="Fact-checking organisation">
      <label>
        Fact-checking organisation
        <input dir="auto" value={value.name} required maxLength={300} onChange={(e) => onChange({ ...value, name: e.target.value })} />
      </label>
      <label>
        Its web address <span className="hint">(optional)</span>
        <input
          dir="ltr"
          type="url"
          value={value.url}
          placeholder="https://"
          maxLength={2000}
          onChange={(e) => onChange({ ...value, url: e.target.value })}
        />
      </label>
      <p className="hint">Signs every review (ClaimReview’s author); remembered for the next export.</p>
    </div>
  );
}

/** Reviewed claims left out of a ClaimReview export: Isnad never makes up the published URL. */
export function NeedsUrlList({ items }: { items: NeedsUrl[] }) {
  const [open, setOpen] = useState(true);
  if (items.length === 0) return null;
  return (
    <details className="needs-url" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {items.length} reviewed {items.length === 1 ? 'claim needs' : 'claims need'} a URL and {items.length === 1 ? 'was' : 'were'} left
        out
      </summary>
      <p className="hint">
        Add the published fact-check’s address in the annotation’s card (Fact check → Published fact-check), then export again.
      </p>
      <ul aria-label="Needs a URL">
        {items.map((n) => (
          <li key={`${n.documentId}/${n.annotationId}`}>
            <bdi dir="auto">{n.text.length > 120 ? `${n.text.slice(0, 120)}…` : n.text}</bdi>{' '}
            <span className="hint">
              ({n.type}, {n.status}, in <bdi dir="auto">{n.documentTitle}</bdi>)
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
