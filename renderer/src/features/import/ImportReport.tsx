import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { FileOutcome, FileStatus, ImportedDocument } from '../../../../shared/import/report';
import { SplitOffer } from '../document/SplitOffer';
import { AsVersionOffer } from '../versions/AsVersionOffer';
import { useImporter } from './import.store';
import { useNavigation } from '../../app/navigation';
import { offersOcr } from '../../../../shared/import/problems';
import { FieldMappingForm } from './FieldMappingForm';
import { plural } from '../../util/format';

const STATUS_LABEL: Record<FileStatus, string> = {
  imported: 'Imported',
  duplicate: 'Duplicate',
  failed: 'Failed',
  'needs-mapping': 'Needs fields',
  skipped: 'Skipped',
  cancelled: 'Not imported',
};

type Filter = 'all' | 'problems' | 'imported';

function isProblem(f: FileOutcome): boolean {
  return f.status !== 'imported' || f.failures.length > 0;
}

export function ImportReportView() {
  const report = useImporter((s) => s.report);
  const error = useImporter((s) => s.error);
  const close = useImporter((s) => s.close);
  const open = useImporter((s) => s.open);
  const [filter, setFilter] = useState<Filter>('all');
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => {
    const files = report?.files ?? [];
    if (filter === 'problems') return files.filter(isProblem);
    if (filter === 'imported') return files.filter((f) => f.documents.length > 0);
    return files;
  }, [report, filter]);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    overscan: 8,
  });
  if (!report) return null;
  const t = report.totals;
  const problems = report.files.filter(isProblem).length;

  return (
    <div className="import-report">
      <h2>Import report</h2>
      {report.cancelled && (
        <p className="import-banner" role="status">
          The import was cancelled. Documents already imported are kept, complete; the files below marked “Not imported” were left out.
        </p>
      )}
      <p className="import-summary" role="status">
        {plural(t.documents, 'document')} imported from {plural(t.files, 'file')}
        {t.duplicates > 0 && ` · ${plural(t.duplicates, 'duplicate')} skipped`}
        {t.failed > 0 && ` · ${t.failed.toLocaleString()} failed`}
        {t.needsMapping > 0 && ` · ${plural(t.needsMapping, 'dataset')} ${t.needsMapping === 1 ? 'needs' : 'need'} fields chosen`}
        {t.nearDuplicates > 0 && ` · ${plural(t.nearDuplicates, 'near-duplicate')} flagged`}
        {t.splitOffers > 0 && ` · ${plural(t.splitOffers, 'page')} with several articles`}
      </p>
      {error && (
        <p role="alert" className="error inline-error">
          {error}
        </p>
      )}
      <div className="import-filters" role="group" aria-label="Show">
        {(
          [
            ['all', `All (${report.files.length})`],
            ['problems', `Problems (${problems})`],
            ['imported', `Imported (${report.files.filter((f) => f.documents.length > 0).length})`],
          ] as Array<[Filter, string]>
        ).map(([value, label]) => (
          <button key={value} type="button" aria-pressed={filter === value} onClick={() => setFilter(value)}>
            {label}
          </button>
        ))}
      </div>
      <div ref={scroller} className="import-rows" role="list" aria-label="Files">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => (
            <div
              key={item.key}
              ref={virtual.measureElement}
              data-index={item.index}
              className="import-row-slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <OutcomeRow outcome={rows[item.index] as FileOutcome} />
            </div>
          ))}
        </div>
      </div>
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => {
            close();
            open();
          }}
        >
          Import more…
        </button>
        <button type="button" className="primary" onClick={close}>
          Done
        </button>
      </div>
    </div>
  );
}

