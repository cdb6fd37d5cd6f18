import { useMemo } from 'react';
import {
  type Annotation,
  type FigureAnnotation,
  FigureKind,
  type QuoteAnnotation,
  QuoteKind,
  type SpeakerAnnotation,
  VERDICT_STATUSES,
  type VerdictStatus,
} from '../../../../shared/domain/annotation';
import { formatFigureValue, parseFigureValue } from '../../../../shared/domain/figure-value';
import { sameAsCandidates, speakerName } from '../../../../shared/domain/speakers';
import { toCodePointOffset } from '../../../../shared/text/offsets';
import { SelectField, TextField } from './fields';
import { VERDICT_LABEL } from '../../ui/labels';
import { excerpt } from './cards.logic';
import type { DocumentState } from './document.state';
import { useDocument } from './document.store';

/** Every field change saves at once and can be undone, as one step per visit to the field. */
const editAnnotation: DocumentState['editAnnotation'] = (...change) => useDocument.getState().editAnnotation(...change);

interface EditorProps<A extends Annotation> {
  annotation: A;
  annotations: readonly Annotation[];
  /** One index for every lookup: a long article has hundreds of speakers to label. */
  byId: ReadonlyMap<string, Annotation>;
  onDone(): void;
}

function speakerOptionLabel(annotations: readonly Annotation[], byId: ReadonlyMap<string, Annotation>, s: SpeakerAnnotation): string {
  const name = speakerName(annotations, s.id, byId);
  const mention = excerpt(s.text, 40);
  return name === mention ? name : `${name} (“${mention}”)`;
}

function QuoteFields({ annotation: a, annotations, byId, onDone }: EditorProps<QuoteAnnotation>) {
  const speakers = annotations.filter((x): x is SpeakerAnnotation => x.type === 'speaker');
  const pending = useDocument((s) => s.pendingSpeakerFor === a.id);
  const hasSelection = useDocument((s) => s.textSelection !== null);
  const { setPendingSpeaker, markSelection } = useDocument.getState();
  return (
    <>
      <SelectField
        label="Kind"
        value={a.attributes.kind}
        options={QuoteKind.options.map((k) => ({ value: k, label: k }))}
        onChange={(kind) => editAnnotation(a.id, { attributes: { kind } }, 'change quote kind')}
        onEscape={onDone}
      />
      <TextField
        label="Cue verb"
        placeholder="said, قال, أكد…"
        value={a.attributes.cue}
        onCommit={(cue, key) => editAnnotation(a.id, { attributes: { cue } }, 'edit cue verb', key)}
        onEscape={onDone}
      />
      <SelectField
        label="Speaker"
        value={a.attributes.speakerId ?? ''}
        options={[
          { value: '', label: speakers.length ? '— no speaker —' : '— no speaker marked yet —' },
          ...speakers.map((s) => ({ value: s.id, label: speakerOptionLabel(annotations, byId, s) })),
        ]}
        onChange={(speakerId) =>
          editAnnotation(a.id, { attributes: { speakerId: speakerId || null } }, speakerId ? 'link speaker' : 'unlink speaker')
        }
        onEscape={onDone}
      />
      <div className="field-actions">
        {pending ? (
          <p className="pending-hint" role="status">
            Select the speaker’s name in the text and press <kbd>S</kbd>.{' '}
            <button type="button" onClick={() => setPendingSpeaker(null)}>
              Cancel
            </button>
          </p>
        ) : (
          <button
            type="button"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setPendingSpeaker(a.id);
              // With text already selected, mark it right away; otherwise wait for a selection.
              if (hasSelection) markSelection('speaker');
            }}
          >
            New speaker from text…
          </button>
        )}
      </div>
    </>
  );
}

function SpeakerFields({ annotation: a, annotations, byId, onDone }: EditorProps<SpeakerAnnotation>) {
  const candidates = sameAsCandidates(annotations, a.id, byId);
  const inherited = a.attributes.sameAs ? speakerName(annotations, a.attributes.sameAs, byId) : '';
  return (
    <>
      <TextField
        label="Canonical name"
        placeholder={inherited || a.text}
        value={a.attributes.name}
        onCommit={(name, key) => editAnnotation(a.id, { attributes: { name } }, 'edit speaker name', key)}
        hint={inherited ? `Same person as ${inherited}` : undefined}
        onEscape={onDone}
      />
      <TextField
        label="Role or title"
        value={a.attributes.role}
        onCommit={(role, key) => editAnnotation(a.id, { attributes: { role } }, 'edit speaker role', key)}
        onEscape={onDone}
      />
      <TextField
        label="Affiliation"
        value={a.attributes.affiliation}
        onCommit={(affiliation, key) => editAnnotation(a.id, { attributes: { affiliation } }, 'edit affiliation', key)}
        onEscape={onDone}
      />
      <SelectField
        label="Same person as"
        value={a.attributes.sameAs ?? ''}
        options={[
          { value: '', label: '— a person of its own —' },
          ...candidates.map((s) => ({ value: s.id, label: speakerOptionLabel(annotations, byId, s) })),
        ]}
        onChange={(sameAs) =>
          editAnnotation(a.id, { attributes: { sameAs: sameAs || null } }, sameAs ? 'link same person' : 'unlink same person')
        }
        onEscape={onDone}
      />
    </>
  );
}

