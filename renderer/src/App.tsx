import { useEffect, useState } from 'react';
import { DocumentView } from './components/DocumentView';
import { Library } from './components/Library';
import { Notices } from './components/Notices';
import { PasteDialog } from './components/PasteDialog';
import { useLibrary } from './state/library';

export function App() {
  const refresh = useLibrary((s) => s.refresh);
  const selectedId = useLibrary((s) => s.selectedId);
  const [pasting, setPasting] = useState(false);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <div className="app">
      <Library onPaste={() => setPasting(true)} />
      <main className="workspace" aria-label="Document">
        {selectedId ? <DocumentView key={selectedId} documentId={selectedId} /> : <EmptyWorkspace />}
      </main>
      {pasting && <PasteDialog onClose={() => setPasting(false)} />}
      <Notices />
    </div>
  );
}

function EmptyWorkspace() {
  const count = useLibrary((s) => s.documents.length);
  return (
    <div className="empty">
      <h2>{count === 0 ? 'Your corpus is empty' : 'Pick a document'}</h2>
      <p>
        {count === 0
          ? 'Paste an article’s text to start annotating quotes, speakers and figures.'
          : 'Choose a document from the library on the left.'}
      </p>
    </div>
  );
}
