import { useT } from '../../ui/i18n/I18n';
import { useEffect, useState } from 'react';
import { useDocument } from '../document/document.store';
import { ImportWebAnnotationsDialog } from './ImportWebAnnotationsDialog';
import { onMenuCommand } from '../../api/client';
import { useExchange } from './exchange.store';
import { ToolbarButton } from '../../app/Toolbar';
import { ExportDialog } from './ExportDialog';
import { ImportDatasetDialog } from './ImportDatasetDialog';

/** The toolbar's Export and Import dataset… buttons, also reachable from File → Export…. */
export function ExchangeButtons() {
  const t = useT();
  const openExport = useExchange((s) => s.openExport);
  const openImport = useExchange((s) => s.openImport);
  const documentOpen = useDocument((s) => s.doc !== null);
  const [w3cOpen, setW3cOpen] = useState(false);
  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'export') openExport();
        else if (command === 'importDataset') openImport();
      }),
    [openExport, openImport],
  );
  return (
    <>
      <ToolbarButton label={t('exchange.toolbar.importDataset')} onClick={openImport} />
      {documentOpen && <ToolbarButton label={t('exchange.w3c.button')} onClick={() => setW3cOpen(true)} />}
      {w3cOpen && <ImportWebAnnotationsDialog onClose={() => setW3cOpen(false)} />}
      <ToolbarButton label={t('exchange.toolbar.export')} shortcut="Ctrl+E" onClick={() => openExport()} />
    </>
  );
}

export function ExchangeDialogs() {
  const exportOpen = useExchange((s) => s.exportOpen);
  const importOpen = useExchange((s) => s.importOpen);
  return (
    <>
      {exportOpen && <ExportDialog />}
      {importOpen && <ImportDatasetDialog />}
    </>
  );
}
