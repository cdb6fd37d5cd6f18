import { dateProblem, urlProblem } from '../../../../shared/domain/dates';
import { useLibrary } from '../library/library.store';
import { useNavigation } from '../../app/navigation';
import { TextField } from './fields';
import { SaveIndicator } from './SaveIndicator';
import { useDocument } from './document.store';

type EditableSource = 'outlet' | 'publishedAt' | 'author' | 'url';

const SOURCE_FIELDS: Array<{ key: EditableSource; label: string; placeholder: string; max: number }> = [
  { key: 'outlet', label: 'Outlet', placeholder: 'e.g. الأسبوع', max: 300 },
  { key: 'publishedAt', label: 'Published', placeholder: 'YYYY-MM-DD', max: 40 },
  { key: 'author', label: 'Author', placeholder: 'Byline', max: 300 },
  { key: 'url', label: 'URL', placeholder: 'https://…', max: 4000 },
];

function validateSource(key: EditableSource, max: number, value: string): string | null {
  if (value.length > max) return `At most ${max.toLocaleString('en')} characters`;
  // The same checks the corpus makes, so a refusal is shown before anything is sent.
  if (key === 'url') return urlProblem(value);
  if (key === 'publishedAt') return dateProblem(value);
  return null;
}

/** Title and source metadata, each editable in place; sibling articles split off on import. */
export function DocumentHeader() {
  const doc = useDocument((s) => s.doc);
  const { commitDocument } = useDocument.getState();
  const library = useLibrary((s) => s.documents);
  const openDocument = useNavigation((s) => s.openDocument);
  if (!doc) return null;
  return (
    <header className="document-header">
      <div className="header-top">
        <TextField
          label="Title"
          className="title-field"
          value={doc.title}
          validate={(v) => (v.trim() ? (v.length > 1000 ? 'At most 1,000 characters' : null) : 'The title cannot be empty')}
          onCommit={(title, key) => commitDocument('edit title', { title: title.trim() }, key)}
        />
        <SaveIndicator />
      </div>
      <div className="source-fields" role="group" aria-label="Source">
        <span className="badge" title={`Language ${doc.lang}, ${doc.dir === 'rtl' ? 'right-to-left' : 'left-to-right'}`}>
          {doc.lang} · {doc.dir.toUpperCase()}
        </span>
        {SOURCE_FIELDS.map((f) => (
          <TextField
            key={f.key}
            label={f.label}
            className={`source-field source-${f.key}`}
            placeholder={f.placeholder}
            value={doc.source[f.key]}
            validate={(v) => validateSource(f.key, f.max, v)}
            onCommit={(value, key) => commitDocument(`edit ${f.label.toLowerCase()}`, { source: { [f.key]: value.trim() } }, key)}
          />
        ))}
      </div>
      {doc.links.length > 0 && (
        <nav className="document-links" aria-label="Related articles">
          {doc.links.map((link) => {
            const other = library.find((d) => d.id === link.documentId);
            return (
              <button
                key={`${link.relation}-${link.documentId}`}
                type="button"
                className="link-button"
                onClick={() => openDocument(link.documentId)}
              >
                {link.relation.replace(/[-_]+/g, ' ')}: <span dir="auto">{other?.title ?? link.documentId}</span>
              </button>
            );
          })}
        </nav>
      )}
    </header>
  );
}
