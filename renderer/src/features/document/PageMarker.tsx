import type { OcrInfo } from '../../../../shared/domain/document';
import { useT } from '../../ui/i18n/I18n';

/**
 * Where a page of a PDF begins, drawn above the text like a region banner (outside the text,
 * so selections and offsets never include it). The first page's marker carries the OCR
 * warning: text read from a scan must be checked against it before it is quoted.
 */
export function PageMarker({ from, to, ocr }: { from: number; to: number; ocr: OcrInfo | undefined }) {
  const t = useT();
  const label = from === to ? t('document.page.one', { page: from }) : t('document.page.range', { from, to });
  const read = ocr
    ? ocr.confidence != null
      ? t('document.page.ocrReadSure', { engine: ocr.engine, languages: ocr.languages.join('+'), confidence: ocr.confidence })
      : t('document.page.ocrRead', { engine: ocr.engine, languages: ocr.languages.join('+') })
    : '';
  return (
    <div className="page-marker" role="separator" aria-label={label}>
      <span className="page-label">{label}</span>
      {from === 1 && ocr && (
        <span className="ocr-check" title={read}>
          {t('document.page.ocrCheck')}
        </span>
      )}
    </div>
  );
}
