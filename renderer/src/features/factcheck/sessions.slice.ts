import { create } from 'zustand';
import type { SessionSummary } from '../../../../shared/contract/sessions';
import { api } from '../../api/client';
import { useNavigation } from '../../app/navigation';
import { reportError } from '../../app/notices';

interface SessionsState {
  sessions: SessionSummary[];
  loaded: boolean;
  /** The session being worked through, or null for the list. */
  activeId: string | null;
  refresh(): Promise<void>;
  open(id: string): void;
  close(): void;
}

export const useSessions = create<SessionsState>((set) => ({
  sessions: [],
  loaded: false,
  activeId: null,
  async refresh() {
    try {
      set({ sessions: await api.listSessions({}), loaded: true });
    } catch (err) {
      reportError('Could not load the fact-checking sessions', err);
      set({ loaded: true });
    }
  },
  open(id) {
    set({ activeId: id });
    useNavigation.getState().showView('sessions');
  },
  close() {
    set({ activeId: null });
  },
}));
