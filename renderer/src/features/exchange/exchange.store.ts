import { create } from 'zustand';
import type { AnnotationFilterInput } from '../../../../shared/exchange/filter';

/** A filter another view hands to the Export dialog ("export what I am looking at"). */
export interface ExportPreset {
  /** Shown as the scope's name, e.g. "Search results: “العمري”". */
  label: string;
  filter: AnnotationFilterInput;
}

interface ExchangeState {
  exportOpen: boolean;
  exportPreset: ExportPreset | null;
  importOpen: boolean;
  /** The search results or the annotation panel call this with their current filter. */
  openExport(preset?: ExportPreset): void;
  closeExport(): void;
  openImport(): void;
  closeImport(): void;
}

export const useExchange = create<ExchangeState>((set) => ({
  exportOpen: false,
  exportPreset: null,
  importOpen: false,
  openExport(preset) {
    set({ exportOpen: true, exportPreset: preset ?? null, importOpen: false });
  },
  closeExport() {
    set({ exportOpen: false, exportPreset: null });
  },
  openImport() {
    set({ importOpen: true, exportOpen: false });
  },
  closeImport() {
    set({ importOpen: false });
  },
}));
