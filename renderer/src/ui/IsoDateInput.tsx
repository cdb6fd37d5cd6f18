import { useEffect, useId, useState } from 'react';
import { dateIssue } from '../../../shared/domain/dates';
import { messageText } from '../../../shared/error-text';
import { useTranslator } from './i18n/I18n';

/**
 * A day written as YYYY-MM-DD, like every date in Isnad. Not `<input type="date">`: that
 * shows the browser's locale order (10/07/2024 or 07/10/2024), which reads ambiguously
 * beside the ISO dates of the rest of the app. A value that is not a real day (2024-02-30)
 * is refused here with the reason, and the filter keeps its last good value.
 */
export function IsoDateInput({
  label,
  value,
  onChange,
  placeholder = 'YYYY-MM-DD',
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  /** The format as the interface's language writes it (the catalogs' YYYY-MM-DD). */
  placeholder?: string;
}) {
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = useId();
  const translator = useTranslator();
  // Why the day is refused, in the interface's language.
  const problemOf = (text: string) => {
    const issue = dateIssue(text, { dayOnly: true });
    return issue ? messageText(translator, { message: issue.text, messageId: issue.id, values: issue.values }) : null;
  };
  useEffect(() => {
    setDraft(value);
    setProblem(null);
  }, [value]);
  const change = (next: string) => {
    setDraft(next);
    const trimmed = next.trim();
    // Half-typed ("2024-0") is not an error yet; it is only not sent.
    if (trimmed !== '' && trimmed.length < 10) return setProblem(null);
    const reason = problemOf(trimmed);
    setProblem(reason);
    if (!reason) onChange(trimmed);
  };
  const leave = () => {
    const reason = problemOf(draft.trim());
    setProblem(reason);
  };
  return (
    <span className="iso-date">
      <input
        type="text"
        inputMode="numeric"
        dir="ltr"
        size={10}
        maxLength={10}
        placeholder={placeholder}
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        value={draft}
        onChange={(e) => change(e.target.value)}
        onBlur={leave}
      />
      {problem && (
        <span id={errorId} role="alert" className="field-error">
          {problem}
        </span>
      )}
    </span>
  );
}
