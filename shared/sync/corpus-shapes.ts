import { type Json, isRecord } from './json';
import type { Shape } from './merge';

/**
 * How each tracked corpus file merges (docs/STORAGE.md). What is not named here is merged by
 * the inferred rules: records field by field, arrays of records with ids per item, arrays
 * of plain values as sets, anything else as one value.
 */

/** Text order, as compareAnnotations sorts a layer: by start, longer first, then id. */
export function annotationOrder(a: Json, b: Json): number {
  const [x, y] = [isRecord(a) ? a : {}, isRecord(b) ? b : {}];
  const num = (v: Json | undefined) => (typeof v === 'number' ? v : 0);
  return num(x.start) - num(y.start) || num(y.end) - num(x.end) || String(x.id).localeCompare(String(y.id));
}

export const ANNOTATION_SHAPE: Shape = {
  kind: 'record',
  // A span moves as a whole: a start from one side and an end from the other is no span anyone made.
  groups: { span: ['start', 'end', 'text', 'prefix', 'suffix'] },
  fields: {
    // Each attribute is one value (a figure's [low, high] range is not a set).
    attributes: { kind: 'record', rest: { kind: 'atomic' } },
    verdict: {
      kind: 'record',
      // The status goes with who set it and when.
      groups: { verdict: ['status', 'checkedBy', 'checkedAt'] },
      fields: { note: { kind: 'atomic' }, evidence: { kind: 'set' } },
    },
  },
};

export const LAYER_SHAPE: Shape = {
  kind: 'record',
  fields: {
    annotations: { kind: 'keyed', item: ANNOTATION_SHAPE, order: annotationOrder },
    rejectedSuggestions: { kind: 'set' },
  },
};

export const DOCUMENT_SHAPE: Shape = {
  kind: 'record',
  fields: {
    text: { kind: 'atomic' },
    regions: { kind: 'keyed' },
    links: { kind: 'set' },
    tags: { kind: 'set' },
    fingerprint: { kind: 'quiet' },
    pages: { kind: 'atomic' },
    // Which file an article was imported from says nothing editorial; two imports may differ.
    source: { kind: 'record', fields: { file: { kind: 'quiet' }, originalHash: { kind: 'quiet' } } },
  },
  // Both sides trashing a document is one decision, whatever the time stamps say.
  quietGroups: { deleted: ['deletedAt', 'deletedBy'] },
};

const SESSION_SHAPE: Shape = { kind: 'record', fields: { claims: { kind: 'atomic' }, filter: { kind: 'atomic' } } };

export const SESSIONS_SHAPE: Shape = { kind: 'record', fields: { sessions: { kind: 'keyed', item: SESSION_SHAPE } } };

export const CONFLICTS_SHAPE: Shape = {
  kind: 'record',
  fields: {
    conflicts: {
      kind: 'keyed',
      item: {
        kind: 'record',
        fields: { sides: { kind: 'atomic' }, path: { kind: 'atomic' }, base: { kind: 'atomic' } },
        quietGroups: { detected: ['detectedAt', 'detectedBy'], decision: ['state', 'decision'] },
      },
    },
  },
};

export type TrackedKind = 'document' | 'layer' | 'sessions' | 'annotator' | 'speakers' | 'corpus' | 'conflicts' | 'gitignore' | 'other';

export const CONFLICTS_FILE = 'sync/conflicts.json';

/** What a tracked path holds, from its place in the corpus layout. */
export function trackedKind(path: string): TrackedKind {
  if (path === 'corpus.json') return 'corpus';
  if (path === 'speakers.json') return 'speakers';
  if (path === '.gitignore') return 'gitignore';
  if (path === CONFLICTS_FILE) return 'conflicts';
  if (/^documents\/[^/]+\.json$/.test(path)) return 'document';
  const layer = /^layers\/[^/]+\/([^/]+)\.json$/.exec(path);
  if (layer) {
    if (layer[1] === 'sessions') return 'sessions';
    if (layer[1] === 'annotator') return 'annotator';
    return 'layer';
  }
  return 'other';
}

export function shapeFor(kind: TrackedKind): Shape {
  switch (kind) {
    case 'document':
      return DOCUMENT_SHAPE;
    case 'layer':
      return LAYER_SHAPE;
    case 'sessions':
      return SESSIONS_SHAPE;
    case 'conflicts':
      return CONFLICTS_SHAPE;
    default:
      return { kind: 'record' };
  }
}

/** The document and annotator a path belongs to, for conflicts and history. */
export function pathSubject(path: string): { documentId?: string; layer?: string } {
  const doc = /^documents\/([^/]+)\.json$/.exec(path);
  if (doc) return { documentId: doc[1] as string };
  const layer = /^layers\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (layer && layer[2] !== 'sessions' && layer[2] !== 'annotator') return { documentId: layer[2] as string, layer: layer[1] as string };
  if (layer) return { layer: layer[1] as string };
  return {};
}
