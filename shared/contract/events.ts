import type { InterfaceSettings } from '../i18n/locale';
import { type JobStatus } from './app';
import { type Returns, returns } from './define';

/**
 * What the main process tells the renderer without being asked. Declared once, like the
 * operations: the desktop app sends each on its own IPC channel (webContents.send, and the
 * preload's `on`), browser mode streams them as Server-Sent Events, and the renderer
 * listens with `api.on(name, handler)` in both.
 */
export interface EventDefinition<P = unknown> {
  summary: string;
  payload: Returns<P>;
}

function event<P>(summary: string): EventDefinition<P> {
  return { summary, payload: returns<P>() };
}

/** Commands the desktop menu sends to the renderer (there is no menu in browser mode). */
export const MENU_COMMANDS = ['import', 'importDataset', 'export', 'undo', 'redo', 'find'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * A document was added, edited or removed: by this window, another window on the same
 * corpus, or a sync. `revision` is the stored revision after the change (none once deleted),
 * so a screen can tell its own saves (a revision it already reached) from someone else's.
 */
export interface DocumentChange {
  documentId: string;
  change: 'added' | 'updated' | 'annotations' | 'deleted';
  revision?: number;
}

export const events = {
  jobProgress: event<JobStatus>('A long job (import, export) moved on, or ended.'),
  documentChanged: event<DocumentChange>('A document was added, edited or deleted.'),
  menuCommand: event<MenuCommand>('The desktop menu asks the renderer for a command.'),
  interfaceSettingsChanged: event<InterfaceSettings>('The interface language or digits were chosen, in this window or another.'),
};

export type IsnadEvents = typeof events;
export type EventName = keyof IsnadEvents & string;
export type EventPayload<E extends EventName> = IsnadEvents[E]['payload'] extends Returns<infer P> ? P : never;
export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;

export const eventNames = Object.keys(events) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/** Subscribing: returns the function that unsubscribes. */
export type Subscribe = <E extends EventName>(name: E, listener: EventListener<E>) => () => void;
