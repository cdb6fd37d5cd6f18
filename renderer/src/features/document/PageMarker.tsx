import type { OcrInfo } from '../../../../shared/domain/document';

/**
 * Where a page of a PDF begins, drawn above the text like a region banner (outside the text,
 * so selections and offsets never include it). The first page's marker carries the OCR
 * warning: text read from a scan must be checked against it before it is quoted.
 */
export function PageMarker({ from, to, ocr }: { from: number; to: number; ocr: OcrInfo | undefined }) {
  const label = from === to ? `Page ${from}` : `Pages ${from}–${to}`;
  const confidence = ocr?.confidence != null ? `, ${Math.round(ocr.confidence * 100)}% confidence` : '';
  return (
    <div className="page-marker" role="separator" aria-label={label}>
      <span className="page-label">{label}</span>
      {from === 1 && ocr && (
        <span className="ocr-check" title={`Read by ${ocr.engine} (${ocr.languages.join('+')})${confidence}`}>
          OCR: check the text against the scan
        </span>
      )}
    </div>
  );
}
