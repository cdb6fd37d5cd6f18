import { useEffect } from 'react';
import { ANNOTATION_TYPES, VERDICT_STATUSES } from '../../../../shared/domain/annotation';
import { DATE_FIELDS } from '../../../../shared/search/filter';
import { IsoDateInput } from '../../ui/IsoDateInput';
import { TYPE_PLURAL, VERDICT_LABEL } from '../../ui/labels';
import { useLibrary } from '../library/library.store';
import { EMPTY_FILTER, type FilterState, toggle } from './factcheck.logic';
import { useFactCheck } from './factcheck.store';
import { useT } from '../../ui/i18n/I18n';
import type { MessageId } from '../../../../shared/i18n/catalogs';

const DATE_FIELD_LABEL: Record<(typeof DATE_FIELDS)[number], MessageId> = {
  published: 'factcheck.filter.datePublished',
  annotated: 'factcheck.filter.dateAnnotated',
  checked: 'factcheck.filter.dateChecked',
};

/** Filters shared by the annotations table and the "start a session" form. */
export function FilterBar({ filter, onChange, idPrefix }: { filter: FilterState; onChange: (f: FilterState) => void; idPrefix: string }) {
  const documents = useLibrary((s) => s.documents);
  const speakers = useFactCheck((s) => s.speakerNames);
  const loadSpeakerNames = useFactCheck((s) => s.loadSpeakerNames);
  useEffect(() => void loadSpeakerNames(), [loadSpeakerNames]);
  const outlets = [...new Set(documents.map((d) => d.source.outlet).filter(Boolean))].sort();
  const update = (patch: Partial<FilterState>) => onChange({ ...filter, ...patch });
  const t = useT();
  return (
    <div className="filter-bar" role="group" aria-label={t('factcheck.filter.label')}>
      <fieldset className="chips" aria-label={t('factcheck.filter.type')}>
        <legend>{t('factcheck.filter.type')}</legend>
        {ANNOTATION_TYPES.map((type) => (
          <button
            key={type}
            type="button"
            className="chip"
            aria-pressed={filter.types.includes(type)}
            onClick={() => update({ types: toggle(filter.types, type) })}
          >
            {t(TYPE_PLURAL[type])}
          </button>
        ))}
      </fieldset>
      <fieldset className="chips" aria-label={t('factcheck.filter.verdict')}>
        <legend>{t('factcheck.filter.verdict')}</legend>
        {VERDICT_STATUSES.map((v) => (
          <button
            key={v}
            type="button"
            className={`chip verdict-chip verdict-${v}`}
            aria-pressed={filter.verdicts.includes(v)}
            onClick={() => update({ verdicts: toggle(filter.verdicts, v) })}
          >
            {t(VERDICT_LABEL[v])}
          </button>
        ))}
      </fieldset>
      <label className="field">
        {t('factcheck.filter.speaker')}
        <input
          dir="auto"
          list={`${idPrefix}-speakers`}
          placeholder={t('factcheck.filter.speakerPlaceholder')}
          value={filter.speaker}
          onChange={(e) => update({ speaker: e.target.value })}
        />
        <datalist id={`${idPrefix}-speakers`}>
          {speakers
            .flatMap((s) => [s.name, ...s.aliases, ...(s.role ? [s.role] : [])])
            .map((n) => (
              <option key={n} value={n} />
            ))}
        </datalist>
      </label>
      <label className="field">
        {t('factcheck.filter.document')}
        <select
          value={filter.documentIds.length === 1 ? filter.documentIds[0] : filter.documentIds.length > 1 ? '*several' : ''}
          onChange={(e) => update({ documentIds: e.target.value && e.target.value !== '*several' ? [e.target.value] : [] })}
        >
          <option value="">{t('factcheck.filter.allDocuments')}</option>
          {filter.documentIds.length > 1 && (
            <option value="*several">{t('document.count.document', { count: filter.documentIds.length })}</option>
          )}
          {documents.map((d) => (
            <option key={d.id} value={d.id} data-user-content="">
              {d.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('factcheck.filter.outlet')}
        <input dir="auto" list={`${idPrefix}-outlets`} value={filter.outlet} onChange={(e) => update({ outlet: e.target.value })} />
        <datalist id={`${idPrefix}-outlets`}>
          {outlets.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </label>
      <div className="field dates">
        <label>
          {t('factcheck.filter.date')}
          <select value={filter.dateField} onChange={(e) => update({ dateField: e.target.value as FilterState['dateField'] })}>
            {DATE_FIELDS.map((f) => (
              <option key={f} value={f}>
                {t(DATE_FIELD_LABEL[f])}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="sr-only">{t('factcheck.filter.from')}</span>
          <IsoDateInput
            label={t('factcheck.filter.fromDate')}
            placeholder={t('document.header.publishedPlaceholder')}
            value={filter.from}
            onChange={(from) => update({ from })}
          />
        </label>
        <span aria-hidden="true">–</span>
        <label>
          <span className="sr-only">{t('factcheck.filter.to')}</span>
          <IsoDateInput
            label={t('factcheck.filter.toDate')}
            placeholder={t('document.header.publishedPlaceholder')}
            value={filter.to}
            onChange={(to) => update({ to })}
          />
        </label>
      </div>
      <label className="field">
        {t('factcheck.filter.mentioning')}
        <input
          dir="auto"
          placeholder={t('factcheck.filter.mentioningPlaceholder')}
          value={filter.text}
          onChange={(e) => update({ text: e.target.value })}
        />
      </label>
      <button type="button" className="link-button" onClick={() => onChange(EMPTY_FILTER)}>
        {t('factcheck.filter.clear')}
      </button>
    </div>
  );
}
