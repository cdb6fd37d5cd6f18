import type { StateCreator } from 'zustand';
import { IsnadError } from '../../../../shared/errors';
import { api } from '../../api/client';
import { reportError, reportInfo } from '../../app/notices';
import { translate } from '../../ui/i18n/i18n.store';
import { useLibrary } from '../library/library.store';
import type { DocumentState, SplitSlice } from './document.state';
import { rememberKeptWhole } from './kept-whole';
import { isolate } from '../../../../shared/i18n/translate';

/** A page imported whole that holds several articles: the offer to split it, and the split. */
export const createSplitSlice: StateCreator<DocumentState, [], [], SplitSlice> = (_set, get) => {
  return {
    async splitDocument(documentId, at) {
      try {
        // Annotation edits still being saved must be in the pieces, and a document changed
        // elsewhere since this screen last saw it must not be split unseen.
        const expectedRevision =
          (await get().storedRevision(documentId)) ?? useLibrary.getState().documents.find((d) => d.id === documentId)?.revision;
        const { documents } = await api.splitDocument({
          id: documentId,
          at,
          ...(expectedRevision === undefined ? {} : { expectedRevision }),
        });
        get().forgetDocument(documentId);
        const pieces = documents.map((d) => ({ id: d.id, title: d.title }));
        await useLibrary.getState().refresh();
        reportInfo(translate('document.split.done', { count: documents.length }), documents.map((d) => isolate(d.title)).join(' · '));
        return pieces;
      } catch (err) {
        if (err instanceof IsnadError && err.code === 'conflict') {
          reportError(translate('document.split.conflict'), translate('document.split.conflictDetail'));
          get().forgetDocument(documentId);
          void useLibrary.getState().refresh();
          if (get().documentId === documentId) void get().loadDocument(documentId, { keepSelection: true });
        } else {
          reportError(translate('document.split.failed'), err);
        }
        return null;
      }
    },

    keepWhole(documentId) {
      rememberKeptWhole(documentId);
    },
  };
};
