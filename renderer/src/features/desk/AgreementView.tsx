import { useEffect, useState } from 'react';
import { MATCHING_RULE } from '../../../../shared/agreement/corpus';
import { TYPE_PLURAL } from '../../ui/labels';
import { useLibrary } from '../library/library.store';
import { agreementRows, figuresFor } from './agreement.logic';
import { useDesk } from './desk.store';

/** How far annotators agree: span F1 (exact and overlap) per type and pair, κ and α per attribute. */
export function AgreementView() {
  const report = useDesk((s) => s.agreement);
  const loading = useDesk((s) => s.agreementLoading);
  const error = useDesk((s) => s.agreementError);
  const names = useDesk((s) => s.names);
  const documents = useLibrary((s) => s.documents);
  const [scope, setScope] = useState<string | null>(null);
  const { loadAgreement } = useDesk.getState();

  useEffect(() => {
    void loadAgreement();
  }, [loadAgreement]);

  const figures = report ? figuresFor(report, scope) : null;
  const rows = figures ? agreementRows(figures, { ...report?.names, ...names }) : null;
  return (
    <section className="desk-view agreement-view" aria-label="Agreement">
      <header className="desk-view-head">
        <h2>Agreement</h2>
        <button type="button" onClick={() => void loadAgreement()} disabled={loading}>
          {loading ? 'Computing…' : 'Recompute'}
        </button>
      </header>
      {error && (
        <p role="alert" className="dialog-error">
          {error}
        </p>
      )}
      {report && (
        <>
          <p className="hint">
            {report.annotators.length} annotators · {report.documents} documents marked by at least two of them (the curated layer is left
            out).
          </p>
          <label className="agreement-scope">
            Scope{' '}
            <select value={scope ?? ''} onChange={(e) => setScope(e.target.value || null)}>
              <option value="">Whole corpus</option>
              {report.perDocument.map((d) => (
                <option key={d.documentId} value={d.documentId}>
                  {documents.find((x) => x.id === d.documentId)?.title ?? d.documentId}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {report && report.annotators.length < 2 && (
        <p className="empty-note">
          Agreement needs at least two annotators’ layers on the same documents. Sync to receive your colleagues’ work.
        </p>
      )}
      {rows && (
        <>
          <table className="agreement-table">
            <caption>Spans: F1 between two annotators</caption>
            <thead>
              <tr>
                <th scope="col">Type</th>
                <th scope="col">Annotators</th>
                <th scope="col">F1 exact</th>
                <th scope="col">F1 overlap ≥ 0.5</th>
                <th scope="col">Spans</th>
              </tr>
            </thead>
            <tbody>
              {rows.spans.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{TYPE_PLURAL[r.type]}</th>
                  <td dir="auto">{r.pair}</td>
                  <td className="num">{r.exact}</td>
                  <td className="num">{r.overlap}</td>
                  <td className="hint">{r.counts}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="agreement-table">
            <caption>Labels on matched spans</caption>
            <thead>
              <tr>
                <th scope="col">Attribute</th>
                <th scope="col">Krippendorff’s α</th>
                <th scope="col">Fleiss’ κ</th>
                <th scope="col">Units</th>
              </tr>
            </thead>
            <tbody>
              {rows.summaries.map((r) => (
                <tr key={r.attribute}>
                  <th scope="row">{r.attribute}</th>
                  <td className="num">{r.alpha}</td>
                  <td className="num">{r.fleiss}</td>
                  <td className="num">{r.units}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="agreement-table">
            <caption>Cohen’s κ per pair</caption>
            <thead>
              <tr>
                <th scope="col">Attribute</th>
                <th scope="col">Annotators</th>
                <th scope="col">κ</th>
                <th scope="col">Units</th>
              </tr>
            </thead>
            <tbody>
              {rows.labels.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.attribute}</th>
                  <td dir="auto">{r.pair}</td>
                  <td className="num">{r.kappa}</td>
                  <td className="num">{r.units}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">— means there was nothing to compare (no shared unit, or one label throughout). {MATCHING_RULE}</p>
        </>
      )}
    </section>
  );
}
