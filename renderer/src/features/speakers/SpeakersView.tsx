import { useEffect, useState } from 'react';
import { onMenuCommand } from '../../api/client';
import { isEditable } from '../../ui/keys';
import { SpeakerChart } from './SpeakerChart';
import { SpeakerDetail } from './SpeakerDetail';
import { SpeakerEditor } from './SpeakerEditor';
import { SpeakerTable } from './SpeakerTable';
import type { SpeakerFieldsDraft } from './speakers.logic';
import { useSpeakers } from './speakers.store';
import { UnlinkedList } from './UnlinkedList';
import { UserText, useT } from '../../ui/i18n/I18n';

/** The speaker registry across the corpus: who is quoted, how often, where; merge and split with undo. */
export function SpeakersView() {
  const t = useT();
  const overview = useSpeakers((s) => s.overview);
  const { open, undo, redo, mergeSpeakers, createSpeaker } = useSpeakers.getState();
  const [selected, setSelected] = useState<string[]>([]);
  const [focused, setFocused] = useState<string | null>(null);
  const [creating, setCreating] = useState<SpeakerFieldsDraft | null>(null);

  useEffect(() => open(), [open]);

  // Speakers merged or removed meanwhile are no longer chosen.
  useEffect(() => {
    if (overview) setSelected((s) => s.filter((id) => overview.speakers.some((x) => x.speaker.id === id)));
  }, [overview]);

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

  if (!overview) return <p className="hint">{t('speakers.loading')}</p>;
  const focusedStats = overview.speakers.find((s) => s.speaker.id === focused) ?? null;

  async function merge(targetId: string) {
    const sourceIds = selected.filter((id) => id !== targetId);
    const done = await mergeSpeakers(targetId, sourceIds);
    if (done) {
      setSelected([]);
      setFocused(targetId);
    }
  }

  return (
    <section className="speakers-view" aria-label={t('speakers.label')}>
      <header className="view-header">
        <h2>{t('speakers.title')}</h2>
        <div className="header-actions">
          <button
            type="button"
            disabled={!overview.undo}
            title={
              overview.undo
                ? t('document.toolbar.undoTitle', { action: overview.undo, shortcut: 'Ctrl+Z' })
                : t('document.toolbar.nothingToUndo')
            }
            onClick={() => void undo()}
          >
            {t('document.toolbar.undo')}
            {overview.undo ? ': ' : ''}
            {overview.undo && <UserText>{overview.undo}</UserText>}
          </button>
          <button type="button" disabled={!overview.redo} title={t('speakers.redoTitle')} onClick={() => void redo()}>
            {t('document.toolbar.redo')}
          </button>
          <button type="button" className="primary" onClick={() => setCreating({ name: '', role: '', affiliation: '', aliases: '' })}>
            {t('speakers.new')}
          </button>
        </div>
      </header>
      <div className="speakers-layout">
        <div className="speakers-main">
          <SpeakerChart speakers={overview.speakers} />
          {selected.length > 1 && (
            <div className="merge-bar" role="group" aria-label={t('speakers.merge.label')}>
              {t('speakers.merge.into', { count: selected.length })}
              {selected.map((id) => {
                const s = overview.speakers.find((x) => x.speaker.id === id);
                return s ? (
                  <button key={id} type="button" dir="auto" onClick={() => void merge(id)} data-user-content="">
                    {s.speaker.name}
                  </button>
                ) : null;
              })}
            </div>
          )}
          <SpeakerTable speakers={overview.speakers} selected={selected} focused={focused} onSelect={setSelected} onFocus={setFocused} />
          <UnlinkedList
            unlinked={overview.unlinked}
            speakers={overview.speakers}
            onCreate={(name) => setCreating({ name, role: '', affiliation: '', aliases: '' })}
          />
        </div>
        {focusedStats && <SpeakerDetail key={focusedStats.speaker.id} stats={focusedStats} onRemoved={() => setFocused(null)} />}
      </div>
      {creating && (
        <SpeakerEditor
          title={t('speakers.editor.newTitle')}
          initial={creating}
          submitLabel={t('speakers.editor.add')}
          onClose={() => setCreating(null)}
          onSubmit={async (d) => {
            const result = await createSpeaker(d);
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
