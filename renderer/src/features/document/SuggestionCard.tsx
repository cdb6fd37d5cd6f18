import { type KeyboardEvent, memo } from 'react';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import { TYPE_LABEL, TYPE_MARK } from '../../ui/labels';
import { excerpt } from './cards.logic';
import { useDocument } from './document.store';
import { confidenceLabel, suggestionKey, suggestionSummary } from './suggestion-review.logic';

/**
 * A suggestion waiting for review: dashed, labelled "Suggested" (never told apart by colour
 * alone), with how sure the rules are, and for a quote its speaker and cue. A or Enter
 * accepts, X or Backspace rejects; either way the next suggestion's card takes focus.
 */
export const SuggestionCard = memo(function SuggestionCard(props: {
  suggestion: Suggestion;
  /** For a quote: the speaker mentions (suggestions) accepting it also marks, joined by " · ". */
  alsoMarks: string;
  selected: boolean;
  previousKey: string | null;
  nextKey: string | null;
}) {
  const { suggestion: s, alsoMarks, selected } = props;
  const { acceptSuggestions, rejectSuggestion, focusCard, selectSuggestion } = useDocument.getState();
  const accept = () => acceptSuggestions([s.id], { current: s.id, moveFocus: true });
  const reject = () => rejectSuggestion(s.id, { moveFocus: true });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const onCard = event.target === event.currentTarget;
    // Physical keys, so A and X work with an Arabic keyboard layout too.
    if (event.code === 'KeyA' || (onCard && event.key === 'Enter')) {
      event.preventDefault();
      accept();
    } else if (event.code === 'KeyX' || (onCard && (event.key === 'Backspace' || event.key === 'Delete'))) {
      event.preventDefault();
      reject();
    } else if (onCard && (event.key === 'ArrowDown' || event.key === 'ArrowUp') && !event.shiftKey) {
      const key = event.key === 'ArrowDown' ? props.nextKey : props.previousKey;
      if (!key) return;
      event.preventDefault();
      focusCard(key);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      document.querySelector<HTMLElement>('.source-pane')?.focus({ preventScroll: true });
    }
  };

  return (
    <div
      className={`card card-${s.type} card-suggestion${selected ? ' selected' : ''}`}
      data-card-key={suggestionKey(s.id)}
      data-suggestion-id={s.id}
      role="group"
      aria-label={`Suggested ${s.type}: ${excerpt(s.text, 60)}`}
      aria-current={selected ? 'true' : undefined}
      aria-keyshortcuts="A Enter X Backspace"
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && !selected) selectSuggestion(s);
      }}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('button')) return;
        selectSuggestion(s, { reveal: true });
      }}
    >
      <div className="card-head">
        <span className={`type-badge badge-${s.type}`}>
          <span aria-hidden="true">{TYPE_MARK[s.type]}</span> {TYPE_LABEL[s.type]}
        </span>
        <span className="suggested-badge">
          <span aria-hidden="true">✧</span> Suggested
        </span>
        <span className="confidence" title="How sure the suggestion rules are">
          {confidenceLabel(s.confidence)}
        </span>
      </div>
      <p className="card-text" dir="auto">
        {excerpt(s.text)}
      </p>
      {s.type === 'quote' ? <QuoteSummary quote={s} /> : <p className="card-summary">{suggestionSummary(s)}</p>}
      {/* Only the current card carries its buttons: the others stay short, so more of the sweep is in view. */}
      {selected && alsoMarks && (
        <p className="suggestion-note">
          Accepting also marks {alsoMarks.includes(' · ') ? 'the speaker’s mentions' : 'its speaker'}{' '}
          <bdi className="note-text">{alsoMarks}</bdi>
        </p>
      )}
      {selected && (
        <div className="suggestion-actions">
          <button type="button" className="accept" title="Accept: make it an annotation (A or Enter)" onClick={accept}>
            <span aria-hidden="true">✓</span> Accept <kbd aria-hidden="true">A</kbd>
          </button>
          <button type="button" className="reject" title="Reject: it will not be suggested again (X or Backspace)" onClick={reject}>
            <span aria-hidden="true">✕</span> Reject <kbd aria-hidden="true">X</kbd>
          </button>
        </div>
      )}
    </div>
  );
});

/** "direct · — name · cue وقال": names and cue isolated, so Arabic beside Latin labels keeps its order. */
function QuoteSummary({ quote }: { quote: Extract<Suggestion, { type: 'quote' }> }) {
  const { kind, speakerName, speakerText, speakerId, cue } = quote.attributes;
  const who = speakerName || speakerText;
  return (
    <p className="card-summary quote-summary">
      {kind} ·{' '}
      {who ? (
        <>
          — <bdi>{who}</bdi>
          {speakerId ? '' : ' (not linked)'}
        </>
      ) : (
        'no speaker found'
      )}
      {cue && (
        <>
          {' '}
          · cue <bdi className="cue-text">{cue}</bdi>
        </>
      )}
    </p>
  );
}
