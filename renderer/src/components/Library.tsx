import type { DocumentSummary } from '../../../shared/domain/document';
import { useLibrary } from '../state/library';

function annotationTotal(d: DocumentSummary): number {
  return d.counts.quote + d.counts.speaker + d.counts.figure;
}

export function Library({ onPaste }: { onPaste: () => void }) {
  const documents = useLibrary((s) => s.documents);
  const loaded = useLibrary((s) => s.loaded);
  const selectedId = useLibrary((s) => s.selectedId);
  const select = useLibrary((s) => s.select);

  return (
    <nav className="library" aria-label="Library">
      <header className="library-header">
        <h1 className="brand">
          Isnad <span lang="ar">إسناد</span>
        </h1>
        <button type="button" className="primary" onClick={onPaste}>
          Paste text
        </button>
      </header>
      {loaded && documents.length === 0 && <p className="hint">No documents yet.</p>}
      <ul className="document-list" aria-label="Documents">
        {documents.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              className="document-item"
              aria-current={d.id === selectedId ? 'true' : undefined}
              onClick={() => select(d.id)}
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
