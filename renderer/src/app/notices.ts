import { create } from 'zustand';
import { describeError as describeErrorIn, jobErrorText } from '../../../shared/error-text';
import { currentTranslator } from '../ui/i18n/i18n.store';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  title: string;
  detail: string;
  /** The detail is the journalist's text (a document's title), not a message: shown isolated, never translated. */
  detailIsUserText?: boolean;
  /** A button on the notice (Undo after a delete); pressing it also dismisses the notice. */
  action?: { label: string; run(): void };
}

interface NoticeState {
  notices: Notice[];
  push(notice: Omit<Notice, 'id'>): number;
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
      // One with an action (Undo) stays longer: reaching its button takes a moment.
      const fade = notice.action ? 10_000 : 4000;
      if (notice.kind === 'info') setTimeout(() => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })), fade);
      return id;
    },
    dismiss(id) {
      set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    },
  };
});

/** An error as the journalist reads it: a coded one in the interface's language, else its message. */
export function describeError(err: unknown): string {
  return describeErrorIn(currentTranslator(), err);
}

/** Why a job failed, in the interface's language where its error was coded; undefined when it did not fail. */
export function describeJobError(status: {
  error?: string;
  errorId?: string;
  errorValues?: Record<string, string | number>;
}): string | undefined {
  return jobErrorText(currentTranslator(), status);
}

export function reportError(title: string, err: unknown): void {
  useNotices.getState().push({ kind: 'error', title, detail: describeError(err) });
}

export function reportInfo(title: string, detail = '', detailIsUserText = false): void {
  useNotices.getState().push({ kind: 'info', title, detail, ...(detailIsUserText ? { detailIsUserText } : {}) });
}
