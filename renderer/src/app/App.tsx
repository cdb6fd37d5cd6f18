import { useCallback, useEffect, useMemo, useState } from 'react';
import { onMenuCommand } from '../api/client';
import { AnnotationsView } from '../features/factcheck/AnnotationsView';
import { DocumentScreen } from '../features/document/DocumentScreen';
import { DropZone } from '../features/import/DropZone';
import { ImportDialog } from '../features/import/ImportDialog';
import { ExchangeButtons, ExchangeDialogs, useExchangeMenuItems } from '../features/exchange/ExchangeActions';
import { SearchView } from '../features/search/SearchView';
import { SessionsView } from '../features/factcheck/SessionsView';
import { SpeakersView } from '../features/speakers/SpeakersView';
// The views' styles, in this order: rules of equal weight in later files win, as when they were one file.
import './views.css';
import '../features/search/search.css';
import '../features/factcheck/table.css';
import '../features/speakers/speakers.css';
import '../features/factcheck/sessions.css';
import { Library } from '../features/library/Library';
import { AdjudicationView } from '../features/desk/AdjudicationView';
import { AgreementView } from '../features/desk/AgreementView';
import { ConflictsView } from '../features/desk/ConflictsView';
import { DeskDialogs, useDeskDocumentSlots } from '../features/desk/DeskParts';
import { SyncHeader } from '../features/desk/SyncHeader';
import { DocumentSlotsContext } from '../ui/document-slots';
import { VersionsBar } from '../features/versions/VersionsBar';
import { Notices } from './Notices';
import { PasteDialog } from '../features/import/PasteDialog';
import { Toolbar, ToolbarButton, useShortcut } from './Toolbar';
import { type ToolbarMenuItem, ToolbarMenu } from './ToolbarMenu';
import { useImporter } from '../features/import/import.store';
import { useLibrary } from '../features/library/library.store';
import { useNavigation } from './navigation';
import { followDocumentChanges } from './document-changes';
import { useDocument } from '../features/document/document.store';
import { SettingsDialog } from './SettingsDialog';
import { useT } from '../ui/i18n/I18n';

export function App() {
  const refresh = useLibrary((s) => s.refresh);
  const view = useNavigation((s) => s.view);
  const documentId = useNavigation((s) => s.documentId);
  const showView = useNavigation((s) => s.showView);
  const t = useT();
  const [pasting, setPasting] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Bumped by Ctrl+F / Find… so the search field takes focus even when already shown.
  const [findSeq, setFindSeq] = useState(0);
  const openImport = useImporter((s) => s.open);
  const deskSlots = useDeskDocumentSlots();
  // One value for the life of the app: a new object at each App render (a dialog opened, the
  // search bumped) would re-render every annotation card, since each reads the slots.
  const documentSlots = useMemo(() => ({ ...deskSlots, header: <VersionsBar /> }), [deskSlots]);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(
    () =>
      followDocumentChanges({
        document: (change) => useDocument.getState().documentChangedElsewhere(change),
        listed: () => new Set(useLibrary.getState().documents.map((d) => d.id)),
        refreshLibrary: () => void useLibrary.getState().refresh(),
      }),
    [],
  );

  const find = useCallback(() => {
    showView('search');
    setFindSeq((n) => n + 1);
  }, [showView]);

  const openPaste = useCallback(() => setPasting(true), []);
  const openSettings = useCallback(() => setSettingsOpen(true), []);
  useShortcut('Ctrl+,', openSettings);
  // The lists of the corpus: buttons on a wide bar; on a narrow one, in the More menu.
  const views = useMemo(
    () =>
      (
        [
          ['annotations', t('app.toolbar.annotations'), 'Ctrl+Shift+A'],
          ['speakers', t('app.toolbar.speakers'), 'Ctrl+Shift+S'],
          ['sessions', t('app.toolbar.sessions'), 'Ctrl+Shift+K'],
        ] as const
      ).map(([v, label, shortcut]) => ({ view: v, label, shortcut, show: () => showView(v) })),
    [t, showView],
  );
  const exchangeItems = useExchangeMenuItems();
  const moreItems: ToolbarMenuItem[] = [
    ...views.map((v) => ({ label: v.label, shortcut: v.shortcut, onSelect: v.show, pressed: view === v.view, narrowOnly: true })),
    ...exchangeItems,
    { label: t('app.toolbar.agreement'), onSelect: () => showView('agreement'), pressed: view === 'agreement' },
    { label: t('app.toolbar.adjudication'), onSelect: () => showView('adjudication'), pressed: view === 'adjudication' },
    { label: t('app.toolbar.settings'), shortcut: 'Ctrl+,', onSelect: openSettings },
  ];

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
        <ToolbarButton label={t('app.toolbar.import')} shortcut="Ctrl+O" primary onClick={openImport} />
        <ToolbarButton label={t('app.toolbar.paste')} shortcut="Ctrl+Shift+V" onClick={openPaste} />
        <ExchangeButtons />
        <ToolbarButton label={t('app.toolbar.search')} shortcut="Ctrl+F" pressed={view === 'search'} onClick={find} />
        {views.map((v) => (
          <ToolbarButton key={v.view} label={v.label} shortcut={v.shortcut} pressed={view === v.view} onClick={v.show} wideOnly />
        ))}
        <SyncHeader />
        <ToolbarMenu items={moreItems} />
      </Toolbar>
      <div className="app-body">
        <Library />
        <main className="workspace" aria-label={t('app.workspace.label')}>
          {view === 'document' &&
            (documentId ? (
              <DocumentSlotsContext.Provider value={documentSlots}>
                <DocumentScreen key={documentId} documentId={documentId} />
              </DocumentSlotsContext.Provider>
            ) : (
              <EmptyWorkspace />
            ))}
          {view === 'search' && <SearchView focusSeq={findSeq} />}
          {view === 'annotations' && <AnnotationsView />}
          {view === 'speakers' && <SpeakersView />}
          {view === 'sessions' && <SessionsView />}
          {view === 'conflicts' && <ConflictsView />}
          {view === 'agreement' && <AgreementView />}
          {view === 'adjudication' && <AdjudicationView />}
        </main>
      </div>
      {pasting && <PasteDialog onClose={() => setPasting(false)} />}
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
      <ImportDialog />
      <DropZone />
      <ExchangeDialogs />
      <DeskDialogs />
      <Notices />
    </div>
  );
}

function EmptyWorkspace() {
  const t = useT();
  const count = useLibrary((s) => s.documents.length);
  return (
    <div className="empty">
      <h2>{t(count === 0 ? 'app.empty.noDocuments.title' : 'app.empty.pick.title')}</h2>
      <p>{t(count === 0 ? 'app.empty.noDocuments.body' : 'app.empty.pick.body')}</p>
    </div>
  );
}
