import { useMemo } from 'react';
import type { Annotation, SpeakerAnnotation } from '../../../../shared/domain/annotation';
import { useT } from '../../ui/i18n/I18n';
import { FigureKindSelect, FigureValueField, QuoteKindSelect, SpeakerSelect, VerdictSelect } from '../document/annotation-fields';
import { TextField } from '../document/fields';
import type { CuratedChange } from './desk.state';
import { useDesk } from './desk.store';

const edit = (change: CuratedChange, label: string) => void useDesk.getState().editCurated(change, label);

/**
 * The curated version's attributes and verdict, editable: what the editor fixes after
 * accepting a version (a figure's value, kind and unit, a quote's speaker, the verdict and its
 * note). Each change is one step of the adjudication's undo. The fields are the card
 * editor's own (annotation-fields), named for the curated version.
 */
export function CuratedFields({ annotation: x, curated }: { annotation: Annotation; curated: readonly Annotation[] }) {
  const t = useT();
  return (
    <div className="curated-fields">
      {x.type === 'quote' && <QuoteFields annotation={x} curated={curated} />}
      {x.type === 'figure' && (
        <>
          <FigureValueField
            label={t('desk.adjudication.value')}
            placeholder="75, 40–50, 2024-10-07"
            value={x.attributes.value}
            onCommit={(value) => edit({ attributes: { value } }, t('desk.adjudication.changeValue'))}
          />
          <FigureKindSelect
            label={t('desk.adjudication.kind')}
            value={x.attributes.kind}
            notSet={t('desk.adjudication.notSet')}
            onChange={(kind) => edit({ attributes: { kind } }, t('desk.adjudication.changeFigureKind'))}
          />
          <TextField
            label={t('desk.adjudication.unit')}
            value={x.attributes.unit}
            onCommit={(unit) => edit({ attributes: { unit } }, t('desk.adjudication.changeUnit'))}
          />
        </>
      )}
      {x.type === 'speaker' && (
        <TextField
          label={t('desk.adjudication.name')}
          value={x.attributes.name}
          onCommit={(name) => edit({ attributes: { name } }, t('desk.adjudication.changeName'))}
        />
      )}
      <VerdictSelect
        label={t('desk.adjudication.verdict')}
        value={x.verdict.status}
        onChange={(verdict) => edit({ verdict }, t('desk.adjudication.changeVerdict'))}
      />
      <TextField
        label={t('desk.adjudication.note')}
        multiline
        value={x.verdict.note}
        onCommit={(note) => edit({ verdict: { note } }, t('desk.adjudication.changeNote'))}
      />
    </div>
  );
}

function QuoteFields({ annotation: x, curated }: { annotation: Extract<Annotation, { type: 'quote' }>; curated: readonly Annotation[] }) {
  const t = useT();
  // One index for every option's label: a curated layer can hold hundreds of speakers.
  const byId = useMemo(() => new Map(curated.map((a) => [a.id, a])), [curated]);
  const speakers = useMemo(() => curated.filter((s): s is SpeakerAnnotation => s.type === 'speaker'), [curated]);
  return (
    <>
      <QuoteKindSelect
        label={t('desk.adjudication.quoteKind')}
        value={x.attributes.kind}
        onChange={(kind) => edit({ attributes: { kind } }, t('desk.adjudication.changeQuoteKind'))}
      />
      <SpeakerSelect
        label={t('desk.adjudication.speaker')}
        value={x.attributes.speakerId}
        annotations={curated}
        byId={byId}
        speakers={speakers}
        none={speakers.length ? t('desk.adjudication.noSpeaker') : t('desk.adjudication.noCuratedSpeaker')}
        onChange={(speakerId) => edit({ attributes: { speakerId } }, t('desk.adjudication.changeSpeaker'))}
      />
    </>
  );
}
