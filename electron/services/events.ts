import type { DocumentChange, EventName, EventPayload } from '../../shared/contract/events';
import type { StoreEvent } from './corpus/store';

export type EventSink = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/**
 * The contract's events as the services raise them. Each transport subscribes once and
 * carries them its own way (IPC to the window, Server-Sent Events to each browser tab).
 * A listener that throws is the transport's bug; it must not stop the others or the write
 * that raised the event.
 */
export class EventHub {
  readonly #listeners = new Set<EventSink>();

  subscribe(listener: EventSink): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.#listeners) {
      try {
        listener(name, payload);
      } catch (err) {
        console.error(`isnad: a listener for ${name} failed:`, err);
      }
    }
  }
}

const CHANGE_OF: Record<StoreEvent['kind'], DocumentChange['change']> = {
  'document-added': 'added',
  'document-updated': 'updated',
  'document-deleted': 'deleted',
  'annotations-changed': 'annotations',
  // The curated layer or a colleague's (after a sync): what a window showing layers re-reads.
  'layer-changed': 'annotations',
};

/** A store event as the renderer hears it, with the revision the document has reached. */
export function documentChange(event: StoreEvent, revisionOf: (id: string) => number | undefined): DocumentChange {
  const change = CHANGE_OF[event.kind];
  const revision = change === 'deleted' ? undefined : revisionOf(event.documentId);
  return { documentId: event.documentId, change, ...(revision !== undefined ? { revision } : {}) };
}
