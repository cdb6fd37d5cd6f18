import { useVirtualizer } from '@tanstack/react-virtual';
import { figureDetail } from '../../../../shared/i18n/labels';
import { useEffect, useRef, useState } from 'react';
import type { AnnotationListRow } from '../../../../shared/contract/search';
import { useNavigation } from '../../app/navigation';
import { useFactCheck } from './factcheck.store';
import { FilterBar } from './FilterBar';
import { TYPE_LABEL, VERDICT_LABEL } from '../../ui/labels';
import { StartSessionDialog } from './StartSessionDialog';
import { UserText, useT, useTranslator } from '../../ui/i18n/I18n';
import { useDelayedEffect } from '../../util/delay';

const ROW_HEIGHT = 52;

/** The table's columns, in order; each header's message is `factcheck.column.<name>`. */
const COLUMNS = ['type', 'text', 'speaker', 'verdict', 'document', 'published'] as const;

/** Annotations across the corpus, filtered; a row opens its document at the annotation. */
export function AnnotationsView() {
  const { filter, rows, total, counts, loading, error } = useFactCheck((s) => s.table);
  const { setTableFilter: setFilter, loadTable: load, loadMoreRows: loadMore, exportTableRows, openSession } = useFactCheck.getState();
  const [exporting, setExporting] = useState(false);
  const [starting, setStarting] = useState(false);
  const t = useT();

  useDelayedEffect(() => void load(), 200, [filter, load]);

  /** Hands exactly the rows of the table to the Export dialog, which writes the file. */
  async function exportThese() {
    setExporting(true);
    await exportTableRows();
    setExporting(false);
  }

  return (
    <section className="annotations-view" aria-label={t('factcheck.table.label')}>
      <header className="view-header">
        <h2>{t('factcheck.table.title')}</h2>
      </header>
      <FilterBar filter={filter} onChange={setFilter} idPrefix="table" />
      <div className="table-actions">
        <p className="results-summary" role="status">
          {error ? (
            <span className="error inline-error">{error}</span>
          ) : counts ? (
            t('factcheck.table.summary', {
              annotations: t('document.count.annotation', { count: total }),
              documents: t('document.count.document', { count: counts.documents }),
              quotes: t('document.count.quote', { count: counts.quote }),
              speakers: t('document.count.speaker', { count: counts.speaker }),
              figures: t('document.count.figure', { count: counts.figure }),
              unchecked: counts.unchecked,
            })
          ) : (
            t('factcheck.loading')
          )}
        </p>
        <button type="button" disabled={total === 0 || exporting} onClick={() => void exportThese()}>
          {t('factcheck.table.export')}
        </button>
        <button type="button" className="primary" disabled={total === 0} onClick={() => setStarting(true)}>
          {t('factcheck.table.factCheck')}
        </button>
      </div>
      <AnnotationTable rows={rows} total={total} loading={loading} onNearEnd={() => void loadMore()} />
      {starting && <StartSessionDialog filter={filter} onClose={() => setStarting(false)} onStarted={openSession} />}
    </section>
  );
}

function AnnotationTable({
  rows,
  total,
  loading,
  onNearEnd,
}: {
  rows: AnnotationListRow[];
  total: number;
  loading: boolean;
  onNearEnd: () => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const openDocument = useNavigation((s) => s.openDocument);
  const t = useT();
  const tr = useTranslator();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (rows.length < total && last >= rows.length - 40 && !loading) onNearEnd();
  }, [last, rows.length, total, loading, onNearEnd]);

  return (
    <div className="annotation-table" role="table" aria-label={t('factcheck.table.rows')} aria-rowcount={total + 1}>
      <div className="row head" role="row">
        {COLUMNS.map((column) => (
          // A header that does not fit its column ends in an ellipsis; the tooltip gives it whole.
          <span key={column} role="columnheader" className={`column-${column}`} title={t(`factcheck.column.${column}`)}>
            {t(`factcheck.column.${column}`)}
          </span>
        ))}
      </div>
      <div className="table-body" ref={scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index] as AnnotationListRow;
            const published = row.publishedAt ? <bdi dir="ltr">{tr.isoDate(row.publishedAt)}</bdi> : null;
            return (
              <div
                key={`${row.documentId}:${row.id}`}
                className="row"
                role="row"
                tabIndex={0}
                aria-rowindex={item.index + 2}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => openDocument(row.documentId, { annotationId: row.id })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') openDocument(row.documentId, { annotationId: row.id });
                }}
              >
                <span role="cell">
                  <span className={`type-badge type-${row.type}`}>{t(TYPE_LABEL[row.type])}</span>
                </span>
                {/* The text itself, not in a <bdi>, so dir="auto" takes its direction (an Arabic quote starts at the right). */}
                <span role="cell" className="cell-text" dir="auto" title={row.text} data-user-content="">
                  {row.text}
                  {row.detail && row.type === 'figure' ? (
                    <span className="cell-detail">
                      {' · '}
                      <UserText>{row.figure ? figureDetail(t, row.figure) : row.detail}</UserText>
                    </span>
                  ) : null}
                </span>
                <span role="cell" dir="auto" className="cell-clip" data-user-content="">
                  {row.speakerName || '—'}
                </span>
                <span role="cell">
                  <span className={`verdict-badge verdict-${row.verdict.status}`}>{t(VERDICT_LABEL[row.verdict.status])}</span>
                </span>
                <span role="cell" className="cell-document">
                  {/* As the text: a long Arabic title is cut at its end, its first words in view. */}
                  <span dir="auto" className="cell-clip" title={row.documentTitle} data-user-content="">
                    {row.documentTitle}
                    {row.outlet && (
                      <span className="cell-detail">
                        {' · '}
                        <bdi>{row.outlet}</bdi>
                      </span>
                    )}
                  </span>
                  {/* In a narrow table the Published column folds in here, under the title (table.css). */}
                  {published && <span className="cell-detail cell-folded-date">{published}</span>}
                </span>
                <span role="cell" className="cell-clip column-published">
                  {published ?? '—'}
                </span>
              </div>
            );
          })}
        </div>
        {rows.length === 0 && !loading && <p className="hint empty-table">{t('factcheck.table.noMatch')}</p>}
      </div>
    </div>
  );
}
