/**
 * Page markers for a document made from a PDF: at each text offset where a page starts, the
 * pages that start there (pages without text start where the next one does, so a marker can
 * stand for several: "Pages 3–4").
 */
export function pageMarkers(pages: readonly number[] | undefined): Map<number, { from: number; to: number }> {
  const markers = new Map<number, { from: number; to: number }>();
  (pages ?? []).forEach((start, i) => {
    const known = markers.get(start);
    if (known) known.to = i + 1;
    else markers.set(start, { from: i + 1, to: i + 1 });
  });
  return markers;
}
