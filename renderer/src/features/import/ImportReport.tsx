import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { type FileOutcome, type FileStatus, type ImportedDocument, warningsOf } from '../../../../shared/import/report';
import { SplitOffer } from '../document/SplitOffer';
import { AsVersionOffer } from '../versions/AsVersionOffer';
import { useImporter } from './import.store';
import { useNavigation } from '../../app/navigation';
import { offersOcr } from '../../../../shared/import/problems';
import { FieldMappingForm } from './FieldMappingForm';
import type { MessageId } from '../../../../shared/i18n/catalogs';
import { isolate } from '../../../../shared/i18n/translate';
import { T, UserText, useT, useTranslator } from '../../ui/i18n/I18n';
import { messageText, reasonText, whereText } from '../../../../shared/error-text';

const STATUS_LABEL: Record<FileStatus, MessageId> = {
  imported: 'import.status.imported',
  duplicate: 'import.status.duplicate',
  failed: 'import.status.failed',
  'needs-mapping': 'import.status.needsMapping',
  skipped: 'import.status.skipped',
  cancelled: 'import.status.cancelled',
};

type Filter = 'all' | 'problems' | 'imported';

function isProblem(f: FileOutcome): boolean {
  return f.status !== 'imported' || f.failures.length > 0;
}

export function ImportReportView() {
  const t = useT();
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
  const totals = report.totals;
  const problems = report.files.filter(isProblem).length;
  // One sentence per fact, joined with a middle dot: each is a whole message in every language.
  const summary = [
    t('import.report.summary', { documents: totals.documents, files: totals.files }),
    totals.duplicates > 0 && t('import.report.duplicates', { count: totals.duplicates }),
    totals.failed > 0 && t('import.report.failed', { count: totals.failed }),
    totals.needsMapping > 0 && t('import.report.needsMapping', { count: totals.needsMapping }),
    totals.nearDuplicates > 0 && t('import.report.nearDuplicates', { count: totals.nearDuplicates }),
    totals.splitOffers > 0 && t('import.report.splitOffers', { count: totals.splitOffers }),
  ].filter(Boolean);

  return (
    <div className="import-report">
      <h2>{t('import.report.title')}</h2>
      {report.cancelled && (
        <p className="import-banner" role="status">
          {t('import.report.cancelled')}
        </p>
      )}
      <p className="import-summary" role="status">
        {summary.join(t('ui.list.separator'))}
      </p>
      {error && (
        <p role="alert" className="error inline-error">
          {error}
        </p>
      )}
      <div className="import-filters" role="group" aria-label={t('import.report.show')}>
        {(
          [
            ['all', t('import.report.filterAll', { count: report.files.length })],
            ['problems', t('import.report.filterProblems', { count: problems })],
            ['imported', t('import.report.filterImported', { count: report.files.filter((f) => f.documents.length > 0).length })],
          ] as Array<[Filter, string]>
        ).map(([value, label]) => (
          <button key={value} type="button" aria-pressed={filter === value} onClick={() => setFilter(value)}>
            {label}
          </button>
        ))}
      </div>
      <div ref={scroller} className="import-rows" role="list" aria-label={t('import.report.files')}>
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
          {t('import.report.more')}
        </button>
        <button type="button" className="primary" onClick={close}>
          {t('import.report.done')}
        </button>
      </div>
    </div>
  );
}

