import type { HandlersOf } from '../../../shared/contract/define';
import type { syncOperations } from '../../../shared/contract/sync';
import { historyOfAnnotation } from '../sync/annotation-history';
import { storeHost } from '../sync/store-host';
import type { ServiceContext } from './context';

export const syncHandlers: HandlersOf<typeof syncOperations, ServiceContext> = {
  async syncCorpus(_input, ctx) {
    return ctx.sync.start();
  },
  async getSyncStatus(_input, ctx) {
    return ctx.sync.status();
  },
  async setSyncRemote(input, ctx) {
    return ctx.sync.setRemote(input);
  },
  async listSyncConflicts(input, ctx) {
    return { conflicts: await ctx.sync.conflicts(input) };
  },
  async decideSyncConflict(input, ctx) {
    const { conflictId, side, value } = input;
    return {
      conflict: await ctx.sync.decide({ conflictId, ...(side === undefined ? {} : { side }), ...(value === undefined ? {} : { value }) }),
    };
  },
  async getAnnotationHistory(input, ctx) {
    return historyOfAnnotation(storeHost(ctx.store), input);
  },
};
