import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/domain/document';
import { useT } from '../../ui/i18n/I18n';

const ROW_PX = 30;

function total(d: DocumentSummary): number {
  return d.counts.quote + d.counts.speaker + d.counts.figure;
}

/**
 * A checklist of the library's documents. Virtualized, because a newsroom corpus runs to
 * thousands of documents; a title filter and "all shown / none" keep choosing quick.
 */
export function ChooseDocuments(props: { documents: DocumentSummary[]; chosen: string[]; onChange: (ids: string[]) => void }) {
  const { documents, chosen, onChange } = props;
  const [query, setQuery] = useState('');
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => {
    const q = query.trim().normalize('NFC').toLocaleLowerCase();
    return q ? documents.filter((d) => d.title.normalize('NFC').toLocaleLowerCase().includes(q)) : documents;
  }, [documents, query]);
  const chosenSet = useMemo(() => new Set(chosen), [chosen]);
  const rows = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_PX, overscan: 8 });

  function set(ids: string[], on: boolean) {
    const next = new Set(chosenSet);
    for (const id of ids) on ? next.add(id) : next.delete(id);
    // Keep corpus order, which is also the order of the export.
    onChange(documents.filter((d) => next.has(d.id)).map((d) => d.id));
  }

  return (
    <div className="choose-documents">
      <div className="choose-documents-bar">
        <input
          type="search"
          dir="auto"
          aria-label={t('exchange.choose.filterLabel')}
          placeholder={t('exchange.choose.filter')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button
          type="button"
          onClick={() =>
            set(
              shown.map((d) => d.id),
              true,
            )
          }
        >
          {t('exchange.choose.allShown')}
        </button>
        <button type="button" onClick={() => onChange([])} disabled={chosen.length === 0}>
          {t('exchange.choose.clear')}
        </button>
      </div>
      <div ref={scroller} className="choose-documents-list" role="group" aria-label={t('exchange.choose.label')}>
        <div style={{ height: rows.getTotalSize(), position: 'relative' }}>
          {rows.getVirtualItems().map((row) => {
            const d = shown[row.index] as DocumentSummary;
            return (
              <label key={d.id} className="choice" style={{ position: 'absolute', top: row.start, insetInline: 0, height: ROW_PX }}>
                <input type="checkbox" checked={chosenSet.has(d.id)} onChange={(e) => set([d.id], e.target.checked)} />
                <bdi dir="auto" className="doc-title" data-user-content="">
                  {d.title}
                </bdi>
                <span className="hint">{t('document.count.annotation', { count: total(d) })}</span>
              </label>
            );
          })}
        </div>
        {shown.length === 0 && <p className="hint">{t('exchange.choose.noMatch')}</p>}
      </div>
    </div>
  );
}
