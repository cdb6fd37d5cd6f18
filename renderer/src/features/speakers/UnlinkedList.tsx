import { useState } from 'react';
import type { SpeakerStats, UnlinkedName } from '../../../../shared/contract/speakers';
import { T, useT } from '../../ui/i18n/I18n';
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
  const t = useT();
  if (unlinked.length === 0) return null;
  return (
    <section className="unlinked" aria-label={t('speakers.unlinked.title')}>
      <h3>{t('speakers.unlinked.title')}</h3>
      <p className="hint">
        <T
          id="speakers.unlinked.hint"
          values={{
            folds: (
              <>
                <bdi lang="ar" translate="no">
                  ی = ي
                </bdi>
                {t('document.list.separator')}
                <bdi lang="ar" translate="no">
                  أ = ا
                </bdi>
              </>
            ),
          }}
        />
      </p>
      <ul>
        {unlinked.map((u) => {
          const target = targets[u.key] ?? u.suggestedId ?? '';
          return (
            <li key={u.key}>
              <span className="unlinked-name" dir="auto" data-user-content="">
                {u.name}
              </span>
              <span className="hint">
                {[
                  t('speakers.count.mentions', { count: u.mentions }),
                  t('document.count.quote', { count: u.quotes }),
                  t('document.count.document', { count: u.documents }),
                ].join(t('document.list.separator'))}
              </span>
              <button type="button" onClick={() => onCreate(u.name)}>
                {t('speakers.editor.add')}
              </button>
              {speakers.length > 0 && (
                <span className="link-to">
                  <select
                    aria-label={t('speakers.unlinked.entryFor')}
                    value={target}
                    onChange={(e) => setTargets({ ...targets, [u.key]: e.target.value })}
                  >
                    <option value="">{t('speakers.unlinked.linkTo')}</option>
                    {speakers.map((s) => (
                      <option key={s.speaker.id} value={s.speaker.id} data-user-content="">
                        {s.speaker.name}
                      </option>
                    ))}
                  </select>
                  <button type="button" disabled={!target} onClick={() => void linkName(u.key, target)}>
                    {t('speakers.unlinked.link')}
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
