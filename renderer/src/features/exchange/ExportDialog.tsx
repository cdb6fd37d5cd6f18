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
import { describeError, describeJobError } from '../../app/notices';
import { type ScopeKind, filterForScope, presetFixesExcluded, toggleInOrder } from './export-scope.logic';
import { ChooseDocuments } from './ChooseDocuments';
import { JobProgressBar } from './JobProgressBar';
import { NeedsUrlList, OrganizationFields, organizationFor, rememberOrganization, savedOrganization } from './ClaimReviewParts';
import { ExportLayerChoice } from './ExportLayerChoice';
import './exchange.css';
import { TYPE_PLURAL, VERDICT_LABEL } from '../../ui/labels';
import { T, UserText, useT } from '../../ui/i18n/I18n';
import type { MessageId } from '../../../../shared/i18n/catalogs';
import { useModalDialog } from '../../ui/useModalDialog';

/** The formats' names are names (CSV, ClaimReview), the same in every language; their hints are translated. */
const FORMATS: Array<{ value: ExportFormat; label: string; hint: MessageId }> = [
  { value: 'csv', label: 'CSV', hint: 'exchange.format.csv' },
  { value: 'json', label: 'JSON', hint: 'exchange.format.json' },
  { value: 'jsonl', label: 'JSONL', hint: 'exchange.format.jsonl' },
  { value: 'claimreview', label: 'ClaimReview', hint: 'exchange.format.claimreview' },
  { value: 'w3c', label: 'W3C Web Annotation', hint: 'exchange.format.w3c' },
  { value: 'conll', label: 'BIO / CoNLL', hint: 'exchange.format.conll' },
  { value: 'spacy', label: 'spaCy JSONL', hint: 'exchange.format.spacy' },
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
  const dialog = useModalDialog();
  const download = useRef<HTMLAnchorElement>(null);
  const job = useExchange((s) => s.job);
  const running = job?.state === 'running';
  const { runExport, chooseExportPath, cancelJob } = useExchange.getState();
  const t = useT();

  // Offer the file as soon as it exists; the link stays for a second try.
  useEffect(() => {
    if (result?.downloadId) download.current?.click();
  }, [result]);

  function finish(status: JobStatus) {
    if (status.state === 'done') setResult(status.result as ExportJobResult);
    else if (status.state === 'cancelled') setNotice(t('exchange.export.cancelled'));
    else setError(t('exchange.export.failed', { error: describeJobError(status) ?? t('exchange.unknownError') }));
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
    <dialog ref={dialog} className="dialog exchange-dialog" aria-label={t('exchange.export.label')} onCancel={onCancel}>
      <form onSubmit={submit}>
        <h2>{t('exchange.export.title')}</h2>
        <fieldset disabled={running}>
          <legend>{t('exchange.export.what')}</legend>
          {preset && (
            <Radio name="scope" checked={scope === 'preset'} onChange={() => setScope('preset')}>
              <bdi dir="auto" data-user-content="">
                {preset.label}
              </bdi>
            </Radio>
          )}
          <Radio name="scope" checked={scope === 'current'} disabled={!current} onChange={() => setScope('current')}>
            {t('exchange.export.current')}
            {current ? (
              <>
                {': '}
                <bdi dir="auto" className="doc-title" data-user-content="">
                  {current.title}
                </bdi>
              </>
            ) : (
              <span className="hint"> {t('exchange.export.noneOpen')}</span>
            )}
          </Radio>
          <Radio name="scope" checked={scope === 'chosen'} onChange={() => setScope('chosen')}>
            {t('exchange.export.chosen')}{' '}
            {scope === 'chosen' && <span className="hint">{t('factcheck.start.chosen', { count: chosenIds.length })}</span>}
          </Radio>
          {scope === 'chosen' && <ChooseDocuments documents={documents} chosen={chosenIds} onChange={setChosenIds} />}
          <Radio name="scope" checked={scope === 'corpus'} onChange={() => setScope('corpus')}>
            {t('exchange.export.corpus')}{' '}
            <span className="hint">
              {t('exchange.export.corpusCounts', {
                documents: t('document.count.document', { count: documents.length }),
                annotations: t('document.count.annotation', { count: totals }),
              })}
            </span>
          </Radio>
          <Radio name="scope" checked={scope === 'filters'} onChange={() => setScope('filters')}>
            {t('exchange.export.filters')}
          </Radio>
          {scope === 'filters' && (
            <div className="filters">
              <CheckGroup
                label={t('exchange.export.types')}
                all={ANNOTATION_TYPES}
                chosen={types}
                onChange={setTypes}
                labelOf={(type) => t(TYPE_PLURAL[type])}
              />
              <CheckGroup
                label={t('exchange.export.verdicts')}
                all={VERDICT_STATUSES}
                chosen={verdicts}
                onChange={setVerdicts}
                labelOf={(v) => t(VERDICT_LABEL[v])}
              />
            </div>
          )}
        </fieldset>

        <ExportLayerChoice layer={layer} onChange={setLayer} documentId={currentId ?? documents[0]?.id ?? null} disabled={running} />

        <fieldset disabled={running}>
          <legend>{t('exchange.export.format')}</legend>
          {FORMATS.map((f) => (
            <Radio key={f.value} name="format" checked={format === f.value} onChange={() => setFormat(f.value)}>
              <bdi translate="no">{f.label}</bdi> <span className="hint">— {t(f.hint)}</span>
            </Radio>
          ))}
          {format === 'claimreview' && <OrganizationFields value={organization} onChange={setOrganization} />}
        </fieldset>

        <fieldset disabled={running}>
          <legend>{t('exchange.export.options')}</legend>
          <Check checked={bom} disabled={!csv} onChange={setBom}>
            {t('exchange.export.bom')} <span className="hint">{t('exchange.export.bomHint')}</span>
          </Check>
          <Check checked={neutralize} disabled={!csv} onChange={setNeutralize}>
            {t('exchange.export.neutralize')} <span className="hint">{t('exchange.export.neutralizeHint')}</span>
          </Check>
          <Check
            checked={fixedByPreset ? preset?.filter.includeExcluded === true : includeExcluded}
            disabled={fixedByPreset}
            onChange={setIncludeExcluded}
          >
            {t('exchange.export.excluded')}{' '}
            <span className="hint">
              <T
                id="exchange.export.excludedHint"
                values={{
                  example: (
                    <bdi lang="ar" translate="no">
                      اقرأ أيضاً
                    </bdi>
                  ),
                }}
              />
            </span>
            {fixedByPreset && <span className="hint"> {t('exchange.export.excludedKept')}</span>}
          </Check>
        </fieldset>

        {running && <JobProgressBar status={job} label={t('exchange.export.progress')} unit="documents" />}
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
            {t('exchange.export.done', {
              annotations: t('document.count.annotation', { count: result.annotations }),
              documents: t('document.count.document', { count: result.documents }),
            })}{' '}
            {result.downloadId ? (
              <a ref={download} href={downloadUrl(result.downloadId)} download={result.fileName}>
                {/* File names read left to right, date first and extension last, whatever the title's script:
                    isolated as right-to-left (an Arabic title decides it), the date's parts came out reordered. */}
                <T
                  id="exchange.export.download"
                  values={{
                    file: (
                      <bdi dir="ltr" className="file-name" data-user-content="">
                        {result.fileName}
                      </bdi>
                    ),
                  }}
                />
              </a>
            ) : (
              <>
                <T id="exchange.export.savedTo" values={{ path: <UserText>{result.path}</UserText> }} />
              </>
            )}
          </div>
        )}
        {result?.needsUrl && <NeedsUrlList items={result.needsUrl} />}
        {'problem' in scoped && !running && <p className="hint">{t(scoped.problem)}</p>}
        {orgProblem && !running && <p className="hint">{orgProblem}</p>}

        <div className="dialog-actions">
          {running ? (
            <button type="button" onClick={() => void cancelJob()}>
              {t('exchange.export.cancel')}
            </button>
          ) : (
            <button type="button" onClick={close}>
              {result ? t('exchange.close') : t('document.toolbar.cancel')}
            </button>
          )}
          <button type="submit" className="primary" disabled={running || starting || 'problem' in scoped || orgProblem !== null}>
            {running ? t('exchange.export.running') : result ? t('exchange.export.again') : t('exchange.toolbar.export')}
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

/** A row of checkboxes choosing some of `all`, kept in `all`'s order. */
function CheckGroup<V extends string>(props: {
  label: string;
  all: readonly V[];
  chosen: readonly V[];
  onChange: (chosen: V[]) => void;
  labelOf: (value: V) => ReactNode;
}) {
  const { all, chosen } = props;
  return (
    <div role="group" aria-label={props.label}>
      <span className="filter-name">{props.label}</span>
      {all.map((value) => (
        <Check key={value} checked={chosen.includes(value)} onChange={(on) => props.onChange(toggleInOrder(all, chosen, value, on))}>
          {props.labelOf(value)}
        </Check>
      ))}
    </div>
  );
}
