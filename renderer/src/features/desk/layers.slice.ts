import type { StateCreator } from 'zustand';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { Span } from '../../../../shared/text/segments';
import { api } from '../../api/client';
import { reportError } from '../../app/notices';
import { useDocument } from '../document/document.store';
import type { DeskState, LayersSlice } from './desk.state';
import { layerStyles } from './layer-style.logic';
import { translate } from '../../ui/i18n/i18n.store';
import { isolate } from '../../../../shared/i18n/translate';

const OVERLAY = 'layer:';

/** Another layer's annotations drawn over the text in its annotator's style (variant "layer"). */
function layerSpans(annotatorId: string, slot: number, annotations: readonly Annotation[]): Span[] {
  return annotations.map((a) => ({
    id: `${OVERLAY}${annotatorId}:${a.id}`,
    start: a.start,
    end: a.end,
    kind: `layer-${slot}`,
    variant: 'layer',
  }));
}

export const createLayersSlice: StateCreator<DeskState, [], [], LayersSlice> = (set, get) => {
  /** The other layers (not mine) in list order: their position gives their style. */
  const others = () =>
    get()
      .layerList?.layers.filter((l) => !l.mine)
      .map((l) => l.annotator.id) ?? [];

  const hide = (annotatorId: string) => {
    const doc = useDocument.getState();
    doc.setLayer(annotatorId, null);
    doc.setOverlaySpans(`${OVERLAY}${annotatorId}`, []);
  };

  const show = async (documentId: string, annotatorId: string): Promise<boolean> => {
    const info = get().layerList?.layers.find((l) => l.annotator.id === annotatorId);
    if (!info) return false;
    try {
      const view = await api.getLayer({ documentId, annotator: annotatorId });
      const doc = useDocument.getState();
      if (doc.documentId !== documentId) return false;
      const style = layerStyles(others())[annotatorId];
      doc.setLayer(annotatorId, { label: info.annotator.name, annotations: view.annotations });
      doc.setOverlaySpans(`${OVERLAY}${annotatorId}`, layerSpans(annotatorId, style?.slot ?? 0, view.annotations));
      return true;
    } catch (err) {
      reportError(translate('desk.error.showLayer', { name: isolate(info.annotator.name) }), err);
      return false;
    }
  };

  return {
    layerList: null,
    shownLayers: [],
    async loadLayers(documentId) {
      try {
        const layers = await api.listLayers({ documentId });
        set({ layerList: { documentId, layers } });
        get().rememberNames(Object.fromEntries(layers.map((l) => [l.annotator.id, l.annotator.name])));
      } catch (err) {
        reportError(translate('desk.error.listLayers'), err);
      }
    },
    async toggleLayer(documentId, annotatorId) {
      if (get().shownLayers.includes(annotatorId)) {
        hide(annotatorId);
        set((s) => ({ shownLayers: s.shownLayers.filter((id) => id !== annotatorId) }));
        return;
      }
      // Ticked at once; taken back if the layer cannot be read.
      const order = others();
      set((s) => ({ shownLayers: [...s.shownLayers, annotatorId].sort((x, y) => order.indexOf(x) - order.indexOf(y)) }));
      if (!(await show(documentId, annotatorId))) set((s) => ({ shownLayers: s.shownLayers.filter((id) => id !== annotatorId) }));
    },
    async refreshShownLayers(documentId) {
      await get().loadLayers(documentId);
      const listed = new Set(others());
      const kept = get().shownLayers.filter((id) => listed.has(id));
      for (const id of get().shownLayers) if (!listed.has(id)) hide(id);
      // The choice of layers follows the journalist from one document to the next.
      const shown: string[] = [];
      for (const id of kept) if (await show(documentId, id)) shown.push(id);
      set({ shownLayers: shown });
    },
  };
};
