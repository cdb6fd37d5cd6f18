import { useEffect, useRef } from 'react';
import type { DocumentHitSummary } from '../../../../shared/contract/search';
import { useLibrary } from '../library/library.store';
import { useNavigation } from '../../app/navigation';
import { useSearch } from './search.store';
import { Highlighted } from './Highlighted';
import { useDelayedEffect } from '../../util/delay';
import { plural } from '../../util/format';
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
    <section className="search-view" aria-label="Search">
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
          aria-label="Search words"
          placeholder="Search the corpus — Arabic or English"
          value={query}
          onChange={(e) => set({ query: e.target.value })}
        />
        <button type="submit" className="primary">
          Search
        </button>
      </form>
      <div className="search-options">
        <label className="check">
          <input type="checkbox" checked={clitics} onChange={(e) => set({ clitics: e.target.checked })} />
          Match attached <bdi lang="ar">و ف ب ل ال</bdi>{' '}
          <span className="hint">
            (<bdi lang="ar">الخارجية</bdi> finds <bdi lang="ar">وبالخارجية</bdi>)
          </span>
        </label>
        <label className="check" title="Words in regions marked as boilerplate (such as “read also” blocks) are not searched">
          <input type="checkbox" checked={skipExcluded} onChange={(e) => set({ skipExcluded: e.target.checked })} />
          Leave out boilerplate <span className="hint">(excluded regions)</span>
        </label>
        <fieldset className="segmented" aria-label="Where to search">
          <label>
            <input type="radio" name="scope" checked={scope === 'corpus'} onChange={() => set({ scope: 'corpus' })} />
            All documents
          </label>
          <label title={scopeDocument ? scopeDocument.title : 'Open a document first'}>
            <input
              type="radio"
              name="scope"
              disabled={!scopeDocument}
              checked={scope === 'document'}
              onChange={() => set({ scope: 'document' })}
            />
            This document{scopeDocument ? ': ' : ''}
            {scopeDocument && <bdi className="scope-title">{scopeDocument.title}</bdi>}
          </label>
        </fieldset>
        <p className="hint syntax">
          <code>"exact phrase"</code> <code>word*</code> <code>-exclude</code> · spellings are folded:{' '}
          {FOLDS.map((f) => (
            <bdi key={f} lang="ar" className="fold">
              {f}
            </bdi>
          ))}{' '}
          and diacritics ignored
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
  const label = busy ? indexingLabel(status) : null;
  if (status && label) {
    return (
      <div className="search-status" role="status">
        {label}
        {status.total > 0 && <progress value={status.done} max={status.total} aria-label="Indexing progress" />}
      </div>
    );
  }
  return null;
}

function CorpusResults({ onMore, busy }: { onMore: () => void; busy: boolean }) {
  const corpus = useSearch((s) => s.corpus);
  if (!corpus) return null;
  if (corpus.total === 0) {
    return (
      <>
        <p className="hint results-summary" role="status">
          No documents match “{corpus.query}”.
        </p>
        <UnsearchableNotice result={corpus} />
      </>
    );
  }
  return (
    <>
      <p className="results-summary" role="status">
        {corpus.totalExact ? '' : 'About '}
        {plural(corpus.total, 'document')} · {corpus.tookMs.toFixed(0)} ms
      </p>
      <UnsearchableNotice result={corpus} />
      <ol className="results" aria-label="Search results">
        {corpus.documents.map((d) => (
          <ResultCard key={d.documentId} result={d} />
        ))}
      </ol>
      {corpus.documents.length < corpus.total && (
        <button type="button" className="more" disabled={busy} onClick={onMore}>
          Show more ({(corpus.total - corpus.documents.length).toLocaleString()} left)
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
  return (
    <li className="result" lang={result.lang}>
      <button
        type="button"
        className="result-title"
        dir="auto"
        onClick={() => openDocument(result.documentId, first ? { start: first.start, end: first.end } : undefined)}
      >
        {result.title}
      </button>
      <p className="document-meta">
        {result.outlet && <span dir="auto">{result.outlet}</span>}
        {result.publishedAt && <span>{result.publishedAt}</span>}
        <span>
          {plural(result.hitCount, 'hit')}
          {result.scannedChars !== null ? ` in the first ${result.scannedChars.toLocaleString()} characters` : ''}
          {result.titleHit ? ' + title' : ''}
        </span>
      </p>
      <ul className="snippets">
        {(all && !all.loading && !all.error ? all.snippets : result.snippets).map((s) => (
          <li key={s.start}>
            <button
              type="button"
              className="snippet-button"
              title="Open the document at this hit"
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
        <p className="hint">
          The first {all.snippets.length.toLocaleString()} of {plural(all.hitCount, 'hit')}; search within this document to go through the
          rest.
        </p>
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
              ? 'Finding every hit…'
              : 'Show fewer hits'
            : result.scannedChars !== null
              ? 'Show all hits'
              : `Show all ${plural(result.hitCount, 'hit')}`}
        </button>
      )}
    </li>
  );
}

/** Documents the search could not look into, so a journalist knows what it did not cover. */
function UnsearchableNotice({
  result,
}: {
  result: { unsearchable: Array<{ documentId: string; title: string; reason: string }>; unsearchableCount: number };
}) {
  if (result.unsearchableCount === 0) return null;
  return (
    <details className="search-unsearchable">
      <summary>
        {result.unsearchableCount === 1 ? '1 document is' : `${result.unsearchableCount.toLocaleString()} documents are`} not searchable
      </summary>
      <ul>
        {result.unsearchable.map((u) => (
          <li key={u.documentId}>
            <bdi dir="auto">{u.title}</bdi>: {u.reason}
          </li>
        ))}
        {result.unsearchableCount > result.unsearchable.length && (
          <li>… and {(result.unsearchableCount - result.unsearchable.length).toLocaleString()} more</li>
        )}
      </ul>
    </details>
  );
}

function DocumentResults({ title }: { title: string }) {
  const inDocument = useSearch((s) => s.inDocument);
  const openDocument = useNavigation((s) => s.openDocument);
  if (!inDocument) return null;
  return (
    <>
      <p className="results-summary" role="status">
        {plural(inDocument.hitCount, 'hit')} in <span dir="auto">{title}</span>
        {inDocument.titleHit ? ' (and in the title)' : ''}
        {inDocument.hitCount > inDocument.snippets.length ? ` · the first ${inDocument.snippets.length.toLocaleString()} listed` : ''}
      </p>
      <ol className="results hits" aria-label="Hits in this document">
        {inDocument.snippets.map((s, i) => (
          <li key={s.start}>
            <button
              type="button"
              className="snippet-button"
              onClick={() => openDocument(inDocument.documentId, { start: s.start, end: s.end })}
            >
              <span className="hit-number">{i + 1}</span>
              <Highlighted snippet={s} />
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
