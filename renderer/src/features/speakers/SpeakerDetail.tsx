import { type FormEvent, useState } from 'react';
import type { SpeakerStats } from '../../../../shared/contract/speakers';
import { useNavigation } from '../../app/navigation';
import { EMPTY_FILTER } from '../factcheck/factcheck.logic';
import { useFactCheck } from '../factcheck/factcheck.store';
import { SpeakerDialogShell, SpeakerEditor } from './SpeakerEditor';
import { splitCandidates } from './speakers.logic';
import { useSpeakers } from './speakers.store';

/** One registry entry: aliases, spellings found, documents; edit, split, remove. */
export function SpeakerDetail({ stats, onRemoved }: { stats: SpeakerStats; onRemoved: () => void }) {
  const { speaker } = stats;
  const [editing, setEditing] = useState(false);
  const [splitting, setSplitting] = useState(false);
  const openDocument = useNavigation((s) => s.openDocument);
  const showView = useNavigation((s) => s.showView);
  const { removeSpeaker, updateSpeaker } = useSpeakers.getState();

  function quotesInTable() {
    useFactCheck.getState().setTableFilter({ ...EMPTY_FILTER, types: ['quote'], speaker: speaker.name });
    showView('annotations');
  }

  return (
    <aside className="speaker-detail" aria-label={`Speaker ${speaker.name}`}>
      <h3 dir="auto">{speaker.name}</h3>
      {(speaker.role || speaker.affiliation) && (
        <p dir="auto" className="hint">
          {[speaker.role, speaker.affiliation].filter(Boolean).join(', ')}
        </p>
      )}
      <dl className="claim-facts">
        <dt>Aliases</dt>
        <dd dir="auto">{speaker.aliases.length ? speaker.aliases.join(' · ') : '—'}</dd>
        <dt>Spellings in documents</dt>
        <dd dir="auto">{stats.spellings.length ? stats.spellings.join(' · ') : '—'}</dd>
        <dt>Quotes</dt>
        <dd>
          {stats.quotes}{' '}
          {stats.quotes > 0 && (
            <button type="button" className="link-button" onClick={quotesInTable}>
              list them
            </button>
          )}
        </dd>
      </dl>
      <h4>Documents</h4>
      <ul className="detail-documents">
        {stats.documents.map((d) => (
          <li key={d.id}>
            <button type="button" className="link-button" dir="auto" onClick={() => openDocument(d.id)}>
              {d.title}
            </button>
          </li>
        ))}
        {stats.documents.length === 0 && <li className="hint">Not linked in any document yet.</li>}
      </ul>
      <div className="detail-actions">
        <button type="button" onClick={() => setEditing(true)}>
          Edit…
        </button>
        <button type="button" onClick={() => setSplitting(true)} disabled={speaker.aliases.length === 0 && stats.spellings.length < 2}>
          Split…
        </button>
        <button
          type="button"
          className="link-button danger"
          onClick={async () => {
            if (await removeSpeaker(speaker.id)) onRemoved();
          }}
        >
          Remove
        </button>
      </div>
      {editing && (
        <SpeakerEditor
          title={`Edit ${speaker.name}`}
          initial={{ name: speaker.name, role: speaker.role, affiliation: speaker.affiliation, aliases: speaker.aliases.join('\n') }}
          submitLabel="Save"
          onClose={() => setEditing(false)}
          onSubmit={async (d) => {
            if (await updateSpeaker(speaker.id, d)) setEditing(false);
          }}
        />
      )}
      {splitting && <SplitDialog stats={stats} onClose={() => setSplitting(false)} />}
    </aside>
  );
}

/** Choose the spellings that belong to someone else; they and their annotations move to a new entry. */
function SplitDialog({ stats, onClose }: { stats: SpeakerStats; onClose: () => void }) {
  const { speaker } = stats;
  const candidates = splitCandidates(speaker.name, speaker.aliases, stats.spellings);
  const [chosen, setChosen] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const newName = name.trim() || chosen[0] || '';
    const done = await useSpeakers
      .getState()
      .splitSpeaker(speaker.id, { name: newName, role, aliases: chosen.filter((c) => c !== newName) });
    if (done) onClose();
  }

  return (
    <SpeakerDialogShell title={`Split ${speaker.name}`} onClose={onClose}>
      <form onSubmit={submit}>
        <p className="hint">Tick the spellings that are a different person. Annotations with those spellings move to the new entry.</p>
        <fieldset className="split-choices">
          <legend>Spellings</legend>
          {candidates.map((c) => (
            <label key={c} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(c)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, c] : chosen.filter((x) => x !== c))}
              />
              <span dir="auto">{c}</span>
            </label>
          ))}
        </fieldset>
        <label>
          New speaker’s name <span className="hint">(the first ticked spelling if left empty)</span>
          <input dir="auto" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Role
          <input dir="auto" value={role} onChange={(e) => setRole(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={chosen.length === 0 && !name.trim()}>
            Split
          </button>
        </div>
      </form>
    </SpeakerDialogShell>
  );
}
