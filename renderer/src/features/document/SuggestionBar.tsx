import { ANNOTATION_TYPES, type AnnotationType } from '../../../../shared/domain/annotation';
import { confidentOfType } from '../../../../shared/suggest/accept';
import { ACCEPT_ALL_THRESHOLD } from '../../../../shared/suggest/calibration';
import { countByType } from '../../../../shared/domain/counts';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import { TYPE_MARK, TYPE_PLURAL } from '../../ui/labels';
import { useDocument } from './document.store';
import { T, useT } from '../../ui/i18n/I18n';

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
  const t = useT();

  if (hidden) {
    return (
      <section className="suggestion-bar muted" aria-label={t('document.suggestions.label')}>
        <p>
          {t('document.suggestions.hidden')}{' '}
          <button type="button" className="link-button" onClick={() => suggestAndReview()}>
            {t('document.suggestions.show')} <kbd>G</kbd>
          </button>
        </p>
      </section>
    );
  }
  if (status === 'idle') return null;
  if (status === 'error') {
    return (
      <section className="suggestion-bar" aria-label={t('document.suggestions.label')}>
        <p role="alert" className="suggestion-error">
          {t('document.suggestions.failed', { error })}{' '}
          <button type="button" onClick={() => void findSuggestions()}>
            {t('document.suggestions.tryAgain')}
          </button>
        </p>
      </section>
    );
  }
  if (status === 'loading' && found === 0) {
    return (
      <section className="suggestion-bar" aria-label={t('document.suggestions.label')} aria-busy="true">
        <p role="status" className="suggestion-loading">
          <span className="spinner" aria-hidden="true" /> {t('document.suggestions.finding')}
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
    <section className="suggestion-bar" aria-label={t('document.suggestions.label')} aria-busy={status === 'loading'}>
      <div className="suggestion-summary">
        <strong>
          <span aria-hidden="true">✧ </span>
          {t('document.suggestions.count', { count: offered.length })}
        </strong>
        {offered.length > 0 && (
          <span className="hint">
            <T id="document.suggestions.keys" values={{ kbd: (parts) => <kbd>{parts}</kbd> }} />
          </span>
        )}
        {status === 'loading' && (
          <span role="status" className="suggestion-loading">
            <span className="spinner" aria-hidden="true" /> {t('document.suggestions.finding')}
          </span>
        )}
        <button
          type="button"
          className="link-button hide-suggestions"
          onClick={hideSuggestions}
          title={t('document.suggestions.hideTitle')}
        >
          {t('document.suggestions.hide')}
        </button>
      </div>
      {offered.length > 0 && (
        <div className="accept-all" role="group" aria-label={t('document.suggestions.acceptAllGroup')}>
          <span className="accept-all-label">{t('document.suggestions.acceptAll')}</span>
          {ANNOTATION_TYPES.map((type) => (
            <button
              key={type}
              type="button"
              className={`accept-all-button chip-${type}`}
              aria-label={t('document.suggestions.acceptAllType', { type: t(TYPE_PLURAL[type]), count: sure[type] })}
              title={t(type === 'quote' ? 'document.suggestions.acceptAllQuotesTitle' : 'document.suggestions.acceptAllTitle', {
                type: t(TYPE_PLURAL[type]),
                threshold: ACCEPT_ALL_THRESHOLD,
                left: counts[type] - sure[type],
              })}
              disabled={sure[type] === 0}
              onClick={() => acceptAllOfType(type)}
            >
              <span aria-hidden="true" className={`type-mark mark-${type}`}>
                {TYPE_MARK[type]}
              </span>
              {t(TYPE_PLURAL[type])} <span className="chip-count">{t('document.panel.chipCount', { count: sure[type] })}</span>
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
