import type { SpeakerStats } from '../../../../shared/contract/speakers';
import { IsolatedParts } from '../../ui/Isolated';
import { useTranslator } from '../../ui/i18n/I18n';

/** The registry with counts; checkboxes choose speakers to merge. */
export function SpeakerTable(props: {
  speakers: SpeakerStats[];
  selected: string[];
  focused: string | null;
  onSelect: (ids: string[]) => void;
  onFocus: (id: string) => void;
}) {
  const { speakers, selected, focused, onSelect, onFocus } = props;
  const tr = useTranslator();
  const { t } = tr;
  if (speakers.length === 0) {
    return <p className="hint">{t('speakers.table.empty')}</p>;
  }
  return (
    <table className="speaker-table" aria-label={t('speakers.table.label')}>
      <thead>
        <tr>
          <th scope="col">
            <span className="sr-only">{t('speakers.table.select')}</span>
          </th>
          <th scope="col">{t('speakers.table.speaker')}</th>
          <th scope="col">{t('speakers.table.role')}</th>
          <th scope="col" className="num">
            {t('speakers.table.quotes')}
          </th>
          <th scope="col" className="num">
            {t('speakers.table.mentions')}
          </th>
          <th scope="col" className="num">
            {t('speakers.table.documents')}
          </th>
        </tr>
      </thead>
      <tbody>
        {speakers.map((s) => (
          <tr key={s.speaker.id} aria-selected={focused === s.speaker.id} onClick={() => onFocus(s.speaker.id)}>
            <td>
              <input
                type="checkbox"
                // The label holds the journalist's name for the entry, so the pseudo-locale check skips it.
                data-user-content=""
                aria-label={t('speakers.table.selectOne', { name: s.speaker.name })}
                checked={selected.includes(s.speaker.id)}
                onClick={(e) => e.stopPropagation()}
                onChange={(e) => onSelect(e.target.checked ? [...selected, s.speaker.id] : selected.filter((id) => id !== s.speaker.id))}
              />
            </td>
            <td>
              <button
                type="button"
                className="link-button speaker-name"
                dir="auto"
                data-user-content=""
                onClick={() => onFocus(s.speaker.id)}
              >
                {s.speaker.name}
              </button>
              {s.speaker.aliases.length > 0 && (
                <span className="aliases" dir="auto" data-user-content="">
                  <IsolatedParts parts={s.speaker.aliases} />
                </span>
              )}
            </td>
            <td dir="auto" data-user-content="">
              <IsolatedParts parts={[s.speaker.role, s.speaker.affiliation].filter((x): x is string => Boolean(x))} separator=", " />
            </td>
            <td className="num">{tr.number(s.quotes)}</td>
            <td className="num">{tr.number(s.mentions)}</td>
            <td className="num">{tr.number(s.documents.length)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
