import { type FormEvent, useId, useState } from 'react';
import type { SpeakerStats } from '../../../../shared/contract/speakers';
import { useNavigation } from '../../app/navigation';
import { EMPTY_FILTER } from '../factcheck/factcheck.logic';
import { useFactCheck } from '../factcheck/factcheck.store';
import { SpeakerDialogShell, SpeakerEditor } from './SpeakerEditor';
import { splitCandidates } from './speakers.logic';
import { useSpeakers } from './speakers.store';
import { T, UserText, useT, useTranslator } from '../../ui/i18n/I18n';

/** One registry entry: aliases, spellings found, documents; edit, split, remove. */
export function SpeakerDetail({ stats, onRemoved }: { stats: SpeakerStats; onRemoved: () => void }) {
  const { speaker } = stats;
  const [editing, setEditing] = useState(false);
  const [splitting, setSplitting] = useState(false);
  const openDocument = useNavigation((s) => s.openDocument);
  const showView = useNavigation((s) => s.showView);
  const { removeSpeaker, updateSpeaker } = useSpeakers.getState();
  const tr = useTranslator();
  const { t } = tr;
  const headingId = useId();

  function quotesInTable() {
    useFactCheck.getState().setTableFilter({ ...EMPTY_FILTER, types: ['quote'], speaker: speaker.name });
    showView('annotations');
  }

  return (
    <aside className="speaker-detail" aria-labelledby={`${headingId}-label`}>
      {/* "Speaker <name>" for screen readers: the heading alone would not say what the panel is. */}
      <span id={`${headingId}-label`} className="visually-hidden">
        <T id="speakers.detail.label" values={{ name: <UserText>{speaker.name}</UserText> }} />
      </span>
      <h3 dir="auto" id={headingId} data-user-content="">
        {speaker.name}
      </h3>
      {(speaker.role || speaker.affiliation) && (
        <p dir="auto" className="hint" data-user-content="">
          {[speaker.role, speaker.affiliation].filter(Boolean).join(', ')}
        </p>
      )}
      <dl className="claim-facts">
        <dt>{t('speakers.detail.aliases')}</dt>
        <dd dir="auto" data-user-content="">
          {speaker.aliases.length ? speaker.aliases.join(' · ') : '—'}
        </dd>
        <dt>{t('speakers.detail.spellings')}</dt>
        <dd dir="auto" data-user-content="">
          {stats.spellings.length ? stats.spellings.join(' · ') : '—'}
        </dd>
        <dt>{t('speakers.table.quotes')}</dt>
        <dd>
          {tr.number(stats.quotes)}{' '}
          {stats.quotes > 0 && (
            <button type="button" className="link-button" onClick={quotesInTable}>
              {t('speakers.detail.listThem')}
            </button>
          )}
        </dd>
      </dl>
      <h4>{t('speakers.table.documents')}</h4>
      <ul className="detail-documents">
        {stats.documents.map((d) => (
          <li key={d.id}>
            <button type="button" className="link-button" dir="auto" data-user-content="" onClick={() => openDocument(d.id)}>
              {d.title}
            </button>
          </li>
        ))}
        {stats.documents.length === 0 && <li className="hint">{t('speakers.detail.noDocuments')}</li>}
      </ul>
      <div className="detail-actions">
        <button type="button" onClick={() => setEditing(true)}>
          {t('speakers.detail.edit')}
        </button>
        <button type="button" onClick={() => setSplitting(true)} disabled={speaker.aliases.length === 0 && stats.spellings.length < 2}>
          {t('speakers.detail.split')}
        </button>
        <button
          type="button"
          className="link-button danger"
          onClick={async () => {
            if (await removeSpeaker(speaker.id)) onRemoved();
          }}
        >
          {t('speakers.detail.remove')}
        </button>
      </div>
      {editing && (
        <SpeakerEditor
          title={t('speakers.editor.editTitle', { name: speaker.name })}
          initial={{ name: speaker.name, role: speaker.role, affiliation: speaker.affiliation, aliases: speaker.aliases.join('\n') }}
          submitLabel={t('speakers.editor.save')}
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
  const t = useT();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const newName = name.trim() || chosen[0] || '';
    const done = await useSpeakers
      .getState()
      .splitSpeaker(speaker.id, { name: newName, role, aliases: chosen.filter((c) => c !== newName) });
    if (done) onClose();
  }

  return (
    <SpeakerDialogShell title={t('speakers.split.title', { name: speaker.name })} onClose={onClose}>
      <form onSubmit={submit}>
        <p className="hint">{t('speakers.split.hint')}</p>
        <fieldset className="split-choices">
          <legend>{t('speakers.split.spellings')}</legend>
          {candidates.map((c) => (
            <label key={c} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(c)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, c] : chosen.filter((x) => x !== c))}
              />
              <span dir="auto" data-user-content="">
                {c}
              </span>
            </label>
          ))}
        </fieldset>
        <label>
          {t('speakers.split.name')} <span className="hint">{t('speakers.split.nameHint')}</span>
          <input dir="auto" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('speakers.table.role')}
          <input dir="auto" value={role} onChange={(e) => setRole(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('document.toolbar.cancel')}
          </button>
          <button type="submit" className="primary" disabled={chosen.length === 0 && !name.trim()}>
            {t('speakers.split.submit')}
          </button>
        </div>
      </form>
    </SpeakerDialogShell>
  );
}
