import { z } from 'zod';
import { InterfaceSettings } from '../i18n/locale';
import { op, returns } from './define';

export const interfaceOperations = {
  getInterfaceSettings: op(
    'The interface language and digits chosen on this copy; null until the journalist chooses (the app then follows the system).',
    z.object({}),
    returns<InterfaceSettings | null>(),
  ),
  setInterfaceSettings: op(
    'Choose the interface language and digits; remembered across restarts, and told to every open window.',
    InterfaceSettings,
    returns<InterfaceSettings>(),
  ),
};
