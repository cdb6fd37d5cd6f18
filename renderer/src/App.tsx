import { useEffect, useState } from 'react';
import { onMenuCommand } from './api/client';
import { DocumentView } from './components/DocumentView';
import { DropZone } from './components/DropZone';
import { ImportDialog } from './components/ImportDialog';
import { ExchangeButtons, ExchangeDialogs } from './components/exchange/ExchangeActions';
import { Library } from './components/Library';
import { Notices } from './components/Notices';
import { PasteDialog } from './components/PasteDialog';
import { Toolbar, ToolbarButton } from './components/Toolbar';
import { useImporter } from './state/importer';
import { useLibrary } from './state/library';
import { useNavigation } from './state/navigation';

export function App() {
  const refresh = useLibrary((s) => s.refresh);
  const view = useNavigation((s) => s.view);
  const documentId = useNavigation((s) => s.documentId);
  const [pasting, setPasting] = useState(false);
  const openImport = useImporter((s) => s.open);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => onMenuCommand((command) => command === 'import' && openImport()), [openImport]);

  return (
    <div className="app">
      <Toolbar>
        <ToolbarButton label="Import…" shortcut="Ctrl+O" primary onClick={openImport} />
        <ToolbarButton label="Paste text" shortcut="Ctrl+Shift+V" onClick={() => setPasting(true)} />
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
      <ImportDialog />
      <DropZone />
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
          ? 'Import articles (Ctrl+O), drop files or folders here, or paste an article’s text to start annotating quotes, speakers and figures.'
          : 'Choose a document from the library on the left.'}
      </p>
    </div>
  );
}
