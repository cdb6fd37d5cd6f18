import type { agreementOperations } from '../../../shared/contract/agreement';
import type { HandlersOf } from '../../../shared/contract/define';
import { listAdjudicable } from '../agreement/adjudicable';
import { agreementOf } from '../agreement/compute';
import type { ServiceContext } from './context';

export const agreementHandlers: HandlersOf<typeof agreementOperations, ServiceContext> = {
  async computeAgreement(input, ctx) {
    return agreementOf(ctx.store, input);
  },
  async listAdjudicable(_input, ctx) {
    return listAdjudicable(ctx.store);
  },
};
