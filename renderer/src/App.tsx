import { useEffect, useState } from 'react';
import { DocumentView } from './components/DocumentView';
import { ExchangeButtons, ExchangeDialogs } from './components/exchange/ExchangeActions';
import { Library } from './components/Library';
import { Notices } from './components/Notices';
import { PasteDialog } from './components/PasteDialog';
import { Toolbar, ToolbarButton } from './components/Toolbar';
import { useLibrary } from './state/library';
import { useNavigation } from './state/navigation';

export function App() {
  const refresh = useLibrary((s) => s.refresh);
  const view = useNavigation((s) => s.view);
  const documentId = useNavigation((s) => s.documentId);
  const [pasting, setPasting] = useState(false);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <div className="app">
      <Toolbar>
        <ToolbarButton label="Paste text" shortcut="Ctrl+Shift+V" primary onClick={() => setPasting(true)} />
        <ExchangeButtons />
      </Toolbar>
      <div className="app-body">
        <Library />
        <main className="workspace" aria-label="Workspace">
          {view === 'document' &&
            (documentId ? <DocumentView key={documentId} documentId={documentId} /> : <EmptyWorkspace />)}
        </main>
      </div>
      {pasting && <PasteDialog onClose={() => setPasting(false)} />}
      <ExchangeDialogs />
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
