import { useLibrary } from './library.store';
import { useNavigation } from '../../app/navigation';
import { plural } from '../../util/format';
import { annotationTotal } from './library.logic';

export function Library() {
  const documents = useLibrary((s) => s.documents);
  const loaded = useLibrary((s) => s.loaded);
  const selectedId = useNavigation((s) => s.documentId);
  const openDocument = useNavigation((s) => s.openDocument);

  return (
    <nav className="library" aria-label="Library">
      <header className="library-header">
        <h2 className="library-title">Library</h2>
        <span className="hint">{plural(documents.length, 'document')}</span>
      </header>
      {loaded && documents.length === 0 && <p className="hint">No documents yet.</p>}
      <ul className="document-list" aria-label="Documents">
        {documents.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              className="document-item"
              aria-current={d.id === selectedId ? 'true' : undefined}
              onClick={() => openDocument(d.id)}
            >
              <span className="document-title" dir="auto">
                {d.title}
              </span>
              <span className="document-meta">
                <span className="badge" title={`Language ${d.lang}, ${d.dir === 'rtl' ? 'right-to-left' : 'left-to-right'}`}>
                  {d.lang} · {d.dir.toUpperCase()}
                </span>
                {d.source.outlet && (
                  <span dir="auto" className="outlet">
                    {d.source.outlet}
                  </span>
                )}
                <span className="count">{annotationTotal(d)} annotations</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
