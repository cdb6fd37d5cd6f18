import { translatorFor } from '../../../shared/i18n/translate';
import { readInterfaceSettings } from '../interface-settings';
import type { HandlersOf } from '../../../shared/contract/define';
import type { sessionOperations } from '../../../shared/contract/sessions';
import type { ServiceContext } from './context';

export const sessionHandlers: HandlersOf<typeof sessionOperations, ServiceContext> = {
  async startSession(input, { sessions }) {
    return sessions.start(input);
  },
  async listSessions(_input, { sessions }) {
    return sessions.list();
  },
  async getSessionClaim({ id, position }, { sessions }) {
    return sessions.claim(id, position);
  },
  async moveSession({ id, position, step }, { sessions }) {
    return sessions.move(id, { ...(position !== undefined ? { position } : {}), ...(step ? { step } : {}) });
  },
  async setSessionState({ id, state }, { sessions }) {
    return sessions.setState(id, state);
  },
  async deleteSession({ id }, { sessions }) {
    return sessions.remove(id);
  },
  async exportSessionReport({ id, format, interface: chosen }, ctx) {
    // The page speaks the interface's language: the window's choice, else the one stored with the corpus.
    const settings = chosen ?? readInterfaceSettings(ctx.store.dir) ?? { language: 'en' as const, digits: 'latn' as const };
    return ctx.sessions.report(ctx, id, format, translatorFor(settings));
  },
};
