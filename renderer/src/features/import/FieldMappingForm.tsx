import { type FormEvent, useState } from 'react';
import { FIELD_TARGETS, type FieldMapping, type FieldTarget } from '../../../../shared/import/mapping';
import type { NeedsMapping } from '../../../../shared/import/report';
import { useImporter } from './import.store';
import type { MessageId } from '../../../../shared/i18n/catalogs';
import { useT } from '../../ui/i18n/I18n';

const TARGET_LABEL: Record<FieldTarget, MessageId> = {
  text: 'import.mapping.target.text',
  title: 'import.mapping.target.title',
  url: 'import.mapping.target.url',
  date: 'import.mapping.target.date',
  outlet: 'import.mapping.target.outlet',
  author: 'import.mapping.target.author',
};

/** The mapping step: which field of the dataset holds the text, the title, the outlet… */
export function FieldMappingForm({ fileKey, needs, onCancel }: { fileKey: string; needs: NeedsMapping; onCancel: () => void }) {
  const t = useT();
  const remap = useImporter((s) => s.remap);
  const [mapping, setMapping] = useState<Partial<Record<FieldTarget, string>>>(needs.suggested);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!mapping.text) return;
    const chosen = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v)) as FieldMapping;
    void remap(fileKey, chosen);
  }

  return (
    <form className="field-mapping" onSubmit={submit} aria-label={t('import.mapping.label')}>
      <p>{t('import.mapping.lead', { count: needs.records })}</p>
      <table className="mapping-sample" data-user-content="">
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
            {t(TARGET_LABEL[target])}
            <select
              value={mapping[target] ?? ''}
              required={target === 'text'}
              onChange={(e) => setMapping((m) => ({ ...m, [target]: e.target.value || undefined }))}
            >
              <option value="">{t(target === 'text' ? 'import.mapping.choose' : 'import.mapping.none')}</option>
              {needs.fields.map((f) => (
                <option key={f} value={f} data-user-content="">
                  {f}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="split-actions">
        <button type="submit" className="primary" disabled={!mapping.text}>
          {t('import.mapping.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('import.mapping.cancel')}
        </button>
      </div>
    </form>
  );
}
