import { useCallback, useEffect, useState } from 'react';
import { onMenuCommand } from './api/client';
import { followDocumentChanges } from './api/document-changes';
import { AnnotationsView } from './components/annotations/AnnotationsView';
import { DocumentView } from './components/DocumentView';
import { DropZone } from './components/DropZone';
import { ImportDialog } from './components/ImportDialog';
import { ExchangeButtons, ExchangeDialogs } from './components/exchange/ExchangeActions';
import { SearchView } from './components/search/SearchView';
import { SessionsView } from './components/sessions/SessionsView';
import { SpeakersView } from './components/speakers/SpeakersView';
import './components/corpus-views.css';
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
  const showView = useNavigation((s) => s.showView);
  const [pasting, setPasting] = useState(false);
  // Bumped by Ctrl+F / Find… so the search field takes focus even when already shown.
  const [findSeq, setFindSeq] = useState(0);
  const openImport = useImporter((s) => s.open);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(followDocumentChanges, []);

  const find = useCallback(() => {
    showView('search');
    setFindSeq((n) => n + 1);
  }, [showView]);

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'find') find();
        if (command === 'import') openImport();
      }),
    [find, openImport],
  );

  return (
    <div className="app">
      <Toolbar>
        <ToolbarButton label="Import…" shortcut="Ctrl+O" primary onClick={openImport} />
        <ToolbarButton label="Paste text" shortcut="Ctrl+Shift+V" onClick={() => setPasting(true)} />
        <ExchangeButtons />
        <ToolbarButton label="Search" shortcut="Ctrl+F" pressed={view === 'search'} onClick={find} />
        <ToolbarButton label="Annotations" shortcut="Ctrl+Shift+A" pressed={view === 'annotations'} onClick={() => showView('annotations')} />
        <ToolbarButton label="Speakers" shortcut="Ctrl+Shift+S" pressed={view === 'speakers'} onClick={() => showView('speakers')} />
        <ToolbarButton label="Sessions" shortcut="Ctrl+Shift+K" pressed={view === 'sessions'} onClick={() => showView('sessions')} />
      </Toolbar>
      <div className="app-body">
        <Library />
        <main className="workspace" aria-label="Workspace">
          {view === 'document' &&
            (documentId ? <DocumentView key={documentId} documentId={documentId} /> : <EmptyWorkspace />)}
          {view === 'search' && <SearchView focusSeq={findSeq} />}
          {view === 'annotations' && <AnnotationsView />}
          {view === 'speakers' && <SpeakersView />}
          {view === 'sessions' && <SessionsView />}
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
