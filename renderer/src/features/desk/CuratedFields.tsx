import {
  type Annotation,
  FigureKind,
  QuoteKind,
  type SpeakerAnnotation,
  VERDICT_STATUSES,
  type VerdictStatus,
} from '../../../../shared/domain/annotation';
import { formatFigureValue, parseFigureValue } from '../../../../shared/domain/figure-value';
import { speakerName } from '../../../../shared/domain/speakers';
import { useT } from '../../ui/i18n/I18n';
import { VERDICT_LABEL } from '../../ui/labels';
import { FIGURE_KIND, QUOTE_KIND } from '../document/cards.logic';
import { SelectField, TextField } from '../document/fields';
import type { CuratedChange } from './desk.state';
import { useDesk } from './desk.store';

const edit = (change: CuratedChange, label: string) => void useDesk.getState().editCurated(change, label);

/**
 * The curated version's attributes and verdict, editable: what the editor fixes after
 * accepting a version (a figure's value, kind and unit, a quote's speaker, the verdict and its
 * note). Each change is one step of the adjudication's undo.
 */
export function CuratedFields({ annotation: x, curated }: { annotation: Annotation; curated: readonly Annotation[] }) {
  const t = useT();
  return (
    <div className="curated-fields">
      {x.type === 'quote' && <QuoteFields annotation={x} curated={curated} />}
      {x.type === 'figure' && (
        <>
          <TextField
            label={t('desk.adjudication.value')}
            placeholder="75, 40–50, 2024-10-07"
            value={formatFigureValue(x.attributes.value)}
            validate={(v) => {
              const parsed = parseFigureValue(v);
              return parsed.ok ? null : parsed.error;
            }}
            onCommit={(v) => {
              const parsed = parseFigureValue(v);
              if (parsed.ok) edit({ attributes: { value: parsed.value } }, t('desk.adjudication.changeValue'));
            }}
          />
          <SelectField
            label={t('desk.adjudication.kind')}
            value={x.attributes.kind}
            options={FigureKind.options.map((k) => ({ value: k, label: k ? t(FIGURE_KIND[k]) : t('desk.adjudication.notSet') }))}
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
      <SelectField
        label={t('desk.adjudication.verdict')}
        value={x.verdict.status}
        options={VERDICT_STATUSES.map((v) => ({ value: v, label: t(VERDICT_LABEL[v]) }))}
        onChange={(status: VerdictStatus) =>
          edit(
            { verdict: { status, checkedAt: status === 'unchecked' ? '' : new Date().toISOString() } },
            t('desk.adjudication.changeVerdict'),
          )
        }
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
  const speakers = curated.filter((s): s is SpeakerAnnotation => s.type === 'speaker');
  return (
    <>
      <SelectField
        label={t('desk.adjudication.quoteKind')}
        value={x.attributes.kind}
        options={QuoteKind.options.map((k) => ({ value: k, label: t(QUOTE_KIND[k]) }))}
        onChange={(kind) => edit({ attributes: { kind } }, t('desk.adjudication.changeQuoteKind'))}
      />
      <SelectField
        label={t('desk.adjudication.speaker')}
        value={x.attributes.speakerId ?? ''}
        options={[
          { value: '', label: speakers.length ? t('desk.adjudication.noSpeaker') : t('desk.adjudication.noCuratedSpeaker') },
          ...speakers.map((s) => ({ value: s.id, label: speakerName(curated, s.id) })),
        ]}
        onChange={(speakerId) => edit({ attributes: { speakerId: speakerId || null } }, t('desk.adjudication.changeSpeaker'))}
      />
    </>
  );
}
