import type { appOperations } from '../../../shared/contract/app';
import type { HandlersOf } from '../../../shared/contract/define';
import type { ServiceContext } from './context';

export const appHandlers: HandlersOf<typeof appOperations, ServiceContext> = {
  async getAppInfo(_input, ctx) {
    return { mode: ctx.mode, version: ctx.version, corpusPath: ctx.store.dir, documentCount: ctx.store.documentCount };
  },
  async getJob({ jobId }, ctx) {
    return ctx.jobs.get(jobId);
  },
  async cancelJob({ jobId }, ctx) {
    return ctx.jobs.cancel(jobId);
  },
};
