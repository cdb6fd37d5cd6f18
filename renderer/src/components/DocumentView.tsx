import { useEffect, useMemo, useState } from 'react';
import type { Document } from '../../../shared/domain/document';
import { splitParagraphs } from '../../../shared/text/paragraphs';
import { api } from '../api/client';
import { describeError } from '../state/notices';

export function DocumentView({ documentId }: { documentId: string }) {
  const [doc, setDoc] = useState<Document | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.getDocument({ id: documentId }).then(
      (d) => live && setDoc(d),
      (err: unknown) => live && setError(describeError(err)),
    );
    return () => {
      live = false;
    };
  }, [documentId]);

  const paragraphs = useMemo(() => (doc ? splitParagraphs(doc.text) : []), [doc]);

  if (error) return <p role="alert" className="error">{error}</p>;
  if (!doc) return <p className="hint">Loading…</p>;
  return (
    <article className="document" lang={doc.lang} aria-label={doc.title}>
      <header className="document-header">
        <h2 dir="auto">{doc.title}</h2>
        <p className="document-meta">
          <span className="badge">
            {doc.lang} · {doc.dir.toUpperCase()}
          </span>
          {doc.source.outlet && <span dir="auto">{doc.source.outlet}</span>}
          {doc.source.publishedAt && <span>{doc.source.publishedAt}</span>}
        </p>
      </header>
      <div className="source-text" data-testid="source-text">
        {paragraphs.map((p) => (
          <p key={p.start} dir="auto" className="paragraph" data-start={p.start}>
            {doc.text.slice(p.start, p.end)}
          </p>
        ))}
      </div>
    </article>
  );
}
