import type { HandlersOf } from '../../../shared/contract/define';
import type { interfaceOperations } from '../../../shared/contract/interface';
import { readInterfaceSettings, writeInterfaceSettings } from '../interface-settings';
import type { ServiceContext } from './context';

export const interfaceHandlers: HandlersOf<typeof interfaceOperations, ServiceContext> = {
  async getInterfaceSettings(_input, ctx) {
    return readInterfaceSettings(ctx.store.dir);
  },
  async setInterfaceSettings(input, ctx) {
    const saved = await writeInterfaceSettings(ctx.store.dir, input);
    ctx.events.emit('interfaceSettingsChanged', saved);
    return saved;
  },
};
