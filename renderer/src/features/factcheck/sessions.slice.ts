import type { StateCreator } from 'zustand';
import { api } from '../../api/client';
import { deliverReport } from '../../api/reports';
import { useNavigation } from '../../app/navigation';
import { describeError, reportError } from '../../app/notices';
import { VERDICT_LABEL } from '../../ui/labels';
import { useI18n } from '../../ui/i18n/i18n.store';
import { useDocument } from '../document/document.store';
import { draftOf, verdictOf } from './factcheck.logic';
import type { FactCheckState, RunnerState, SessionsSlice } from './factcheck.state';
import { translate } from '../../ui/i18n/i18n.store';

const NO_RUNNER: RunnerState = { sessionId: null, session: null, claim: null, draft: draftOf(null, null), error: null, saving: false };

/** Fact-checking sessions: the list, and the runner that works through one claim at a time. */
export const createSessionsSlice: StateCreator<FactCheckState, [], [], SessionsSlice> = (set, get) => {
  const patchRunner = (change: Partial<RunnerState>) => set((s) => ({ runner: { ...s.runner, ...change } }));

  return {
    sessions: [],
    loaded: false,
    activeId: null,
    runner: NO_RUNNER,

    async refreshSessions() {
      try {
        set({ sessions: await api.listSessions({}), loaded: true });
      } catch (err) {
        reportError(translate('factcheck.error.load'), err);
        set({ loaded: true });
      }
    },

    openSession(id) {
      set({ activeId: id });
      useNavigation.getState().showView('sessions');
    },

    closeSession() {
      set({ activeId: null });
    },

    async startSession({ name, filter, checkedBy }) {
      return (await api.startSession({ name, filter, checkedBy })).id;
    },

    async resumeSession(session) {
      try {
        if (session.state !== 'active') await api.setSessionState({ id: session.id, state: 'active' });
        get().openSession(session.id);
      } catch (err) {
        reportError(translate('factcheck.error.resume'), err);
      }
    },

    async deleteSession(session) {
      try {
        await api.deleteSession({ id: session.id });
        await get().refreshSessions();
      } catch (err) {
        reportError(translate('factcheck.error.delete'), err);
      }
    },

    async exportReport(id, format) {
      try {
        deliverReport(await api.exportSessionReport({ id, format, interface: useI18n.getState().settings }));
      } catch (err) {
        reportError(translate('factcheck.error.report'), err);
      }
    },

    async startRunner(sessionId) {
      set({ runner: { ...NO_RUNNER, sessionId } });
      await get().loadClaim();
    },

    stopRunner() {
      set({ runner: NO_RUNNER });
    },

    async loadClaim(summary) {
      const sessionId = get().runner.sessionId;
      if (!sessionId) return;
      try {
        const current = summary ?? (await api.listSessions({})).find((s) => s.id === sessionId);
        if (!current) throw new Error(translate('factcheck.error.gone'));
        const claim = await api.getSessionClaim({ id: sessionId });
        if (get().runner.sessionId !== sessionId) return;
        patchRunner({ session: current, claim, draft: draftOf(claim, current), error: null });
      } catch (err) {
        if (get().runner.sessionId === sessionId) patchRunner({ error: describeError(err) });
      }
    },

    async moveInSession(target) {
      const sessionId = get().runner.sessionId;
      if (!sessionId) return;
      try {
        await get().loadClaim(await api.moveSession({ id: sessionId, ...target }));
      } catch (err) {
        reportError(translate('factcheck.error.move'), err);
      }
    },

    editDraft(change) {
      set((s) => ({ runner: { ...s.runner, draft: { ...s.runner.draft, ...change } } }));
    },

    async saveVerdict(status) {
      const { claim, saving, draft } = get().runner;
      if (!claim?.row || saving) return;
      patchRunner({ saving: true });
      try {
        const stored = await useDocument
          .getState()
          .editAnnotationIn(
            claim.documentId,
            claim.annotationId,
            { verdict: verdictOf(draft, status, new Date()) },
            translate('document.undo.setVerdict', { verdict: translate(VERDICT_LABEL[status]) }),
          );
        // Refused or not made (the store said why): show the claim as it is stored.
        if (stored) await get().moveInSession({ step: status === 'unchecked' ? 'next' : 'next-unchecked' });
        else await get().loadClaim();
      } catch (err) {
        reportError(translate('factcheck.error.save'), err);
        await get().loadClaim();
      } finally {
        patchRunner({ saving: false });
      }
    },

    async setSessionState(state) {
      const sessionId = get().runner.sessionId;
      if (!sessionId) return;
      try {
        await api.setSessionState({ id: sessionId, state });
        if (state === 'paused') {
          get().closeSession();
          await get().refreshSessions();
        } else await get().loadClaim();
      } catch (err) {
        reportError(translate('factcheck.error.change'), err);
      }
    },
  };
};
