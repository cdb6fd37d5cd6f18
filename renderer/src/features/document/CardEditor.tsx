import { useMemo } from 'react';
import type { Annotation, FigureAnnotation, QuoteAnnotation, SpeakerAnnotation } from '../../../../shared/domain/annotation';
import { sameAsCandidates, speakerName } from '../../../../shared/domain/speakers';
import { SelectField, TextField } from './fields';
import { FigureKindSelect, FigureValueField, QuoteKindSelect, SpeakerSelect, VerdictSelect, speakerOptionLabel } from './annotation-fields';
import { VERDICT_LABEL } from '../../ui/labels';
import { T, useT } from '../../ui/i18n/I18n';
import type { Translator } from '../../../../shared/i18n/translate';
import type { DocumentState } from './document.state';
import { useDocument } from './document.store';
import { isolate } from '../../../../shared/i18n/translate';

/** Every field change saves at once and can be undone, as one step per visit to the field. */
const editAnnotation: DocumentState['editAnnotation'] = (...change) => useDocument.getState().editAnnotation(...change);

interface EditorProps<A extends Annotation> {
  annotation: A;
  annotations: readonly Annotation[];
  /** One index for every lookup: a long article has hundreds of speakers to label. */
  byId: ReadonlyMap<string, Annotation>;
  onDone(): void;
}

function QuoteFields({ annotation: a, annotations, byId, onDone }: EditorProps<QuoteAnnotation>) {
  const speakers = annotations.filter((x): x is SpeakerAnnotation => x.type === 'speaker');
  const pending = useDocument((s) => s.pendingSpeakerFor === a.id);
  const hasSelection = useDocument((s) => s.textSelection !== null);
  const { setPendingSpeaker, markSelection } = useDocument.getState();
  const t = useT();
  return (
    <>
      <QuoteKindSelect
        label={t('document.editor.quoteKind')}
        value={a.attributes.kind}
        onChange={(kind) => editAnnotation(a.id, { attributes: { kind } }, t('document.undo.changeQuoteKind'))}
        onEscape={onDone}
      />
      <TextField
        label={t('document.editor.cue')}
        placeholder={t('document.editor.cuePlaceholder')}
        value={a.attributes.cue}
        onCommit={(cue, key) => editAnnotation(a.id, { attributes: { cue } }, t('document.undo.editCue'), key)}
        onEscape={onDone}
      />
      <SpeakerSelect
        label={t('document.editor.speaker')}
        value={a.attributes.speakerId}
        annotations={annotations}
        byId={byId}
        speakers={speakers}
        none={speakers.length ? t('document.editor.noSpeaker') : t('document.editor.noSpeakerYet')}
        onChange={(speakerId) =>
          editAnnotation(a.id, { attributes: { speakerId } }, speakerId ? t('document.undo.linkSpeaker') : t('document.undo.unlinkSpeaker'))
        }
        onEscape={onDone}
      />
      <div className="field-actions">
        {pending ? (
          <p className="pending-hint" role="status">
            <T id="document.editor.pendingSpeaker" values={{ kbd: (parts) => <kbd>{parts}</kbd> }} />{' '}
            <button type="button" onClick={() => setPendingSpeaker(null)}>
              {t('document.toolbar.cancel')}
            </button>
          </p>
        ) : (
          <button
            type="button"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setPendingSpeaker(a.id);
              // With text already selected, mark it right away; otherwise wait for a selection,
              // made in the text: this button gives way to the hint, and focus would fall to the page.
              if (hasSelection) markSelection('speaker');
              else document.querySelector<HTMLElement>('.source-pane')?.focus({ preventScroll: true });
            }}
          >
            {t('document.editor.newSpeaker')}
          </button>
        )}
      </div>
    </>
  );
}

function SpeakerFields({ annotation: a, annotations, byId, onDone }: EditorProps<SpeakerAnnotation>) {
  const candidates = sameAsCandidates(annotations, a.id, byId);
  const inherited = a.attributes.sameAs ? speakerName(annotations, a.attributes.sameAs, byId) : '';
  const t = useT();
  return (
    <>
      <TextField
        label={t('document.editor.name')}
        placeholder={inherited || a.text}
        value={a.attributes.name}
        onCommit={(name, key) => editAnnotation(a.id, { attributes: { name } }, t('document.undo.editName'), key)}
        hint={inherited ? t('document.editor.sameAsHint', { name: isolate(inherited) }) : undefined}
        onEscape={onDone}
      />
      <TextField
        label={t('document.editor.role')}
        value={a.attributes.role}
        onCommit={(role, key) => editAnnotation(a.id, { attributes: { role } }, t('document.undo.editRole'), key)}
        onEscape={onDone}
      />
      <TextField
        label={t('document.editor.affiliation')}
        value={a.attributes.affiliation}
        onCommit={(affiliation, key) => editAnnotation(a.id, { attributes: { affiliation } }, t('document.undo.editAffiliation'), key)}
        onEscape={onDone}
      />
      <SelectField
        label={t('document.editor.sameAs')}
        value={a.attributes.sameAs ?? ''}
        options={[
          { value: '', label: t('document.editor.ownPerson') },
          ...candidates.map((s) => ({ value: s.id, label: speakerOptionLabel(annotations, byId, s), user: true })),
        ]}
        onChange={(sameAs) =>
          editAnnotation(
            a.id,
            { attributes: { sameAs: sameAs || null } },
            sameAs ? t('document.undo.linkSameAs') : t('document.undo.unlinkSameAs'),
          )
        }
        onEscape={onDone}
      />
    </>
  );
}

