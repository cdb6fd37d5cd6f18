import { type KeyboardEvent, type ReactNode, type Ref, useEffect, useId, useRef, useState } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  /** Called with the new value and a key shared by every commit made during one focus. */
  onCommit(value: string, coalesceKey: string): void;
  /** Returns a message when the value cannot be saved. */
  validate?(value: string): string | null;
  multiline?: boolean;
  placeholder?: string;
  className?: string;
  hint?: ReactNode;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  /** Escape: where focus goes after the field gives up its edit. */
  onEscape?(): void;
}

const TYPING_PAUSE_MS = 700;

/**
 * A field that saves as you type (after a short pause), on Enter and when it loses focus.
 * Commits made during one visit to the field undo as one step. While it has focus it keeps
 * what is being typed; otherwise it shows the stored value (which undo may change).
 */
export function TextField(props: TextFieldProps) {
  const { value, onCommit, validate } = props;
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  const session = useRef('');
  const visits = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const id = useId();

  useEffect(() => {
    if (!focused.current) {
      setDraft(value);
      setError(null);
    }
  }, [value]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const commit = (next: string, showError: boolean): boolean => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (next === value) {
      setError(null);
      return true;
    }
    const problem = validate?.(next) ?? null;
    if (problem) {
      if (showError) setError(problem);
      return false;
    }
    setError(null);
    onCommit(next, session.current);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !props.multiline && !event.nativeEvent.isComposing) {
      event.preventDefault();
      commit(draft, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (!commit(draft, false)) setDraft(value);
      setError(null);
      props.onEscape?.();
    }
  };

  const common = {
    id,
    dir: 'auto',
    value: draft,
    placeholder: props.placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onFocus: () => {
      focused.current = true;
      session.current = `field-${id}-${++visits.current}`;
    },
    onBlur: () => {
      focused.current = false;
      if (!commit(draft, true)) return;
    },
    onChange: (event: { target: { value: string } }) => {
      const next = event.target.value;
      setDraft(next);
      if (error && !validate?.(next)) setError(null);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => commit(next, false), TYPING_PAUSE_MS);
    },
    onKeyDown,
  };

  return (
    <div className={`edit-field ${props.className ?? ''}`}>
      <label htmlFor={id} className="edit-field-label">
        {props.label}
      </label>
      {props.multiline ? <textarea {...common} rows={3} ref={props.inputRef} /> : <input {...common} ref={props.inputRef} />}
      {error ? (
        <span className="edit-field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : (
        props.hint && <span className="edit-field-hint">{props.hint}</span>
      )}
    </div>
  );
}

/**
 * Above this many choices a closed select holds only its current one, and gets the rest the
 * moment it is focused or pressed (before its list can open or a key can move it). A long
 * article's quote editor offers every speaker mention (hundreds): building and styling
 * those options cost more than the rest of the new card, on the frame after each Q.
 */
export const ALL_OPTIONS_UP_TO = 40;

export function SelectField<V extends string>(props: {
  label: string;
  value: V;
  /** `user`: the label is the journalist's (a name), not the interface's. A function is called only once the list opens. */
  options: ReadonlyArray<{ value: V; label: string; user?: boolean }> | (() => ReadonlyArray<{ value: V; label: string; user?: boolean }>);
  /** With `options` as a function: what the closed list holds (the empty choice and the current one). */
  closedOptions?: ReadonlyArray<{ value: V; label: string; user?: boolean }>;
  onChange(value: V): void;
  onEscape?(): void;
}) {
  const id = useId();
  const [opened, setOpened] = useState(false);
  const open = () => {
    if (!opened) setOpened(true);
  };
  const given = typeof props.options === 'function' ? (opened || !props.closedOptions ? props.options() : null) : props.options;
  const options = !given
    ? (props.closedOptions ?? [])
    : opened || given.length <= ALL_OPTIONS_UP_TO
      ? given
      : given.filter((o, i) => o.value === props.value || (i === 0 && !given.some((x) => x.value === props.value)));
  return (
    <div className="edit-field">
      <label htmlFor={id} className="edit-field-label">
        {props.label}
      </label>
      <select
        id={id}
        dir="auto"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as V)}
        onFocus={open}
        onPointerDown={open}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            props.onEscape?.();
          }
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} data-user-content={o.user ? '' : undefined}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
