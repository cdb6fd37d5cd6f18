import type { AnnotationCounts } from './document';

/** How many items of each annotation type: the library's counts, the panel's chips, the suggestion bar. */
export function countByType(items: ReadonlyArray<{ type: 'quote' | 'speaker' | 'figure' }>): AnnotationCounts {
  const counts: AnnotationCounts = { quote: 0, speaker: 0, figure: 0 };
  for (const item of items) counts[item.type]++;
  return counts;
}