function OutcomeRow({ outcome }: { outcome: FileOutcome }) {
  const [mapping, setMapping] = useState(false);
  const readWithOcr = useImporter((s) => s.readWithOcr);
  return (
    <div className={`import-row status-${outcome.status}`} role="listitem" aria-label={outcome.name}>
      <div className="import-row-head">
        <span className={`chip chip-${outcome.status}`}>{STATUS_LABEL[outcome.status]}</span>
        {/* Paths read left to right (folder/file.ext) even when the names are Arabic. */}
        <span className="import-file" dir="ltr" title={outcome.name}>
          {outcome.name}
        </span>
        <span className="import-format">{outcome.format}</span>
      </div>
      {outcome.reason && outcome.status !== 'imported' && (
        <p className="import-reason" dir="auto">
          {outcome.reason}
        </p>
      )}
      {outcome.duplicates.length > 0 && (
        <p className="import-reason" dir="auto">
          {outcome.duplicates.length === 1
            ? `Already in the corpus as “${outcome.duplicates[0]?.of.title}”${outcome.duplicates[0]?.by === 'file' ? ' (the same file)' : ''}.`
            : `${outcome.duplicates.length} records already in the corpus were skipped.`}
        </p>
      )}
      {outcome.documents.map((doc) => (
        <DocumentLine key={doc.id} doc={doc} />
      ))}
      {outcome.failures.length > 0 && (
        <details className="import-failures">
          <summary>{plural(outcome.failures.length, 'record')} could not be imported</summary>
          <ul>
            {outcome.failures.slice(0, 200).map((f) => (
              <li key={f.where} dir="auto">
                {f.where}: {f.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {outcome.warnings.map((w) => (
        <p key={w} className="import-warning" dir="auto">
          {w}
        </p>
      ))}
      {offersOcr(outcome) && outcome.fileKey !== undefined && (
        <button type="button" className="primary" onClick={() => void readWithOcr(outcome.fileKey as string)}>
          Read with OCR (Arabic and English)
        </button>
      )}
      {outcome.status === 'needs-mapping' &&
        outcome.needsMapping &&
        outcome.fileKey !== undefined &&
        (mapping ? (
          <FieldMappingForm fileKey={outcome.fileKey} needs={outcome.needsMapping} onCancel={() => setMapping(false)} />
        ) : (
          <button type="button" className="primary" onClick={() => setMapping(true)}>
            Choose fields…
          </button>
        ))}
    </div>
  );
}

function DocumentLine({ doc }: { doc: ImportedDocument }) {
  const openDocument = useNavigation((s) => s.openDocument);
  const close = useImporter((s) => s.close);
  const splits = useImporter((s) => s.splits[doc.id]);
  const open = (id: string) => {
    close();
    openDocument(id);
  };
  if (splits) {
    return (
      <div className="import-doc">
        <p className="import-split-done">Split into {splits.length} linked documents:</p>
        <ol className="import-articles">
          {splits.map((d) => (
            <li key={d.id}>
              <button type="button" className="link" onClick={() => open(d.id)}>
                <bdi className="doc-title">{d.title}</bdi>
              </button>
            </li>
          ))}
        </ol>
      </div>
    );
  }
  return (
    <div className="import-doc">
      <p className="import-doc-line">
        <button type="button" className="link" onClick={() => open(doc.id)} title="Open the document">
          <bdi className="doc-title">{doc.title}</bdi>
        </button>
        <span className="badge">
          {doc.lang} · {doc.dir.toUpperCase()}
        </span>
        {doc.where && <span className="hint-inline">{doc.where}</span>}
        {doc.pages !== undefined && <span className="hint-inline">{plural(doc.pages, 'page')}</span>}
        {doc.ocr && <span className="ocr-check">OCR: check the text against the scan</span>}
        {doc.boilerplate > 0 && (
          <span
            className="boilerplate-count"
            title={Object.entries(doc.regionKinds)
              .map(([k, n]) => `${k}: ${n}`)
              .join(', ')}
          >
            {plural(doc.boilerplate, 'boilerplate block')} marked
          </span>
        )}
        {doc.outlet && (
          <span className="outlet-line">
            Outlet: <bdi dir="auto">{doc.outlet}</bdi>
          </span>
        )}
      </p>
      {doc.nearDuplicateOf && (
        <p className="import-warning">
          Near-duplicate of{' '}
          <button type="button" className="link" onClick={() => open(doc.nearDuplicateOf!.id)}>
            <bdi className="doc-title">“{doc.nearDuplicateOf.title}”</bdi>
          </button>{' '}
          ({Math.round(doc.nearDuplicateOf.similarity * 100)}% similar): the same article with other boilerplate or small edits.
        </p>
      )}
      {(doc.sameUrlAs || doc.nearDuplicateOf) && <AsVersionOffer doc={doc} />}
      {doc.split && <ImportedSplitOffer doc={doc} />}
    </div>
  );
}

function ImportedSplitOffer({ doc }: { doc: ImportedDocument }) {
  const kept = useImporter((s) => s.keptWhole[doc.id]);
  const { recordSplit, recordKeptWhole } = useImporter.getState();
  if (kept) return <p className="hint-inline">Kept as one document.</p>;
  return (
    <SplitOffer
      documentId={doc.id}
      offer={doc.split!}
      where="in this file"
      onSplit={(pieces) => recordSplit(doc.id, pieces)}
      onKeep={() => recordKeptWhole(doc.id)}
    />
  );
}
