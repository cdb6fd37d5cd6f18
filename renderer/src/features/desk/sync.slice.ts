import type { StateCreator } from 'zustand';
import type { SyncJobResult } from '../../../../shared/contract/sync';
import { IsnadError } from '../../../../shared/errors';
import { api } from '../../api/client';
import { followJob } from '../../api/jobs';
import { describeError, describeJobError, reportError, reportInfo } from '../../app/notices';
import { useNavigation } from '../../app/navigation';
import { useDocument } from '../document/document.store';
import { useLibrary } from '../library/library.store';
import type { DeskState, SyncSlice } from './desk.state';
import { describeSyncResult } from './sync.logic';
import { currentTranslator, translate } from '../../ui/i18n/i18n.store';

export const createSyncSlice: StateCreator<DeskState, [], [], SyncSlice> = (set, get) => {
  /** What a sync changed on disk reaches the screens: the library, the open document, the layers beside it. */
  const afterSync = async () => {
    await useLibrary.getState().refresh();
    const documentId = useNavigation.getState().documentId;
    if (documentId && useDocument.getState().documentId === documentId) {
      await useDocument.getState().loadDocument(documentId, { keepSelection: true });
      await get().refreshShownLayers(documentId);
    }
    await get().loadConflicts();
  };

  return {
    sync: null,
    syncError: null,
    syncJob: null,
    syncOutcome: null,
    remoteOpen: false,
    remoteError: null,
    remoteSaving: false,
    conflicts: [],
    conflictsError: null,
    conflictState: 'open',
    async refreshSync() {
      try {
        const sync = await api.getSyncStatus({});
        set({ sync, syncError: null });
        get().rememberNames({ [sync.annotator.id]: sync.annotator.name });
      } catch (err) {
        set({ syncError: describeError(err) });
      }
    },
    async startSync() {
      if (get().syncJob?.state === 'running') return;
      if (!get().sync?.remoteUrl) {
        set({ remoteOpen: true, remoteError: null });
        return;
      }
      set({ syncOutcome: null });
      try {
        const started = await api.syncCorpus({});
        set({ syncJob: started });
        const last = started.state === 'running' ? await followJob(started.id, (status) => set({ syncJob: status })) : started;
        set({ syncJob: null });
        if (last.state === 'done') {
          const message = describeSyncResult(last.result as SyncJobResult, currentTranslator().t);
          set({ syncOutcome: { ok: true, message } });
          reportInfo(translate('desk.notice.synced'), message);
        } else {
          const message =
            last.state === 'cancelled'
              ? translate('desk.notice.syncCancelled')
              : (describeJobError(last) ?? translate('desk.notice.syncFailed'));
          set({ syncOutcome: { ok: false, message } });
        }
        await afterSync();
      } catch (err) {
        set({ syncJob: null, syncOutcome: { ok: false, message: describeError(err) } });
      }
      await get().refreshSync();
    },
    openRemote() {
      set({ remoteOpen: true, remoteError: null });
    },
    closeRemote() {
      set({ remoteOpen: false, remoteError: null });
    },
    async saveRemote({ url, token, username, forgetToken }) {
      if (url.trim() === '') {
        set({
          remoteError: { field: 'url', message: translate('desk.remote.urlMissing') },
        });
        return false;
      }
      set({ remoteSaving: true, remoteError: null });
      try {
        const sync = await api.setSyncRemote({
          url: url.trim(),
          ...(token ? { token } : {}),
          ...(username.trim() ? { username: username.trim() } : {}),
          forgetToken,
        });
        set({ sync, remoteSaving: false, remoteOpen: false });
        reportInfo(
          translate('desk.notice.remoteSet'),
          translate(sync.credentials.present ? 'desk.notice.tokenStored' : 'desk.notice.noToken'),
        );
        return true;
      } catch (err) {
        const field =
          err instanceof IsnadError && err.field?.startsWith('token')
            ? 'token'
            : err instanceof IsnadError && err.field?.startsWith('url')
              ? 'url'
              : null;
        set({ remoteSaving: false, remoteError: { field, message: describeError(err) } });
        return false;
      }
    },
    async loadConflicts(state) {
      const wanted = state ?? get().conflictState;
      try {
        const { conflicts } = await api.listSyncConflicts({ state: wanted });
        set({ conflicts, conflictState: wanted, conflictsError: null });
      } catch (err) {
        set({ conflictsError: describeError(err) });
      }
    },
    async decideConflict(conflictId, side) {
      try {
        await api.decideSyncConflict({ conflictId, side });
        reportInfo(translate('desk.notice.decided'), translate('desk.notice.decidedDetail'));
        await get().loadConflicts();
        await get().refreshSync();
        // A decided title or outlet shows in the library at once.
        await useLibrary.getState().refresh();
        const documentId = useDocument.getState().documentId;
        if (documentId) await useDocument.getState().loadDocument(documentId, { keepSelection: true });
        return true;
      } catch (err) {
        reportError(translate('desk.error.decide'), err);
        return false;
      }
    },
  };
};
