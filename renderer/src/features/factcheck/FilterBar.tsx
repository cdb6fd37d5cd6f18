import { useEffect } from 'react';
import { ANNOTATION_TYPES, VERDICT_STATUSES } from '../../../../shared/domain/annotation';
import { DATE_FIELDS } from '../../../../shared/search/filter';
import { IsoDateInput } from '../../ui/IsoDateInput';
import { TYPE_PLURAL, VERDICT_LABEL } from '../../ui/labels';
import { useLibrary } from '../library/library.store';
import { EMPTY_FILTER, type FilterState, toggle } from './factcheck.logic';
import { useFactCheck } from './factcheck.store';

/** Filters shared by the annotations table and the "start a session" form. */
export function FilterBar({ filter, onChange, idPrefix }: { filter: FilterState; onChange: (f: FilterState) => void; idPrefix: string }) {
  const documents = useLibrary((s) => s.documents);
  const speakers = useFactCheck((s) => s.speakerNames);
  const loadSpeakerNames = useFactCheck((s) => s.loadSpeakerNames);
  useEffect(() => void loadSpeakerNames(), [loadSpeakerNames]);
  const outlets = [...new Set(documents.map((d) => d.source.outlet).filter(Boolean))].sort();
  const update = (patch: Partial<FilterState>) => onChange({ ...filter, ...patch });
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <fieldset className="chips" aria-label="Type">
        <legend>Type</legend>
        {ANNOTATION_TYPES.map((t) => (
          <button
            key={t}
            type="button"
            className="chip"
            aria-pressed={filter.types.includes(t)}
            onClick={() => update({ types: toggle(filter.types, t) })}
          >
            {TYPE_PLURAL[t]}
          </button>
        ))}
      </fieldset>
      <fieldset className="chips" aria-label="Verdict">
        <legend>Verdict</legend>
        {VERDICT_STATUSES.map((v) => (
          <button
            key={v}
            type="button"
            className={`chip verdict-chip verdict-${v}`}
            aria-pressed={filter.verdicts.includes(v)}
            onClick={() => update({ verdicts: toggle(filter.verdicts, v) })}
          >
            {VERDICT_LABEL[v]}
          </button>
        ))}
      </fieldset>
      <label className="field">
        Speaker
        <input
          dir="auto"
          list={`${idPrefix}-speakers`}
          placeholder="name, alias or role"
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
        Document
        <select
          value={filter.documentIds.length === 1 ? filter.documentIds[0] : filter.documentIds.length > 1 ? '*several' : ''}
          onChange={(e) => update({ documentIds: e.target.value && e.target.value !== '*several' ? [e.target.value] : [] })}
        >
          <option value="">All documents</option>
          {filter.documentIds.length > 1 && <option value="*several">{filter.documentIds.length} documents</option>}
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Outlet
        <input dir="auto" list={`${idPrefix}-outlets`} value={filter.outlet} onChange={(e) => update({ outlet: e.target.value })} />
        <datalist id={`${idPrefix}-outlets`}>
          {outlets.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </label>
      <div className="field dates">
        <label>
          Date
          <select value={filter.dateField} onChange={(e) => update({ dateField: e.target.value as FilterState['dateField'] })}>
            {DATE_FIELDS.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="sr-only">From</span>
          <IsoDateInput label="From date" value={filter.from} onChange={(from) => update({ from })} />
        </label>
        <span aria-hidden="true">–</span>
        <label>
          <span className="sr-only">To</span>
          <IsoDateInput label="To date" value={filter.to} onChange={(to) => update({ to })} />
        </label>
      </div>
      <label className="field">
        Mentioning
        <input
          dir="auto"
          placeholder="words in the annotation or around it"
          value={filter.text}
          onChange={(e) => update({ text: e.target.value })}
        />
      </label>
      <button type="button" className="link-button" onClick={() => onChange(EMPTY_FILTER)}>
        Clear filters
      </button>
    </div>
  );
}
