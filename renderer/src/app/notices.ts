import { create } from 'zustand';
import { IsnadError } from '../../../shared/errors';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  title: string;
  detail: string;
}

interface NoticeState {
  notices: Notice[];
  push(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
}

/** Errors stay until dismissed; information fades after a few seconds. At most five show. */
export const useNotices = create<NoticeState>((set) => {
  let nextId = 1;
  return {
    notices: [],
    push(notice) {
      const id = nextId++;
      set((s) => ({ notices: [...s.notices.slice(-4), { ...notice, id }] }));
      if (notice.kind === 'info') setTimeout(() => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })), 4000);
    },
    dismiss(id) {
      set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    },
  };
});

export function describeError(err: unknown): string {
  if (err instanceof IsnadError) return err.message;
  return err instanceof Error ? err.message : String(err);
}

export function reportError(title: string, err: unknown): void {
  useNotices.getState().push({ kind: 'error', title, detail: describeError(err) });
}

export function reportInfo(title: string, detail = ''): void {
  useNotices.getState().push({ kind: 'info', title, detail });
}