function FigureFields({ annotation: a, onDone }: EditorProps<FigureAnnotation>) {
  return (
    <>
      <TextField
        label="Raw text"
        value={a.attributes.raw}
        onCommit={(raw, key) => editAnnotation(a.id, { attributes: { raw } }, 'edit figure text', key)}
        onEscape={onDone}
      />
      <TextField
        label="Normalized value"
        placeholder="75, 40–50, 4.5 million, 2024-10-07"
        value={formatFigureValue(a.attributes.value)}
        validate={(v) => {
          const parsed = parseFigureValue(v);
          return parsed.ok ? null : parsed.error;
        }}
        onCommit={(v, key) => {
          const parsed = parseFigureValue(v);
          if (parsed.ok) editAnnotation(a.id, { attributes: { value: parsed.value } }, 'edit figure value', key);
        }}
        hint="A number, a range (40–50), a date (YYYY-MM-DD) or a day without year (--MM-DD)"
        onEscape={onDone}
      />
      <TextField
        label="Unit"
        placeholder="years, يوم, %, USD"
        value={a.attributes.unit}
        onCommit={(unit, key) => editAnnotation(a.id, { attributes: { unit } }, 'edit figure unit', key)}
        onEscape={onDone}
      />
      <SelectField
        label="Kind of figure"
        value={a.attributes.kind}
        options={FigureKind.options.map((k) => ({ value: k, label: k || '— not set —' }))}
        onChange={(kind) => editAnnotation(a.id, { attributes: { kind } }, 'change figure kind')}
        onEscape={onDone}
      />
      <TextField
        label="What it counts"
        placeholder="hostages, days of truce…"
        value={a.attributes.counts}
        onCommit={(counts, key) => editAnnotation(a.id, { attributes: { counts } }, 'edit what the figure counts', key)}
        onEscape={onDone}
      />
    </>
  );
}

/** The store refuses anything but an http(s) address; saying so here keeps the typing. */
function reviewUrlProblem(value: string): string | null {
  const v = value.trim();
  if (v === '') return null;
  try {
    const url = new URL(v);
    if (url.protocol === 'http:' || url.protocol === 'https:') return v.length > 2000 ? 'At most 2,000 characters' : null;
  } catch {
    // Not a URL at all: same message.
  }
  return 'Must be an http(s) address, e.g. https://example.org/fact-check/123';
}

function VerdictFields({ annotation: a, onDone }: { annotation: Annotation; onDone(): void }) {
  return (
    <fieldset className="verdict-fields">
      <legend>Fact check</legend>
      <SelectField
        label="Verdict"
        value={a.verdict.status}
        options={VERDICT_STATUSES.map((s) => ({ value: s, label: VERDICT_LABEL[s] }))}
        onChange={(status: VerdictStatus) =>
          editAnnotation(
            a.id,
            { verdict: { status, checkedAt: status === 'unchecked' ? '' : new Date().toISOString() } },
            `set verdict: ${VERDICT_LABEL[status].toLowerCase()}`,
          )
        }
        onEscape={onDone}
      />
      <TextField
        label="Note"
        multiline
        value={a.verdict.note}
        onCommit={(note, key) => editAnnotation(a.id, { verdict: { note } }, 'edit note', key)}
        onEscape={onDone}
      />
      <TextField
        label="Evidence links"
        multiline
        placeholder="One link or source per line"
        value={a.verdict.evidence.join('\n')}
        validate={(v) => (v.split('\n').some((line) => line.length > 2000) ? 'Each line can be at most 2,000 characters' : null)}
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
            'edit evidence',
            key,
          )
        }
        onEscape={onDone}
      />
      {a.type !== 'speaker' && (
        <TextField
          label="Published fact-check (URL)"
          placeholder="https://… where this review is published (ClaimReview's url)"
          value={a.verdict.reviewUrl ?? ''}
          validate={reviewUrlProblem}
          onCommit={(v, key) => editAnnotation(a.id, { verdict: { reviewUrl: v.trim() } }, 'edit fact-check URL', key)}
          onEscape={onDone}
        />
      )}
    </fieldset>
  );
}

/** The fields of the selected card; every change saves at once and can be undone. */
export function CardEditor({ id, onDone }: { id: string; onDone(): void }) {
  const annotations = useDocument((s) => s.annotations);
  const text = useDocument((s) => s.doc?.text ?? '');
  const byId = useMemo(() => new Map(annotations.map((x) => [x.id, x])), [annotations]);
  const a = byId.get(id);
  if (!a) return null;
  const props = { annotations, byId, onDone };
  const startPoint = toCodePointOffset(text, a.start);
  return (
    <div className="card-editor">
      {a.type === 'quote' && <QuoteFields annotation={a} {...props} />}
      {a.type === 'speaker' && <SpeakerFields annotation={a} {...props} />}
      {a.type === 'figure' && <FigureFields annotation={a} {...props} />}
      <VerdictFields annotation={a} onDone={onDone} />
      <div className="card-footer">
        <span className="span-info" title="Offsets in UTF-16 code units (code points in brackets)">
          {a.start}–{a.end}
          {startPoint !== a.start && ` (${startPoint}–${toCodePointOffset(text, a.end)} code points)`}
        </span>
        <span className="span-keys">Shift+←/→ end · Ctrl+Shift+←/→ start · Alt: one character</span>
        <button type="button" className="danger" onClick={() => useDocument.getState().deleteAnnotation(a.id)}>
          Delete
        </button>
      </div>
    </div>
  );
}