function FigureFields({ annotation: a, onDone }: EditorProps<FigureAnnotation>) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('document.editor.raw')}
        value={a.attributes.raw}
        onCommit={(raw, key) => editAnnotation(a.id, { attributes: { raw } }, t('document.undo.editRaw'), key)}
        onEscape={onDone}
      />
      <FigureValueField
        label={t('document.editor.value')}
        placeholder={t('document.editor.valuePlaceholder')}
        value={a.attributes.value}
        onCommit={(value, key) => editAnnotation(a.id, { attributes: { value } }, t('document.undo.editValue'), key)}
        hint={t('document.editor.valueHint')}
        onEscape={onDone}
      />
      <TextField
        label={t('document.editor.unit')}
        placeholder={t('document.editor.unitPlaceholder')}
        value={a.attributes.unit}
        onCommit={(unit, key) => editAnnotation(a.id, { attributes: { unit } }, t('document.undo.editUnit'), key)}
        onEscape={onDone}
      />
      <FigureKindSelect
        label={t('document.editor.figureKind')}
        value={a.attributes.kind}
        notSet={t('document.editor.notSet')}
        onChange={(kind) => editAnnotation(a.id, { attributes: { kind } }, t('document.undo.changeFigureKind'))}
        onEscape={onDone}
      />
      <TextField
        label={t('document.editor.counts')}
        placeholder={t('document.editor.countsPlaceholder')}
        value={a.attributes.counts}
        onCommit={(counts, key) => editAnnotation(a.id, { attributes: { counts } }, t('document.undo.editCounts'), key)}
        onEscape={onDone}
      />
    </>
  );
}

/** The store refuses anything but an http(s) address; saying so here keeps the typing. */
function reviewUrlProblem(value: string, t: Translator['t']): string | null {
  const v = value.trim();
  if (v === '') return null;
  try {
    const url = new URL(v);
    if (url.protocol === 'http:' || url.protocol === 'https:') return v.length > 2000 ? t('document.field.tooLong', { max: 2000 }) : null;
  } catch {
    // Not a URL at all: same message.
  }
  return t('document.editor.reviewUrlBad');
}

function VerdictFields({ annotation: a, onDone }: { annotation: Annotation; onDone(): void }) {
  const t = useT();
  return (
    <fieldset className="verdict-fields">
      <legend>{t('document.editor.factCheck')}</legend>
      <VerdictSelect
        label={t('document.editor.verdict')}
        value={a.verdict.status}
        onChange={(verdict) =>
          editAnnotation(a.id, { verdict }, t('document.undo.setVerdict', { verdict: t(VERDICT_LABEL[verdict.status]) }))
        }
        onEscape={onDone}
      />
      <TextField
        label={t('document.editor.note')}
        multiline
        value={a.verdict.note}
        onCommit={(note, key) => editAnnotation(a.id, { verdict: { note } }, t('document.undo.editNote'), key)}
        onEscape={onDone}
      />
      <TextField
        label={t('document.editor.evidence')}
        multiline
        placeholder={t('document.editor.evidencePlaceholder')}
        value={a.verdict.evidence.join('\n')}
        validate={(v) => (v.split('\n').some((line) => line.length > 2000) ? t('document.editor.evidenceTooLong', { max: 2000 }) : null)}
        onCommit={(v, key) =>
          editAnnotation(
            a.id,
            {
              verdict: {
                evidence: v
                  .split('\n')
                  .map((l) => l.trim())
                  .filter(Boolean)
                  .slice(0, 100),
              },
            },
            t('document.undo.editEvidence'),
            key,
          )
        }
        onEscape={onDone}
      />
      {a.type !== 'speaker' && (
        <TextField
          label={t('document.editor.reviewUrl')}
          placeholder={t('document.editor.reviewUrlPlaceholder')}
          value={a.verdict.reviewUrl ?? ''}
          validate={(v) => reviewUrlProblem(v, t)}
          onCommit={(v, key) => editAnnotation(a.id, { verdict: { reviewUrl: v.trim() } }, t('document.undo.editReviewUrl'), key)}
          onEscape={onDone}
        />
      )}
    </fieldset>
  );
}

/** The fields of the selected card; every change saves at once and can be undone. */
export function CardEditor({ id, onDone, toCodePoints }: { id: string; onDone(): void; toCodePoints(utf16Offset: number): number }) {
  const annotations = useDocument((s) => s.annotations);
  const byId = useMemo(() => new Map(annotations.map((x) => [x.id, x])), [annotations]);
  const t = useT();
  const a = byId.get(id);
  if (!a) return null;
  const props = { annotations, byId, onDone };
  const startPoint = toCodePoints(a.start);
  return (
    <div className="card-editor">
      {a.type === 'quote' && <QuoteFields annotation={a} {...props} />}
      {a.type === 'speaker' && <SpeakerFields annotation={a} {...props} />}
      {a.type === 'figure' && <FigureFields annotation={a} {...props} />}
      <VerdictFields annotation={a} onDone={onDone} />
      <div className="card-footer">
        <span className="span-info" title={t('document.editor.offsetsTitle')}>
          {startPoint !== a.start
            ? t('document.editor.offsetsWithPoints', {
                start: a.start,
                end: a.end,
                pointStart: startPoint,
                pointEnd: toCodePoints(a.end),
              })
            : t('document.editor.offsets', { start: a.start, end: a.end })}
        </span>
        <span className="span-keys">{t('document.editor.spanKeys')}</span>
        <button type="button" className="danger" onClick={() => useDocument.getState().deleteAnnotation(a.id)}>
          {t('document.editor.delete')}
        </button>
      </div>
    </div>
  );
}
