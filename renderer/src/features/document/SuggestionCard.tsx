import { type KeyboardEvent, memo } from 'react';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import { TYPE_LABEL, TYPE_MARK } from '../../ui/labels';
import { QUOTE_KIND, excerpt } from './cards.logic';
import { IsolatedParts } from '../../ui/Isolated';
import { T, UserText, useT } from '../../ui/i18n/I18n';
import { useDocument } from './document.store';
import { suggestionKey, suggestionSummary } from './suggestion-review.logic';

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
  const t = useT();
  const labelId = `suggestion-label-${s.id}`;
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
      aria-labelledby={labelId}
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
      <span id={labelId} className="visually-hidden">
        <T id="document.suggestion.label" values={{ type: s.type, text: <UserText>{excerpt(s.text, 60)}</UserText> }} />
      </span>
      <div className="card-head">
        <span className={`type-badge badge-${s.type}`}>
          <span aria-hidden="true">{TYPE_MARK[s.type]}</span> {t(TYPE_LABEL[s.type])}
        </span>
        <span className="suggested-badge">
          <span aria-hidden="true">✧</span> {t('document.suggestion.badge')}
        </span>
        <span className="confidence" title={t('document.suggestion.confidenceTitle')}>
          {t('document.suggestion.confidence', { confidence: s.confidence })}
        </span>
      </div>
      <p className="card-text" dir="auto" data-user-content="">
        {excerpt(s.text)}
      </p>
      {s.type === 'quote' ? (
        <QuoteSummary quote={s} />
      ) : (
        <p className="card-summary">
          <IsolatedParts parts={suggestionSummary(s, t)} />
        </p>
      )}
      {/* Only the current card carries its buttons: the others stay short, so more of the sweep is in view. */}
      {selected && alsoMarks && (
        <p className="suggestion-note">
          <T
            id={alsoMarks.includes(' · ') ? 'document.suggestion.alsoMarksMentions' : 'document.suggestion.alsoMarksSpeaker'}
            values={{
              mentions: (
                <bdi className="note-text" data-user-content="">
                  {alsoMarks}
                </bdi>
              ),
            }}
          />
        </p>
      )}
      {selected && (
        <div className="suggestion-actions">
          <button type="button" className="accept" title={t('document.suggestion.acceptTitle')} onClick={accept}>
            <span aria-hidden="true">✓</span> {t('document.suggestion.accept')} <kbd aria-hidden="true">A</kbd>
          </button>
          <button type="button" className="reject" title={t('document.suggestion.rejectTitle')} onClick={reject}>
            <span aria-hidden="true">✕</span> {t('document.suggestion.reject')} <kbd aria-hidden="true">X</kbd>
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
  const t = useT();
  return (
    <p className="card-summary quote-summary">
      {t(QUOTE_KIND[kind])} ·{' '}
      {who ? (
        <>
          — <UserText>{who}</UserText>
          {speakerId ? '' : ` ${t('document.suggestion.notLinked')}`}
        </>
      ) : (
        t('document.suggestion.noSpeaker')
      )}
      {cue && (
        <>
          {' '}
          · {t('document.suggestion.cue')}{' '}
          <bdi className="cue-text" data-user-content="">
            {cue}
          </bdi>
        </>
      )}
    </p>
  );
}
