import {
  type Annotation,
  FigureKind,
  type FigureValue,
  QuoteKind,
  type SpeakerAnnotation,
  VERDICT_STATUSES,
  type VerdictStatus,
} from '../../../../shared/domain/annotation';
import { formatFigureValue, parseFigureValue } from '../../../../shared/domain/figure-value';
import { speakerName } from '../../../../shared/domain/speakers';
import { useT } from '../../ui/i18n/I18n';
import { VERDICT_LABEL } from '../../ui/labels';
import { FIGURE_KIND, QUOTE_KIND, excerpt } from './cards.logic';
import { ALL_OPTIONS_UP_TO, SelectField, TextField } from './fields';

/**
 * The attribute and verdict fields an annotation's editor and the curated version's editor
 * share (the card editor, the adjudication view): the same choices, parsing and option
 * labels; each caller names the field and the undo step in its own words.
 */

interface FieldProps<V> {
  label: string;
  value: V;
  onEscape?(): void;
}

/** "Layla Haddad (“the minister”)": the speaker's name, and the mention when it differs. */
export function speakerOptionLabel(
  annotations: readonly Annotation[],
  byId: ReadonlyMap<string, Annotation>,
  s: SpeakerAnnotation,
): string {
  const name = speakerName(annotations, s.id, byId);
  const mention = excerpt(s.text, 40);
  return name === mention ? name : `${name} (“${mention}”)`;
}

/** The closed speaker list: the empty choice, and the current speaker when there is one. */
function closedSpeakerOptions(props: {
  value: string | null;
  annotations: readonly Annotation[];
  byId: ReadonlyMap<string, Annotation>;
  none: string;
}): Array<{ value: string; label: string; user?: boolean }> {
  const current = props.value ? props.byId.get(props.value) : undefined;
  return [
    { value: '', label: props.none },
    ...(current?.type === 'speaker'
      ? [{ value: current.id, label: speakerOptionLabel(props.annotations, props.byId, current), user: true }]
      : []),
  ];
}

/** A quote's speaker among `speakers`; `byId` indexes `annotations`, so each label is one lookup. */
export function SpeakerSelect(
  props: FieldProps<string | null> & {
    annotations: readonly Annotation[];
    byId: ReadonlyMap<string, Annotation>;
    speakers: readonly SpeakerAnnotation[];
    /** The empty choice's words: "no speaker", or "none marked yet" when there are none. */
    none: string;
    onChange(speakerId: string | null): void;
  },
) {
  const all = () => [
    { value: '', label: props.none },
    ...props.speakers.map((s) => ({ value: s.id, label: speakerOptionLabel(props.annotations, props.byId, s), user: true })),
  ];
  return (
    <SelectField
      label={props.label}
      value={props.value ?? ''}
      // Hundreds of speakers on a long article: their labels are built only when the list opens.
      options={props.speakers.length < ALL_OPTIONS_UP_TO ? all() : all}
      closedOptions={closedSpeakerOptions(props)}
      onChange={(id) => props.onChange(id || null)}
      onEscape={props.onEscape}
    />
  );
}

export function QuoteKindSelect(props: FieldProps<QuoteKind> & { onChange(kind: QuoteKind): void }) {
  const t = useT();
  return (
    <SelectField
      label={props.label}
      value={props.value}
      options={QuoteKind.options.map((k) => ({ value: k, label: t(QUOTE_KIND[k]) }))}
      onChange={props.onChange}
      onEscape={props.onEscape}
    />
  );
}

export function FigureKindSelect(props: FieldProps<FigureKind> & { notSet: string; onChange(kind: FigureKind): void }) {
  const t = useT();
  return (
    <SelectField
      label={props.label}
      value={props.value}
      options={FigureKind.options.map((k) => ({ value: k, label: k ? t(FIGURE_KIND[k]) : props.notSet }))}
      onChange={props.onChange}
      onEscape={props.onEscape}
    />
  );
}

/** A figure's normalized value: refused (with the parser's reason) until it reads as one. */
export function FigureValueField(
  props: FieldProps<FigureValue> & { placeholder?: string; hint?: string; onCommit(value: FigureValue, coalesceKey: string): void },
) {
  return (
    <TextField
      label={props.label}
      placeholder={props.placeholder}
      value={formatFigureValue(props.value)}
      validate={(v) => {
        const parsed = parseFigureValue(v);
        return parsed.ok ? null : parsed.error;
      }}
      onCommit={(v, key) => {
        const parsed = parseFigureValue(v);
        if (parsed.ok) props.onCommit(parsed.value, key);
      }}
      hint={props.hint}
      onEscape={props.onEscape}
    />
  );
}

/** A verdict's status; choosing one dates the check (and "unchecked" clears the date). */
export function VerdictSelect(
  props: FieldProps<VerdictStatus> & { onChange(verdict: { status: VerdictStatus; checkedAt: string }): void },
) {
  const t = useT();
  return (
    <SelectField
      label={props.label}
      value={props.value}
      options={VERDICT_STATUSES.map((s) => ({ value: s, label: t(VERDICT_LABEL[s]) }))}
      onChange={(status: VerdictStatus) => props.onChange({ status, checkedAt: status === 'unchecked' ? '' : new Date().toISOString() })}
      onEscape={props.onEscape}
    />
  );
}
