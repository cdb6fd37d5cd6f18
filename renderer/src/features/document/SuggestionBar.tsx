import { ANNOTATION_TYPES, type AnnotationType } from '../../../../shared/domain/annotation';
import { confidentOfType } from '../../../../shared/suggest/accept';
import { ACCEPT_ALL_THRESHOLD } from '../../../../shared/suggest/calibration';
import { countByType } from '../../../../shared/domain/counts';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import { TYPE_MARK, TYPE_PLURAL } from '../../ui/labels';
import { useDocument } from './document.store';
import { plural } from '../../util/format';

/**
 * The top of the panel while suggestions are in play: finding them, what went wrong, how
 * many of each type are on offer with an "Accept all" per type, and what the last review
 * key did.
 */
export function SuggestionBar({ offered }: { offered: readonly Suggestion[] }) {
  const status = useDocument((s) => s.suggest.status);
  const error = useDocument((s) => s.suggest.error);
  const hidden = useDocument((s) => s.suggest.hidden);
  const notice = useDocument((s) => s.suggest.notice);
  const found = useDocument((s) => s.suggest.found.length);
  const { acceptAllOfType, findSuggestions, hideSuggestions, suggestAndReview } = useDocument.getState();

  if (hidden) {
    return (
      <section className="suggestion-bar muted" aria-label="Suggestions">
        <p>
          Suggestions hidden.{' '}
          <button type="button" className="link-button" onClick={() => suggestAndReview()}>
            Show them <kbd>G</kbd>
          </button>
        </p>
      </section>
    );
  }
  if (status === 'idle') return null;
  if (status === 'error') {
    return (
      <section className="suggestion-bar" aria-label="Suggestions">
        <p role="alert" className="suggestion-error">
          Could not find suggestions: {error}{' '}
          <button type="button" onClick={() => void findSuggestions()}>
            Try again
          </button>
        </p>
      </section>
    );
  }
  if (status === 'loading' && found === 0) {
    return (
      <section className="suggestion-bar" aria-label="Suggestions" aria-busy="true">
        <p role="status" className="suggestion-loading">
          <span className="spinner" aria-hidden="true" /> Finding suggestions…
        </p>
      </section>
    );
  }
  const counts = countByType(offered);
  const sure = Object.fromEntries(ANNOTATION_TYPES.map((t) => [t, confidentOfType(offered, t).sure.length])) as Record<
    AnnotationType,
    number
  >;
  return (
    <section className="suggestion-bar" aria-label="Suggestions" aria-busy={status === 'loading'}>
      <div className="suggestion-summary">
        <strong>
          <span aria-hidden="true">✧ </span>
          {offered.length === 0 ? 'No suggestions left' : plural(offered.length, 'suggestion')}
        </strong>
        {offered.length > 0 && (
          <span className="hint">
            <kbd>A</kbd> accept · <kbd>X</kbd> reject
          </span>
        )}
        {status === 'loading' && (
          <span role="status" className="suggestion-loading">
            <span className="spinner" aria-hidden="true" /> Finding suggestions…
          </span>
        )}
        <button
          type="button"
          className="link-button hide-suggestions"
          onClick={hideSuggestions}
          title="Hide the suggestions (G shows them again)"
        >
          Hide
        </button>
      </div>
      {offered.length > 0 && (
        <div className="accept-all" role="group" aria-label="Accept all suggestions of a type">
          <span className="accept-all-label">Accept all</span>
          {ANNOTATION_TYPES.map((type) => (
            <button
              key={type}
              type="button"
              className={`accept-all-button chip-${type}`}
              aria-label={`Accept all ${type}s (${sure[type]})`}
              title={`${type === 'quote' ? 'Accept every sure quote, with the speakers it is attributed to' : `Accept every sure ${type}`} (confidence ≥ ${Math.round(ACCEPT_ALL_THRESHOLD * 100)}%); ${counts[type] - sure[type]} less certain stay for review`}
              disabled={sure[type] === 0}
              onClick={() => acceptAllOfType(type)}
            >
              <span aria-hidden="true" className={`type-mark mark-${type}`}>
                {TYPE_MARK[type]}
              </span>
              {TYPE_PLURAL[type]} <span className="chip-count">{sure[type]}</span>
            </button>
          ))}
        </div>
      )}
      <p className="suggestion-notice" role="status">
        {notice}
      </p>
    </section>
  );
}
