import { useCallback, useEffect, useState } from 'react';
import type { SpeakerChangeResult, SpeakerOverview } from '../../../../shared/contract/speakers';
import { api, onMenuCommand } from '../../api/client';
import { reportError, reportInfo } from '../../app/notices';
import { isEditable } from '../../app/Toolbar';
import { SpeakerChart } from './SpeakerChart';
import { SpeakerDetail, aliasesOf } from './SpeakerDetail';
import { SpeakerEditor, type SpeakerFieldsDraft } from './SpeakerEditor';
import { SpeakerTable } from './SpeakerTable';
import { UnlinkedList } from './UnlinkedList';

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
