import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu';
import type { MenuCommand } from '../../../shared/contract';

describe('File menu', () => {
  it('Export… (Ctrl+E) and Import Dataset… send their commands to the renderer', () => {
    const sent: MenuCommand[] = [];
    const file = menuTemplate((c) => sent.push(c), false).find((m) => m.label === '&File');
    const items = (file?.submenu ?? []) as Array<{ label?: string; accelerator?: string; click?: () => void }>;
    const exportItem = items.find((i) => i.label === 'Export…');
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+E');
    exportItem?.click?.();
    items.find((i) => i.label === 'Import Dataset…')?.click?.();
    expect(sent).toEqual(['export', 'importDataset']);
  });
});
