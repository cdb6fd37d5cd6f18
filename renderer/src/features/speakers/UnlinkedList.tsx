import { useState } from 'react';
import type { SpeakerStats, UnlinkedName } from '../../../../shared/contract/speakers';
import { plural } from '../../util/format';
import { useSpeakers } from './speakers.store';

/** Names annotated in documents but not in the registry, with the entry they most likely belong to. */
export function UnlinkedList({
  unlinked,
  speakers,
  onCreate,
}: {
  unlinked: UnlinkedName[];
  speakers: SpeakerStats[];
  onCreate: (name: string) => void;
}) {
  const [targets, setTargets] = useState<Record<string, string>>({});
  const linkName = useSpeakers((s) => s.linkName);
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
                {plural(u.mentions, 'mention')}, {plural(u.quotes, 'quote')}, {plural(u.documents, 'document')}
              </span>
              <button type="button" onClick={() => onCreate(u.name)}>
                Add to registry
              </button>
              {speakers.length > 0 && (
                <span className="link-to">
                  <select
                    aria-label={`Registry entry for ${u.name}`}
                    value={target}
                    onChange={(e) => setTargets({ ...targets, [u.key]: e.target.value })}
                  >
                    <option value="">Link to…</option>
                    {speakers.map((s) => (
                      <option key={s.speaker.id} value={s.speaker.id}>
                        {s.speaker.name}
                      </option>
                    ))}
                  </select>
                  <button type="button" disabled={!target} onClick={() => void linkName(u.key, target)}>
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
