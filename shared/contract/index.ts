import { annotationOperations } from './annotations';
import { appOperations } from './app';
import type { BridgeOf, ClientOf, Contract } from './define';
import type { Subscribe } from './events';
import { documentOperations } from './documents';
import { suggestionOperations } from './suggestions';
import { searchOperations } from './search';
import { sessionOperations } from './sessions';
import { speakerOperations } from './speakers';
import { importOperations } from './import';
import { exchangeOperations } from './exchange';
import { syncOperations } from './sync';
import { agreementOperations } from './agreement';
import { layerOperations } from './layers';
import { versionOperations } from './versions';
import { interfaceOperations } from './interface';

/**
 * Every operation the renderer may ask of the main process. The IPC handlers, the preload
 * bridge, the HTTP host and the renderer client are all generated from this one object.
 */
export const contract = {
  ...appOperations,
  ...documentOperations,
  ...annotationOperations,
  ...suggestionOperations,
  ...searchOperations,
  ...speakerOperations,
  ...sessionOperations,
  ...importOperations,
  ...exchangeOperations,
  ...syncOperations,
  ...agreementOperations,
  ...layerOperations,
  ...versionOperations,
  ...interfaceOperations,
} satisfies Contract;

export type IsnadContract = typeof contract;
export type OperationName = keyof IsnadContract & string;
export type IsnadApi = ClientOf<IsnadContract>;

export const operationNames = Object.keys(contract) as OperationName[];

/**
 * What the preload exposes as `window.isnad`. Methods resolve to envelopes because error
 * classes do not survive contextBridge; the renderer client turns them back into IsnadError.
 * `on` subscribes to one of the contract's events.
 */
export type IsnadBridge = BridgeOf<IsnadContract> & { on: Subscribe };

/** The renderer's client: the operations, and the events. */
export type IsnadClient = IsnadApi & { on: Subscribe };

export {
  events,
  eventNames,
  isEventName,
  MENU_COMMANDS,
  type DocumentChange,
  type EventName,
  type EventPayload,
  type EventListener,
  type MenuCommand,
  type Subscribe,
} from './events';

export { IsnadError } from '../errors';
export type { Envelope, ErrorInfo, ErrorCode } from '../errors';
