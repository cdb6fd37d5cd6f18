import { useT } from '../../ui/i18n/I18n';
import { useEffect } from 'react';
import { useDocument } from '../document/document.store';
import { ImportWebAnnotationsDialog } from './ImportWebAnnotationsDialog';
import { onMenuCommand } from '../../api/client';
import { useExchange } from './exchange.store';
import { ToolbarButton } from '../../app/Toolbar';
import type { ToolbarMenuItem } from '../../app/ToolbarMenu';
import { ExportDialog } from './ExportDialog';
import { ImportDatasetDialog } from './ImportDatasetDialog';

/**
 * The toolbar's Export button (Ctrl+E), also reachable from File → Export…; Import dataset…
 * from File and from the toolbar's More menu (exchangeMenuItems).
 */
export function ExchangeButtons() {
  const t = useT();
  const openExport = useExchange((s) => s.openExport);
  const openImport = useExchange((s) => s.openImport);
  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'export') openExport();
        else if (command === 'importDataset') openImport();
      }),
    [openExport, openImport],
  );
  return <ToolbarButton label={t('exchange.toolbar.export')} shortcut="Ctrl+E" onClick={() => openExport()} />;
}

/** Import dataset…, and Import annotations (W3C)… while a document is open: entries of the toolbar's More menu. */
export function useExchangeMenuItems(): ToolbarMenuItem[] {
  const t = useT();
  const openImport = useExchange((s) => s.openImport);
  const setW3cOpen = useExchange((s) => s.setW3cOpen);
  const documentOpen = useDocument((s) => s.doc !== null);
  return [
    { label: t('exchange.toolbar.importDataset'), onSelect: openImport },
    ...(documentOpen ? [{ label: t('exchange.w3c.button'), onSelect: () => setW3cOpen(true) }] : []),
  ];
}

export function ExchangeDialogs() {
  const exportOpen = useExchange((s) => s.exportOpen);
  const importOpen = useExchange((s) => s.importOpen);
  const w3cOpen = useExchange((s) => s.w3cOpen);
  const setW3cOpen = useExchange((s) => s.setW3cOpen);
  return (
    <>
      {exportOpen && <ExportDialog />}
      {importOpen && <ImportDatasetDialog />}
      {w3cOpen && <ImportWebAnnotationsDialog onClose={() => setW3cOpen(false)} />}
    </>
  );
}
