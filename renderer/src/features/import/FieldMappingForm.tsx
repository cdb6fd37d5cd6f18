import { type FormEvent, useState } from 'react';
import { FIELD_TARGETS, type FieldMapping, type FieldTarget } from '../../../../shared/import/mapping';
import type { NeedsMapping } from '../../../../shared/import/report';
import { useImporter } from './import.store';
import { plural } from '../../util/format';

const TARGET_LABEL: Record<FieldTarget, string> = {
  text: 'Article text (required)',
  title: 'Title',
  url: 'URL',
  date: 'Published date',
  outlet: 'Outlet',
  author: 'Author',
};

/** The mapping step: which field of the dataset holds the text, the title, the outlet… */
export function FieldMappingForm({ fileKey, needs, onCancel }: { fileKey: string; needs: NeedsMapping; onCancel: () => void }) {
  const remap = useImporter((s) => s.remap);
  const [mapping, setMapping] = useState<Partial<Record<FieldTarget, string>>>(needs.suggested);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!mapping.text) return;
    const chosen = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v)) as FieldMapping;
    void remap(fileKey, chosen);
  }

  return (
    <form className="field-mapping" onSubmit={submit} aria-label="Choose fields">
      <p>Which field holds what? {plural(needs.records, 'record')}; the first one is shown.</p>
      <table className="mapping-sample">
        <tbody>
          {needs.fields.map((f) => (
            <tr key={f}>
              <th scope="row" dir="auto">
                {f}
              </th>
              <td dir="auto">{needs.sample[f] ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mapping-targets">
        {FIELD_TARGETS.map((target) => (
          <label key={target}>
            {TARGET_LABEL[target]}
            <select
              value={mapping[target] ?? ''}
              required={target === 'text'}
              onChange={(e) => setMapping((m) => ({ ...m, [target]: e.target.value || undefined }))}
            >
              <option value="">{target === 'text' ? 'Choose a field…' : '(none)'}</option>
              {needs.fields.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="split-actions">
        <button type="submit" className="primary" disabled={!mapping.text}>
          Import with these fields
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