function OutcomeRow({ outcome }: { outcome: FileOutcome }) {
  const t = useT();
  const translator = useTranslator();
  const [mapping, setMapping] = useState(false);
  const readWithOcr = useImporter((s) => s.readWithOcr);
  return (
    <div className={`import-row status-${outcome.status}`} role="listitem" aria-label={isolate(outcome.name)}>
      <div className="import-row-head">
        <span className={`chip chip-${outcome.status}`}>{t(STATUS_LABEL[outcome.status])}</span>
        {/* Paths read left to right (folder/file.ext) even when the names are Arabic. */}
        <span className="import-file" dir="ltr" title={outcome.name} data-user-content="">
          {outcome.name}
        </span>
        <span className="import-format" translate="no">
          {outcome.format}
        </span>
      </div>
      {outcome.reason && outcome.status !== 'imported' && (
        <p className="import-reason" dir="auto">
          {reasonText(translator, outcome)}
        </p>
      )}
      {outcome.duplicates.length > 0 && (
        <p className="import-reason" dir="auto">
          {outcome.duplicates.length === 1 ? (
            <T
              id={outcome.duplicates[0]?.by === 'file' ? 'import.report.duplicateFile' : 'import.report.duplicateOf'}
              values={{ title: <UserText>{outcome.duplicates[0]?.of.title}</UserText> }}
            />
          ) : (
            t('import.report.duplicateRecords', { count: outcome.duplicates.length })
          )}
        </p>
      )}
      {outcome.documents.map((doc) => (
        <DocumentLine key={doc.id} doc={doc} />
      ))}
      {outcome.failures.length > 0 && (
        <details className="import-failures">
          <summary>{t('import.report.failures', { count: outcome.failures.length })}</summary>
          <ul>
            {outcome.failures.slice(0, 200).map((f) => (
              <li key={f.where} dir="auto">
                {whereText(translator, f.where)}: {reasonText(translator, f)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {warningsOf(outcome).map((w, i) => (
        <p key={`${i}:${w.message}`} className="import-warning" dir="auto">
          {messageText(translator, w)}
        </p>
      ))}
      {offersOcr(outcome) && outcome.fileKey !== undefined && (
        <button type="button" className="primary" onClick={() => void readWithOcr(outcome.fileKey as string)}>
          {t('import.report.ocr')}
        </button>
      )}
      {outcome.status === 'needs-mapping' &&
        outcome.needsMapping &&
        outcome.fileKey !== undefined &&
        (mapping ? (
          <FieldMappingForm fileKey={outcome.fileKey} needs={outcome.needsMapping} onCancel={() => setMapping(false)} />
        ) : (
          <button type="button" className="primary" onClick={() => setMapping(true)}>
            {t('import.report.chooseFields')}
          </button>
        ))}
    </div>
  );
}

function DocumentLine({ doc }: { doc: ImportedDocument }) {
  const t = useT();
  const translator = useTranslator();
  const { number } = translator;
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
        <p className="import-split-done">{t('import.report.splitDone', { count: splits.length })}</p>
        <ol className="import-articles">
          {splits.map((d) => (
            <li key={d.id}>
              <button type="button" className="link" onClick={() => open(d.id)}>
                <bdi className="doc-title" data-user-content="">
                  {d.title}
                </bdi>
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
        <button type="button" className="link" onClick={() => open(doc.id)} title={t('import.report.openDocument')}>
          <bdi className="doc-title" data-user-content="">
            {doc.title}
          </bdi>
        </button>
        <span className="badge">
          <span translate="no">{doc.lang}</span> · {t(doc.dir === 'rtl' ? 'library.item.rtl' : 'library.item.ltr')}
        </span>
        {doc.where && <span className="hint-inline">{whereText(translator, doc.where)}</span>}
        {doc.pages !== undefined && <span className="hint-inline">{t('import.report.pages', { count: doc.pages })}</span>}
        {doc.ocr && <span className="ocr-check">{t('import.report.ocrCheck')}</span>}
        {doc.boilerplate > 0 && (
          <span
            className="boilerplate-count"
            title={Object.entries(doc.regionKinds)
              .map(([k, n]) => `${isolate(k)}: ${number(n)}`)
              .join(', ')}
          >
            {t('import.report.boilerplate', { count: doc.boilerplate })}
          </span>
        )}
        {doc.outlet && (
          <span className="outlet-line">
            <T id="import.report.outlet" values={{ outlet: <UserText>{doc.outlet}</UserText> }} />
          </span>
        )}
      </p>
      {doc.nearDuplicateOf && (
        <p className="import-warning">
          <T
            id="import.report.nearDuplicate"
            values={{
              similarity: doc.nearDuplicateOf.similarity,
              link: (
                <button type="button" className="link" onClick={() => open(doc.nearDuplicateOf!.id)}>
                  <bdi className="doc-title" data-user-content="">
                    {doc.nearDuplicateOf.title}
                  </bdi>
                </button>
              ),
            }}
          />
        </p>
      )}
      {(doc.sameUrlAs || doc.nearDuplicateOf) && <AsVersionOffer doc={doc} />}
      {doc.split && <ImportedSplitOffer doc={doc} />}
    </div>
  );
}

function ImportedSplitOffer({ doc }: { doc: ImportedDocument }) {
  const t = useT();
  const kept = useImporter((s) => s.keptWhole[doc.id]);
  const { recordSplit, recordKeptWhole } = useImporter.getState();
  if (kept) return <p className="hint-inline">{t('import.report.keptWhole')}</p>;
  return (
    <SplitOffer
      documentId={doc.id}
      offer={doc.split!}
      where={t('import.report.inThisFile')}
      onSplit={(pieces) => recordSplit(doc.id, pieces)}
      onKeep={() => recordKeptWhole(doc.id)}
    />
  );
}
