import type { SpeakerStats } from '../../../../shared/contract/speakers';
import { IsolatedParts } from '../../ui/Isolated';

/** The registry with counts; checkboxes choose speakers to merge. */
export function SpeakerTable(props: {
  speakers: SpeakerStats[];
  selected: string[];
  focused: string | null;
  onSelect: (ids: string[]) => void;
  onFocus: (id: string) => void;
}) {
  const { speakers, selected, focused, onSelect, onFocus } = props;
  if (speakers.length === 0) {
    return <p className="hint">The registry is empty. Add speakers, or link the names found in your documents below.</p>;
  }
  return (
    <table className="speaker-table" aria-label="Registry">
      <thead>
        <tr>
          <th scope="col">
            <span className="sr-only">Select</span>
          </th>
          <th scope="col">Speaker</th>
          <th scope="col">Role</th>
          <th scope="col" className="num">
            Quotes
          </th>
          <th scope="col" className="num">
            Mentions
          </th>
          <th scope="col" className="num">
            Documents
          </th>
        </tr>
      </thead>
      <tbody>
        {speakers.map((s) => (
          <tr key={s.speaker.id} aria-selected={focused === s.speaker.id} onClick={() => onFocus(s.speaker.id)}>
            <td>
              <input
                type="checkbox"
                aria-label={`Select ${s.speaker.name}`}
                checked={selected.includes(s.speaker.id)}
                onClick={(e) => e.stopPropagation()}
                onChange={(e) => onSelect(e.target.checked ? [...selected, s.speaker.id] : selected.filter((id) => id !== s.speaker.id))}
              />
            </td>
            <td>
              <button type="button" className="link-button speaker-name" dir="auto" onClick={() => onFocus(s.speaker.id)}>
                {s.speaker.name}
              </button>
              {s.speaker.aliases.length > 0 && (
                <span className="aliases" dir="auto">
                  <IsolatedParts text={s.speaker.aliases.join(' · ')} />
                </span>
              )}
            </td>
            <td dir="auto">
              <IsolatedParts text={[s.speaker.role, s.speaker.affiliation].filter(Boolean).join(', ')} separator=", " />
            </td>
            <td className="num">{s.quotes}</td>
            <td className="num">{s.mentions}</td>
            <td className="num">{s.documents.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
