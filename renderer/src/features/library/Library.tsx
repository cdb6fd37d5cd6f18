import { type KeyboardEvent, useMemo, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/domain/document';
import { useLibrary } from './library.store';
import { useNavigation } from '../../app/navigation';
import { LIBRARY_SORTS, type LibrarySort, SORT_LABEL, annotationTotal, filterDocuments, sortDocuments } from './library.logic';
import { T, UserText, useT, useTranslator } from '../../ui/i18n/I18n';
import { calendarDay } from '../../../../shared/i18n/labels';
import { EditDocumentDialog } from './EditDocumentDialog';
import { TrashDialog } from './TrashDialog';
import './library.css';

/** Up and Down move between documents; Delete trashes the focused one (with Undo); F2 renames it. */
function onItemKey(
  event: KeyboardEvent<HTMLButtonElement>,
  doc: DocumentSummary,
  actions: { remove(id: string): void; edit(id: string): void },
) {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const item = event.currentTarget.closest('li');
    const next = (event.key === 'ArrowDown' ? item?.nextElementSibling : item?.previousElementSibling)?.querySelector('button');
    (next as HTMLButtonElement | null | undefined)?.focus();
  } else if (event.key === 'Delete') {
    event.preventDefault();
    // Focus stays in the list: on the next document, or the previous when it was the last.
    const item = event.currentTarget.closest('li');
    const neighbour = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector('button') as
      HTMLButtonElement | null | undefined;
    actions.remove(doc.id);
    neighbour?.focus();
  } else if (event.key === 'F2') {
    event.preventDefault();
    actions.edit(doc.id);
  }
}

export function Library() {
  const t = useT();
  const { date } = useTranslator();
  const documents = useLibrary((s) => s.documents);
  const loaded = useLibrary((s) => s.loaded);
  const sort = useLibrary((s) => s.sort);
  const query = useLibrary((s) => s.query);
  const { setSort, setQuery, remove } = useLibrary.getState();
  const selectedId = useNavigation((s) => s.documentId);
  const openDocument = useNavigation((s) => s.openDocument);
  const [editing, setEditing] = useState<string | null>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const shown = useMemo(() => sortDocuments(filterDocuments(documents, query), sort), [documents, query, sort]);
  const actions = { remove: (id: string) => void remove(id), edit: setEditing };

  return (
    <nav className="library" aria-label={t('library.label')}>
      <header className="library-header">
        <h2 className="library-title">{t('library.title')}</h2>
        <span className="hint">
          {shown.length === documents.length
            ? t('library.count.all', { count: documents.length })
            : t('library.count.shown', { shown: shown.length, count: documents.length })}
        </span>
      </header>
      <div className="library-controls">
        <input
          type="text"
          dir="auto"
          aria-label={t('library.filter.label')}
          placeholder={t('library.filter.placeholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              setQuery('');
            }
          }}
        />
        <label className="library-sort">
          <span>{t('library.sort.label')}</span>
          <select aria-label={t('library.sort.by')} value={sort} onChange={(e) => setSort(e.target.value as LibrarySort)}>
            {LIBRARY_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(SORT_LABEL[s])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {loaded && documents.length === 0 && <p className="hint">{t('library.empty')}</p>}
      {documents.length > 0 && shown.length === 0 && (
        <p className="hint" role="status">
          <T id="library.filter.noMatch" values={{ query: <UserText>{query}</UserText> }} />
        </p>
      )}
      <ul className="document-list" aria-label={t('library.list.label')}>
        {shown.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              className="document-item"
              aria-current={d.id === selectedId ? 'true' : undefined}
              aria-keyshortcuts="Delete F2"
              onClick={() => openDocument(d.id)}
              onKeyDown={(e) => onItemKey(e, d, actions)}
            >
              <span className="document-title" dir="auto" data-user-content="">
                {d.title}
              </span>
              {d.tags && d.tags.length > 0 && (
                <span className="document-tags" data-user-content="">
                  {d.tags.map((t) => (
                    <span key={t} className="tag-chip" dir="auto">
                      {t}
                    </span>
                  ))}
                </span>
              )}
              <span className="document-meta">
                <span className="badge" title={t(d.dir === 'rtl' ? 'library.item.rtlTitle' : 'library.item.ltrTitle', { lang: d.lang })}>
                  <span translate="no">{d.lang}</span> · {t(d.dir === 'rtl' ? 'library.item.rtl' : 'library.item.ltr')}
                </span>
                {d.source.outlet && (
                  <bdi dir="auto" className="outlet" data-user-content="">
                    {d.source.outlet}
                  </bdi>
                )}
                {d.source.publishedAt && (
                  <bdi className="published">
                    <time dateTime={d.source.publishedAt}>{calendarDay(date, d.source.publishedAt)}</time>
                  </bdi>
                )}
                <bdi className="count">{t('library.item.annotations', { count: annotationTotal(d) })}</bdi>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <footer className="library-footer" aria-label={t('library.actions.label')}>
        <button type="button" disabled={!selectedId} aria-keyshortcuts="F2" onClick={() => selectedId && setEditing(selectedId)}>
          {t('library.actions.edit')}
        </button>
        <button type="button" disabled={!selectedId} aria-keyshortcuts="Delete" onClick={() => selectedId && void remove(selectedId)}>
          {t('library.actions.delete')}
        </button>
        <button type="button" onClick={() => setTrashOpen(true)}>
          {t('library.actions.trash')}
        </button>
      </footer>
      {editing && <EditDocumentDialog documentId={editing} onClose={() => setEditing(null)} />}
      {trashOpen && <TrashDialog onClose={() => setTrashOpen(false)} />}
    </nav>
  );
}
