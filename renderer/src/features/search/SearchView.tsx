import { useEffect, useRef } from 'react';
import type { DocumentHitSummary, UnsearchableDocument } from '../../../../shared/contract/search';
import { reasonText } from '../../../../shared/error-text';
import { useLibrary } from '../library/library.store';
import { useNavigation } from '../../app/navigation';
import { useSearch } from './search.store';
import { Highlighted } from './Highlighted';
import { useDelayedEffect } from '../../util/delay';
import { T, UserText, useT, useTranslator } from '../../ui/i18n/I18n';
import { indexingLabel } from './search.logic';

const TYPING_DELAY_MS = 250;
/** Shown as the search hint; each pair is its own isolated run so the Arabic reads right. */
const FOLDS = ['أ إ آ = ا', 'ى ی = ي', 'ک = ك', 'ة = ه', '٧٥ = 75'];

/** Corpus-wide search and search within one document, Arabic-aware (see shared/search). */
export function SearchView({ focusSeq }: { focusSeq: number }) {
  const { query, clitics, skipExcluded, scope, documentId, corpus, inDocument, busy, error, status } = useSearch();
  const { set, run, more } = useSearch.getState();
  const openDocumentId = useNavigation((s) => s.documentId);
  const documents = useLibrary((s) => s.documents);
  const input = useRef<HTMLInputElement>(null);
  const scopeDocument = documents.find((d) => d.id === documentId);
  const t = useT();

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusSeq]);

  // "This document" is whichever document was opened last.
  useEffect(() => {
    if (openDocumentId) set({ documentId: openDocumentId });
  }, [openDocumentId, set]);

  // Search as the user types, a moment after the last key.
  useDelayedEffect(() => void run(), TYPING_DELAY_MS, [query, clitics, skipExcluded, scope, documentId, run]);

  return (
    <section className="search-view" aria-label={t('search.label')}>
      <form
        className="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <input
          ref={input}
          type="search"
          dir="auto"
          aria-label={t('search.input.label')}
          placeholder={t('search.input.placeholder')}
          value={query}
          onChange={(e) => set({ query: e.target.value })}
        />
        <button type="submit" className="primary">
          {t('search.submit')}
        </button>
      </form>
      <div className="search-options">
        <label className="check">
          <input type="checkbox" checked={clitics} onChange={(e) => set({ clitics: e.target.checked })} />
          <T
            id="search.option.clitics"
            values={{
              clitics: (
                <bdi lang="ar" translate="no">
                  و ف ب ل ال
                </bdi>
              ),
            }}
          />{' '}
          <span className="hint">
            <T
              id="search.option.cliticsExample"
              values={{
                word: (
                  <bdi lang="ar" translate="no">
                    الخارجية
                  </bdi>
                ),
                found: (
                  <bdi lang="ar" translate="no">
                    وبالخارجية
                  </bdi>
                ),
              }}
            />
          </span>
        </label>
        <label className="check" title={t('search.option.boilerplateTitle')}>
          <input type="checkbox" checked={skipExcluded} onChange={(e) => set({ skipExcluded: e.target.checked })} />
          {t('search.option.boilerplate')} <span className="hint">{t('search.option.boilerplateHint')}</span>
        </label>
        <fieldset className="segmented" aria-label={t('search.scope.label')}>
          <label>
            <input type="radio" name="scope" checked={scope === 'corpus'} onChange={() => set({ scope: 'corpus' })} />
            {t('search.scope.corpus')}
          </label>
          <label title={scopeDocument ? scopeDocument.title : t('search.scope.openFirst')}>
            <input
              type="radio"
              name="scope"
              disabled={!scopeDocument}
              checked={scope === 'document'}
              onChange={() => set({ scope: 'document' })}
            />
            {t('search.scope.document')}
            {scopeDocument ? ': ' : ''}
            {scopeDocument && (
              <bdi className="scope-title" data-user-content="">
                {scopeDocument.title}
              </bdi>
            )}
          </label>
        </fieldset>
        <p className="hint syntax">
          <code>{t('search.syntax.phrase')}</code> <code>{t('search.syntax.prefix')}</code> <code>{t('search.syntax.exclude')}</code> ·{' '}
          {t('search.syntax.folded')}{' '}
          {FOLDS.map((f) => (
            <bdi key={f} lang="ar" className="fold" translate="no">
              {f}
            </bdi>
          ))}{' '}
          {t('search.syntax.diacritics')}
        </p>
      </div>
      <SearchStatusLine busy={busy} status={status} error={error} />
      {scope === 'corpus' && corpus && <CorpusResults onMore={() => void more()} busy={busy} />}
      {scope === 'document' && inDocument && scopeDocument && <DocumentResults title={scopeDocument.title} />}
    </section>
  );
}

function SearchStatusLine({
  busy,
  status,
  error,
}: {
  busy: boolean;
  status: ReturnType<typeof useSearch.getState>['status'];
  error: string | null;
}) {
  if (error)
    return (
      <p role="alert" className="error inline-error">
        {error}
      </p>
    );
  const t = useT();
  const label = busy ? indexingLabel(status, t) : null;
  if (status && label) {
    return (
      <div className="search-status" role="status">
        {label}
        {status.total > 0 && <progress value={status.done} max={status.total} aria-label={t('search.status.progress')} />}
      </div>
    );
  }
  return null;
}

