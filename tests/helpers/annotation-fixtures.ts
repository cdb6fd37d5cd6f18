import { Annotation } from '../../shared/domain/annotation';

let counter = 0;

/**
 * A stored-shape annotation over `text` (span checked by the real schema), for pure tests
 * of agreement and merging. `over` may set attributes and the verdict by parts.
 */
export function makeAnnotation(
  text: string,
  type: Annotation['type'],
  start: number,
  end: number,
  over: { id?: string; attributes?: Record<string, unknown>; verdict?: Record<string, unknown> } = {},
): Annotation {
  return Annotation.parse({
    id: over.id ?? `a${++counter}`,
    type,
    start,
    end,
    text: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    attributes:
      type === 'quote' ? { kind: 'direct', ...over.attributes } : type === 'speaker' ? { ...over.attributes } : { ...over.attributes },
    verdict: { ...over.verdict },
    origin: 'manual',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  });
}
