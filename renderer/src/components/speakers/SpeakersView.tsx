import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { SpeakerChangeResult, SpeakerOverview, SpeakerStats, UnlinkedName } from '../../../../shared/contract/speakers';
import { api, onMenuCommand } from '../../api/client';
import { useAnnotations } from '../../state/annotations';
import { useNavigation } from '../../state/navigation';
import { reportError, reportInfo } from '../../state/notices';
import { EMPTY_FILTER } from '../annotations/FilterBar';
import { isEditable } from '../Toolbar';
import { SpeakerChart } from './SpeakerChart';
import { SpeakerDialogShell, SpeakerEditor, type SpeakerFieldsDraft } from './SpeakerEditor';

function aliasesOf(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** The speaker registry across the corpus: who is quoted, how often, where; merge and split with undo. */
export function SpeakersView() {
  const [overview, setOverview] = useState<SpeakerOverview | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [focused, setFocused] = useState<string | null>(null);
  const [creating, setCreating] = useState<SpeakerFieldsDraft | null>(null);

  const refresh = useCallback(async () => {
    try {
      const next = await api.getSpeakers({});
      setOverview(next);
      setSelected((s) => s.filter((id) => next.speakers.some((x) => x.speaker.id === id)));
    } catch (err) {
      reportError('Could not load the speakers', err);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Runs a registry change and says what happened, with the way back. */
  const change = useCallback(
    async (work: () => Promise<SpeakerChangeResult>, failure: string) => {
      try {
        const result = await work();
        reportInfo(result.label.replace(/^./, (c) => c.toUpperCase()), result.relinked ? `${result.relinked} annotation links changed · Ctrl+Z undoes` : 'Ctrl+Z undoes');
        await refresh();
        return result;
      } catch (err) {
        reportError(failure, err);
        return null;
      }
    },
    [refresh],
  );

  const undo = useCallback(() => change(() => api.undoSpeakerChange({}), 'Nothing was undone'), [change]);
  const redo = useCallback(() => change(() => api.redoSpeakerChange({}), 'Nothing was redone'), [change]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isEditable(event.target) || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
      event.preventDefault();
      void (event.shiftKey ? redo() : undo());
    };
    window.addEventListener('keydown', onKey);
    const off = onMenuCommand((command) => {
      if (command === 'undo') void undo();
      if (command === 'redo') void redo();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [undo, redo]);

  if (!overview) return <p className="hint">Loading…</p>;
  const focusedStats = overview.speakers.find((s) => s.speaker.id === focused) ?? null;

  async function merge(targetId: string) {
    const sourceIds = selected.filter((id) => id !== targetId);
    const done = await change(() => api.mergeSpeakers({ targetId, sourceIds }), 'Could not merge the speakers');
    if (done) {
      setSelected([]);
      setFocused(targetId);
    }
  }

  return (
    <section className="speakers-view" aria-label="Speakers">
      <header className="view-header">
        <h2>Speakers across the corpus</h2>
        <div className="header-actions">
          <button type="button" disabled={!overview.undo} title={overview.undo ? `Undo ${overview.undo} (Ctrl+Z)` : 'Nothing to undo'} onClick={() => void undo()}>
            Undo{overview.undo ? `: ${overview.undo}` : ''}
          </button>
          <button type="button" disabled={!overview.redo} title="Redo (Ctrl+Shift+Z)" onClick={() => void redo()}>
            Redo
          </button>
          <button type="button" className="primary" onClick={() => setCreating({ name: '', role: '', affiliation: '', aliases: '' })}>
            New speaker…
          </button>
        </div>
      </header>
      <div className="speakers-layout">
        <div className="speakers-main">
          <SpeakerChart speakers={overview.speakers} />
          {selected.length > 1 && (
            <div className="merge-bar" role="group" aria-label="Merge">
              Merge {selected.length} speakers into:
              {selected.map((id) => {
                const s = overview.speakers.find((x) => x.speaker.id === id);
                return s ? (
                  <button key={id} type="button" dir="auto" onClick={() => void merge(id)}>
                    {s.speaker.name}
                  </button>
                ) : null;
              })}
            </div>
          )}
          <SpeakerTable speakers={overview.speakers} selected={selected} focused={focused} onSelect={setSelected} onFocus={setFocused} />
          <UnlinkedList unlinked={overview.unlinked} speakers={overview.speakers} change={change} onCreate={(name) => setCreating({ name, role: '', affiliation: '', aliases: '' })} />
        </div>
        {focusedStats && <SpeakerDetail key={focusedStats.speaker.id} stats={focusedStats} change={change} onRemoved={() => setFocused(null)} />}
      </div>
      {creating && (
        <SpeakerEditor
          title="New speaker"
          initial={creating}
          submitLabel="Add to registry"
          onClose={() => setCreating(null)}
          onSubmit={async (d) => {
            const result = await change(
              () => api.createSpeaker({ name: d.name, role: d.role, affiliation: d.affiliation, aliases: aliasesOf(d.aliases) }),
              'Could not add the speaker',
            );
            if (result?.speaker) {
              setCreating(null);
              setFocused(result.speaker.id);
            }
          }}
        />
      )}
    </section>
  );
}

function SpeakerTable(props: {
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
                  {s.speaker.aliases.join(' · ')}
                </span>
              )}
            </td>
            <td dir="auto">{[s.speaker.role, s.speaker.affiliation].filter(Boolean).join(', ')}</td>
            <td className="num">{s.quotes}</td>
            <td className="num">{s.mentions}</td>
            <td className="num">{s.documents.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Change = (work: () => Promise<SpeakerChangeResult>, failure: string) => Promise<SpeakerChangeResult | null>;

function UnlinkedList({ unlinked, speakers, change, onCreate }: { unlinked: UnlinkedName[]; speakers: SpeakerStats[]; change: Change; onCreate: (name: string) => void }) {
  const [targets, setTargets] = useState<Record<string, string>>({});
  if (unlinked.length === 0) return null;
  return (
    <section className="unlinked" aria-label="Names not in the registry">
      <h3>Names not in the registry</h3>
      <p className="hint">
        Speaker annotations grouped by spelling: <bdi lang="ar">ی = ي</bdi>, <bdi lang="ar">أ = ا</bdi>, case and diacritics are folded.
      </p>
      <ul>
        {unlinked.map((u) => {
          const target = targets[u.key] ?? u.suggestedId ?? '';
          return (
            <li key={u.key}>
              <span className="unlinked-name" dir="auto">
                {u.name}
              </span>
              <span className="hint">
                {u.mentions} mention{u.mentions === 1 ? '' : 's'}, {u.quotes} quote{u.quotes === 1 ? '' : 's'}, {u.documents} document{u.documents === 1 ? '' : 's'}
              </span>
              <button type="button" onClick={() => onCreate(u.name)}>
                Add to registry
              </button>
              {speakers.length > 0 && (
                <span className="link-to">
                  <select aria-label={`Registry entry for ${u.name}`} value={target} onChange={(e) => setTargets({ ...targets, [u.key]: e.target.value })}>
                    <option value="">Link to…</option>
                    {speakers.map((s) => (
                      <option key={s.speaker.id} value={s.speaker.id}>
                        {s.speaker.name}
                      </option>
                    ))}
                  </select>
                  <button type="button" disabled={!target} onClick={() => void change(() => api.linkSpeakerName({ key: u.key, registryId: target }), 'Could not link the name')}>
                    Link
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function SpeakerDetail({ stats, change, onRemoved }: { stats: SpeakerStats; change: Change; onRemoved: () => void }) {
  const { speaker } = stats;
  const [editing, setEditing] = useState(false);
  const [splitting, setSplitting] = useState(false);
  const openDocument = useNavigation((s) => s.openDocument);
  const showView = useNavigation((s) => s.showView);

  function quotesInTable() {
    useAnnotations.getState().setFilter({ ...EMPTY_FILTER, types: ['quote'], speaker: speaker.name });
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
            if (await change(() => api.deleteSpeaker({ id: speaker.id }), 'Could not remove the speaker')) onRemoved();
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
            const done = await change(
              () => api.updateSpeaker({ id: speaker.id, name: d.name, role: d.role, affiliation: d.affiliation, aliases: aliasesOf(d.aliases) }),
              'Could not save the speaker',
            );
            if (done) setEditing(false);
          }}
        />
      )}
      {splitting && <SplitDialog stats={stats} change={change} onClose={() => setSplitting(false)} />}
    </aside>
  );
}

/** Choose the spellings that belong to someone else; they and their annotations move to a new entry. */
function SplitDialog({ stats, change, onClose }: { stats: SpeakerStats; change: Change; onClose: () => void }) {
  const { speaker } = stats;
  const candidates = [...new Set([...speaker.aliases, ...stats.spellings])].filter((n) => n !== speaker.name);
  const [chosen, setChosen] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const newName = name.trim() || chosen[0] || '';
    const done = await change(
      () => api.splitSpeaker({ id: speaker.id, name: newName, role, aliases: chosen.filter((c) => c !== newName) }),
      'Could not split the speaker',
    );
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
              <input type="checkbox" checked={chosen.includes(c)} onChange={(e) => setChosen(e.target.checked ? [...chosen, c] : chosen.filter((x) => x !== c))} />
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
