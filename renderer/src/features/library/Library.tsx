import { type KeyboardEvent, useMemo, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/domain/document';
import { useLibrary } from './library.store';
import { useNavigation } from '../../app/navigation';
import { plural } from '../../util/format';
import { LIBRARY_SORTS, type LibrarySort, SORT_LABEL, annotationTotal, filterDocuments, sortDocuments } from './library.logic';
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
    <nav className="library" aria-label="Library">
      <header className="library-header">
        <h2 className="library-title">Library</h2>
        <span className="hint">
          {shown.length === documents.length
            ? plural(documents.length, 'document')
            : `${shown.length} of ${plural(documents.length, 'document')}`}
        </span>
      </header>
      <div className="library-controls">
        <input
          type="text"
          dir="auto"
          aria-label="Filter documents"
          placeholder="Filter… (#tag)"
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
          <span>Sort</span>
          <select aria-label="Sort by" value={sort} onChange={(e) => setSort(e.target.value as LibrarySort)}>
            {LIBRARY_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {loaded && documents.length === 0 && <p className="hint">No documents yet.</p>}
      {documents.length > 0 && shown.length === 0 && (
        <p className="hint" role="status">
          No document matches “<bdi>{query}</bdi>”.
        </p>
      )}
      <ul className="document-list" aria-label="Documents">
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
              <span className="document-title" dir="auto">
                {d.title}
              </span>
              {d.tags && d.tags.length > 0 && (
                <span className="document-tags">
                  {d.tags.map((t) => (
                    <span key={t} className="tag-chip" dir="auto">
                      {t}
                    </span>
                  ))}
                </span>
              )}
              <span className="document-meta">
                <span className="badge" title={`Language ${d.lang}, ${d.dir === 'rtl' ? 'right-to-left' : 'left-to-right'}`}>
                  {d.lang} · {d.dir.toUpperCase()}
                </span>
                {d.source.outlet && (
                  <bdi dir="auto" className="outlet">
                    {d.source.outlet}
                  </bdi>
                )}
                {d.source.publishedAt && (
                  <bdi dir="ltr" className="published">
                    {d.source.publishedAt.slice(0, 10)}
                  </bdi>
                )}
                <bdi className="count">{plural(annotationTotal(d), 'annotation')}</bdi>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <footer className="library-footer" aria-label="Library actions">
        <button type="button" disabled={!selectedId} aria-keyshortcuts="F2" onClick={() => selectedId && setEditing(selectedId)}>
          Rename / tags
        </button>
        <button type="button" disabled={!selectedId} aria-keyshortcuts="Delete" onClick={() => selectedId && void remove(selectedId)}>
          Delete
        </button>
        <button type="button" onClick={() => setTrashOpen(true)}>
          Trash
        </button>
      </footer>
      {editing && <EditDocumentDialog documentId={editing} onClose={() => setEditing(null)} />}
      {trashOpen && <TrashDialog onClose={() => setTrashOpen(false)} />}
    </nav>
  );
}