function CorpusResults({ onMore, busy }: { onMore: () => void; busy: boolean }) {
  const corpus = useSearch((s) => s.corpus);
  const tr = useTranslator();
  const { t } = tr;
  if (!corpus) return null;
  if (corpus.total === 0) {
    return (
      <>
        <p className="hint results-summary" role="status">
          <T id="search.results.none" values={{ query: <UserText>{corpus.query}</UserText> }} />
        </p>
        <UnsearchableNotice result={corpus} />
      </>
    );
  }
  return (
    <>
      <p className="results-summary" role="status">
        {t(corpus.totalExact ? 'search.results.count' : 'search.results.about', { count: corpus.total })} ·{' '}
        {t('search.results.took', { ms: Math.round(corpus.tookMs) })}
      </p>
      <UnsearchableNotice result={corpus} />
      <ol className="results" aria-label={t('search.results.label')}>
        {corpus.documents.map((d) => (
          <ResultCard key={d.documentId} result={d} />
        ))}
      </ol>
      {corpus.documents.length < corpus.total && (
        <button type="button" className="more" disabled={busy} onClick={onMore}>
          {t('search.results.more', { left: corpus.total - corpus.documents.length })}
        </button>
      )}
    </>
  );
}

function ResultCard({ result }: { result: DocumentHitSummary }) {
  const openDocument = useNavigation((s) => s.openDocument);
  const all = useSearch((s) => s.allHits[result.documentId]);
  const toggleAllHits = useSearch((s) => s.toggleAllHits);
  const first = result.snippets[0];
  const t = useT();
  const tr = useTranslator();
  return (
    <li className="result" lang={result.lang}>
      <button
        type="button"
        className="result-title"
        dir="auto"
        onClick={() => openDocument(result.documentId, first ? { start: first.start, end: first.end } : undefined)}
      >
        <span data-user-content="">{result.title}</span>
      </button>
      <p className="document-meta">
        {result.outlet && (
          <span dir="auto" data-user-content="">
            {result.outlet}
          </span>
        )}
        {result.publishedAt && <bdi dir="ltr">{tr.isoDate(result.publishedAt)}</bdi>}
        <span>
          {result.scannedChars !== null
            ? t('search.hits.countScanned', { count: result.hitCount, chars: result.scannedChars })
            : t('search.hits.count', { count: result.hitCount })}
          {result.titleHit ? ` ${t('search.hits.plusTitle')}` : ''}
        </span>
      </p>
      <ul className="snippets">
        {(all && !all.loading && !all.error ? all.snippets : result.snippets).map((s) => (
          <li key={s.start}>
            <button
              type="button"
              className="snippet-button"
              title={t('search.hits.open')}
              onClick={() => openDocument(result.documentId, { start: s.start, end: s.end })}
            >
              <Highlighted snippet={s} />
            </button>
          </li>
        ))}
      </ul>
      {all?.error && (
        <p role="alert" className="error inline-error">
          {all.error}
        </p>
      )}
      {all && !all.loading && all.hitCount > all.snippets.length && (
        <p className="hint">{t('search.hits.firstOf', { shown: all.snippets.length, count: all.hitCount })}</p>
      )}
      {(result.hitCount > result.snippets.length || result.scannedChars !== null) && (
        <button
          type="button"
          className="link-button all-hits"
          aria-expanded={all !== undefined}
          disabled={all?.loading}
          onClick={() => void toggleAllHits(result.documentId)}
        >
          {all
            ? all.loading
              ? t('search.hits.finding')
              : t('search.hits.fewer')
            : result.scannedChars !== null
              ? t('search.hits.all')
              : t('search.hits.allCount', { count: result.hitCount })}
        </button>
      )}
    </li>
  );
}

/** Documents the search could not look into, so a journalist knows what it did not cover. */
function UnsearchableNotice({ result }: { result: { unsearchable: UnsearchableDocument[]; unsearchableCount: number } }) {
  const translator = useTranslator();
  const { t } = translator;
  if (result.unsearchableCount === 0) return null;
  return (
    <details className="search-unsearchable">
      <summary>{t('search.unsearchable.count', { count: result.unsearchableCount })}</summary>
      <ul>
        {result.unsearchable.map((u) => (
          <li key={u.documentId}>
            <bdi dir="auto" data-user-content="">
              {u.title}
            </bdi>
            : {reasonText(translator, u)}
          </li>
        ))}
        {result.unsearchableCount > result.unsearchable.length && (
          <li>{t('search.unsearchable.more', { count: result.unsearchableCount - result.unsearchable.length })}</li>
        )}
      </ul>
    </details>
  );
}

function DocumentResults({ title }: { title: string }) {
  const inDocument = useSearch((s) => s.inDocument);
  const openDocument = useNavigation((s) => s.openDocument);
  const tr = useTranslator();
  const { t } = tr;
  if (!inDocument) return null;
  return (
    <>
      <p className="results-summary" role="status">
        <T id="search.document.hits" values={{ count: inDocument.hitCount, title: <UserText>{title}</UserText> }} />
        {inDocument.titleHit ? ` ${t('search.document.andTitle')}` : ''}
        {inDocument.hitCount > inDocument.snippets.length
          ? ` · ${t('search.document.firstListed', { count: inDocument.snippets.length })}`
          : ''}
      </p>
      <ol className="results hits" aria-label={t('search.document.label')}>
        {inDocument.snippets.map((s, i) => (
          <li key={s.start}>
            <button
              type="button"
              className="snippet-button"
              onClick={() => openDocument(inDocument.documentId, { start: s.start, end: s.end })}
            >
              <span className="hit-number">{tr.number(i + 1)}</span>
              <Highlighted snippet={s} />
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
