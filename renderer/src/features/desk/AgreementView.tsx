import { useEffect, useState } from 'react';
import { OVERLAP_THRESHOLD } from '../../../../shared/agreement/spans';
import { TYPE_PLURAL } from '../../ui/labels';
import { useTranslator } from '../../ui/i18n/I18n';
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
  const tr = useTranslator();
  const { t } = tr;

  useEffect(() => {
    void loadAgreement();
  }, [loadAgreement]);

  const figures = report ? figuresFor(report, scope) : null;
  const rows = figures ? agreementRows(figures, { ...report?.names, ...names }, tr) : null;
  return (
    <section className="desk-view agreement-view" aria-label={t('desk.agreement.title')}>
      <header className="desk-view-head">
        <h2>{t('desk.agreement.title')}</h2>
        <button type="button" onClick={() => void loadAgreement()} disabled={loading}>
          {loading ? t('desk.agreement.computing') : t('desk.agreement.recompute')}
        </button>
      </header>
      {error && (
        <p role="alert" className="dialog-error">
          {error}
        </p>
      )}
      {report && (
        <>
          <p className="hint">{t('desk.agreement.summary', { annotators: report.annotators.length, documents: report.documents })}</p>
          <label className="agreement-scope">
            {t('desk.agreement.scope')}{' '}
            <select value={scope ?? ''} onChange={(e) => setScope(e.target.value || null)}>
              <option value="">{t('exchange.export.corpus')}</option>
              {report.perDocument.map((d) => (
                <option key={d.documentId} value={d.documentId} data-user-content="">
                  {documents.find((x) => x.id === d.documentId)?.title ?? d.documentId}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {report && report.annotators.length < 2 && <p className="empty-note">{t('desk.agreement.needsTwo')}</p>}
      {rows && (
        <>
          <table className="agreement-table">
            <caption>{t('desk.agreement.spans')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('factcheck.column.type')}</th>
                <th scope="col">{t('desk.agreement.annotators')}</th>
                <th scope="col">{t('desk.agreement.f1Exact')}</th>
                <th scope="col">{t('desk.agreement.f1Overlap', { threshold: OVERLAP_THRESHOLD })}</th>
                <th scope="col">{t('desk.agreement.spanCounts')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.spans.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{t(TYPE_PLURAL[r.type])}</th>
                  <td dir="auto" data-user-content="">
                    {r.pair}
                  </td>
                  <td className="num">{r.exact}</td>
                  <td className="num">{r.overlap}</td>
                  <td className="hint">{r.counts}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="agreement-table">
            <caption>{t('desk.agreement.labels')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('desk.agreement.attribute')}</th>
                <th scope="col">{t('desk.agreement.alpha')}</th>
                <th scope="col">{t('desk.agreement.fleiss')}</th>
                <th scope="col">{t('desk.agreement.units')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.summaries.map((r) => (
                <tr key={r.attribute}>
                  <th scope="row">{r.attribute}</th>
                  <td className="num">{r.alpha}</td>
                  <td className="num">{r.fleiss}</td>
                  <td className="num">{tr.number(r.units)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="agreement-table">
            <caption>{t('desk.agreement.cohen')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('desk.agreement.attribute')}</th>
                <th scope="col">{t('desk.agreement.annotators')}</th>
                <th scope="col">κ</th>
                <th scope="col">{t('desk.agreement.units')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.labels.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.attribute}</th>
                  <td dir="auto" data-user-content="">
                    {r.pair}
                  </td>
                  <td className="num">{r.kappa}</td>
                  <td className="num">{tr.number(r.units)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">
            {t('desk.agreement.dash')} {t('desk.agreement.rule', { threshold: OVERLAP_THRESHOLD })}
          </p>
        </>
      )}
    </section>
  );
}
