import { type FormEvent, type ReactNode, type SyntheticEvent, useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../../../shared/contract/app';
import type { ExportJobResult } from '../../../../shared/contract/exchange';
import { ANNOTATION_TYPES, type AnnotationType, VERDICT_STATUSES, type VerdictStatus } from '../../../../shared/domain/annotation';
import { exportFileName } from '../../../../shared/exchange/request';
import type { ExportFormat } from '../../../../shared/exchange/options';
import { downloadUrl, isDesktop } from '../../api/client';
import { useExchange } from './exchange.store';
import { useLibrary } from '../library/library.store';
import { useNavigation } from '../../app/navigation';
import { describeError } from '../../app/notices';
import { type ScopeKind, filterForScope, presetFixesExcluded, toggleInOrder } from './export-scope.logic';
import { ChooseDocuments } from './ChooseDocuments';
import { JobProgressBar } from './JobProgressBar';
import { NeedsUrlList, OrganizationFields, organizationFor, rememberOrganization, savedOrganization } from './ClaimReviewParts';
import { ExportLayerChoice } from './ExportLayerChoice';
import './exchange.css';
import { plural } from '../../util/format';
import { TYPE_PLURAL } from '../../ui/labels';

const FORMATS: Array<{ value: ExportFormat; label: string; hint: string }> = [
  { value: 'csv', label: 'CSV', hint: 'one row per annotation, for Excel, LibreOffice and newsroom databases' },
  { value: 'json', label: 'JSON', hint: 'everything, with the full text; can be imported back into Isnad' },
  { value: 'jsonl', label: 'JSONL', hint: 'one document per line with doccano-style spans, for NLP pipelines' },
  {
    value: 'claimreview',
    label: 'ClaimReview',
    hint: 'schema.org JSON-LD of your verdicts on quotes and figures, for your CMS and Google Fact Check Explorer',
  },
  {
    value: 'w3c',
    label: 'W3C Web Annotation',
    hint: 'quote and position selectors, for Hypothesis-style tools; can be placed back onto a document',
  },
  { value: 'conll', label: 'BIO / CoNLL', hint: 'one token per line, B-/I- tags per type, for training NLP models' },
  { value: 'spacy', label: 'spaCy JSONL', hint: 'text plus character spans (code points), for spaCy and Prodigy' },
];

export function ExportDialog() {
  const close = useExchange((s) => s.closeExport);
  const preset = useExchange((s) => s.exportPreset);
  const documents = useLibrary((s) => s.documents);
  const currentId = useNavigation((s) => s.documentId);
  const current = documents.find((d) => d.id === currentId) ?? null;
  const [scope, setScope] = useState<ScopeKind>(preset ? 'preset' : current ? 'current' : 'corpus');
  const [chosenIds, setChosenIds] = useState<string[]>(current ? [current.id] : []);
  const [types, setTypes] = useState<AnnotationType[]>([...ANNOTATION_TYPES]);
  const [verdicts, setVerdicts] = useState<VerdictStatus[]>([...VERDICT_STATUSES]);
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [layer, setLayer] = useState<string>(preset?.layer ?? 'mine');
  const [bom, setBom] = useState(true);
  const [neutralize, setNeutralize] = useState(true);
  const [includeExcluded, setIncludeExcluded] = useState(false);
  const [organization, setOrganization] = useState(savedOrganization);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [result, setResult] = useState<ExportJobResult | null>(null);
  const [starting, setStarting] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const download = useRef<HTMLAnchorElement>(null);
  const job = useExchange((s) => s.job);
  const running = job?.state === 'running';
  const { runExport, chooseExportPath, cancelJob } = useExchange.getState();

  useEffect(() => {
    const el = dialog.current;
    el?.showModal();
    return () => el?.close();
  }, []);

  // Offer the file as soon as it exists; the link stays for a second try.
  useEffect(() => {
    if (result?.downloadId) download.current?.click();
  }, [result]);

  function finish(status: JobStatus) {
    if (status.state === 'done') setResult(status.result as ExportJobResult);
    else if (status.state === 'cancelled') setNotice('Export cancelled. No file was written.');
    else setError(`Export failed: ${status.error ?? 'unknown error'}. No file was written.`);
  }

  const scoped = filterForScope({ kind: scope, currentId, chosenIds, types, verdicts, preset: preset?.filter ?? null, includeExcluded });
  const fixedByPreset = scope === 'preset' && presetFixesExcluded(preset?.filter ?? null);
  const totals = documents.reduce((n, d) => n + d.counts.quote + d.counts.speaker + d.counts.figure, 0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!('filter' in scoped) || running || orgProblem) return;
    setError(null);
    setNotice(null);
    setResult(null);
    setStarting(true);
    try {
      let path: string | undefined;
      if (isDesktop) {
        const single = scoped.filter.documentIds?.length === 1 ? documents.find((d) => d.id === scoped.filter.documentIds?.[0]) : undefined;
        const chosen = await chooseExportPath(exportFileName(format, new Date(), single?.title));
        if (!chosen) return;
        path = chosen;
      }
      const signed = format === 'claimreview' ? organizationFor(organization) : {};
      if ('organization' in signed) rememberOrganization(organization);
      const last = await runExport({
        format,
        bom,
        neutralizeFormulas: neutralize,
        filter: scoped.filter,
        layer,
        ...signed,
        ...(path ? { path } : {}),
      });
      if (last) finish(last);
    } catch (err) {
      setError(describeError(err));
    } finally {
      setStarting(false);
    }
  }

  function onCancel(event: SyntheticEvent) {
    // Escape stops a running export first; a second Escape closes the dialog.
    event.preventDefault();
    if (running) void cancelJob();
    else close();
  }

  const csv = format === 'csv';
  const orgCheck = format === 'claimreview' ? organizationFor(organization) : null;
  const orgProblem = orgCheck && 'problem' in orgCheck ? orgCheck.problem : null;
  return (
    <dialog ref={dialog} className="dialog exchange-dialog" aria-label="Export" onCancel={onCancel}>
      <form onSubmit={submit}>
        <h2>Export annotations</h2>
        <fieldset disabled={running}>
          <legend>What to export</legend>
          {preset && (
            <Radio name="scope" checked={scope === 'preset'} onChange={() => setScope('preset')}>
              <bdi dir="auto">{preset.label}</bdi>
            </Radio>
          )}
          <Radio name="scope" checked={scope === 'current'} disabled={!current} onChange={() => setScope('current')}>
            Current document
            {current ? (
              <>
                {': '}
                <bdi dir="auto" className="doc-title">
                  {current.title}
                </bdi>
              </>
            ) : (
              <span className="hint"> (none open)</span>
            )}
          </Radio>
          <Radio name="scope" checked={scope === 'chosen'} onChange={() => setScope('chosen')}>
            Chosen documents {scope === 'chosen' && <span className="hint">({chosenIds.length} chosen)</span>}
          </Radio>
          {scope === 'chosen' && <ChooseDocuments documents={documents} chosen={chosenIds} onChange={setChosenIds} />}
          <Radio name="scope" checked={scope === 'corpus'} onChange={() => setScope('corpus')}>
            Whole corpus{' '}
            <span className="hint">
              ({plural(documents.length, 'document')}, {plural(totals, 'annotation')})
            </span>
          </Radio>
          <Radio name="scope" checked={scope === 'filters'} onChange={() => setScope('filters')}>
            Annotations matching filters
          </Radio>
          {scope === 'filters' && (
            <div className="filters">
              <div role="group" aria-label="Types">
                <span className="filter-name">Types</span>
                {ANNOTATION_TYPES.map((t) => (
                  <Check key={t} checked={types.includes(t)} onChange={(on) => setTypes(toggleInOrder(ANNOTATION_TYPES, types, t, on))}>
                    {TYPE_PLURAL[t]}
                  </Check>
                ))}
              </div>
              <div role="group" aria-label="Verdicts">
                <span className="filter-name">Verdicts</span>
                {VERDICT_STATUSES.map((v) => (
                  <Check
                    key={v}
                    checked={verdicts.includes(v)}
                    onChange={(on) => setVerdicts(toggleInOrder(VERDICT_STATUSES, verdicts, v, on))}
                  >
                    {v}
                  </Check>
                ))}
              </div>
            </div>
          )}
        </fieldset>

        <ExportLayerChoice layer={layer} onChange={setLayer} documentId={currentId ?? documents[0]?.id ?? null} disabled={running} />

        <fieldset disabled={running}>
          <legend>Format</legend>
          {FORMATS.map((f) => (
            <Radio key={f.value} name="format" checked={format === f.value} onChange={() => setFormat(f.value)}>
              {f.label} <span className="hint">— {f.hint}</span>
            </Radio>
          ))}
          {format === 'claimreview' && <OrganizationFields value={organization} onChange={setOrganization} />}
        </fieldset>

        <fieldset disabled={running}>
          <legend>Options</legend>
          <Check checked={bom} disabled={!csv} onChange={setBom}>
            Byte-order mark <span className="hint">(CSV: lets Excel show Arabic correctly)</span>
          </Check>
          <Check checked={neutralize} disabled={!csv} onChange={setNeutralize}>
            Neutralize formulas{' '}
            <span className="hint">(CSV: cells starting with = + - @ get a leading ' so spreadsheets do not run them)</span>
          </Check>
          <Check
            checked={fixedByPreset ? preset?.filter.includeExcluded === true : includeExcluded}
            disabled={fixedByPreset}
            onChange={setIncludeExcluded}
          >
            Include annotations inside excluded regions{' '}
            <span className="hint">
              (boilerplate such as “<bdi lang="ar">اقرأ أيضاً</bdi>”)
            </span>
            {fixedByPreset && <span className="hint"> — kept, as the chosen scope lists them</span>}
          </Check>
        </fieldset>

        {running && <JobProgressBar status={job} label="Export progress" unit="documents" />}
        {error && (
          <p role="alert" className="dialog-error" dir="auto">
            {error}
          </p>
        )}
        {notice && (
          <p role="status" className="dialog-notice">
            {notice}
          </p>
        )}
        {result && (
          <div role="status" className="dialog-success">
            Exported {plural(result.annotations, 'annotation')} from {plural(result.documents, 'document')}.{' '}
            {result.downloadId ? (
              <a ref={download} href={downloadUrl(result.downloadId)} download={result.fileName}>
                {/* File names read left to right with the extension last, whatever the title's script. */}
                Download <bdi dir="ltr">{result.fileName}</bdi>
              </a>
            ) : (
              <>
                Saved to <bdi dir="ltr">{result.path}</bdi>
              </>
            )}
          </div>
        )}
        {result?.needsUrl && <NeedsUrlList items={result.needsUrl} />}
        {'problem' in scoped && !running && <p className="hint">{scoped.problem}</p>}
        {orgProblem && !running && <p className="hint">{orgProblem}</p>}

        <div className="dialog-actions">
          {running ? (
            <button type="button" onClick={() => void cancelJob()}>
              Cancel export
            </button>
          ) : (
            <button type="button" onClick={close}>
              {result ? 'Close' : 'Cancel'}
            </button>
          )}
          <button type="submit" className="primary" disabled={running || starting || 'problem' in scoped || orgProblem !== null}>
            {running ? 'Exporting…' : result ? 'Export again' : 'Export'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function Radio(props: { name: string; checked: boolean; disabled?: boolean; onChange: () => void; children: ReactNode }) {
  return (
    <label className="choice">
      <input type="radio" name={props.name} checked={props.checked} disabled={props.disabled} onChange={props.onChange} />
      <span>{props.children}</span>
    </label>
  );
}

function Check(props: { checked: boolean; disabled?: boolean; onChange: (on: boolean) => void; children: ReactNode }) {
  return (
    <label className="choice">
      <input type="checkbox" checked={props.checked} disabled={props.disabled} onChange={(e) => props.onChange(e.target.checked)} />
      <span>{props.children}</span>
    </label>
  );
}
