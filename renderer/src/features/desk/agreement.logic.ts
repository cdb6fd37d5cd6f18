import type { AgreementFigures, AgreementReport } from '../../../../shared/agreement/corpus';
import type { AnnotationType } from '../../../../shared/domain/annotation';
import { shortAnnotatorName } from './annotator.logic';
import type { Translator } from '../../../../shared/i18n/translate';
import { AGREEMENT_ATTRIBUTE } from '../../../../shared/i18n/labels';
import type { MessageId } from '../../../../shared/i18n/catalogs';

/** A coefficient for the table: two decimals, or "—" where there was nothing to compare (never 1). */
export function figure(value: number | null, tr?: Translator): string {
  if (value === null || Number.isNaN(value)) return '—';
  return tr ? tr.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : value.toFixed(2);
}

export interface SpanRow {
  type: AnnotationType;
  pair: string;
  exact: string;
  overlap: string;
  /** "7 / 9 spans": what the F1 is made of. */
  counts: string;
}

export interface LabelRow {
  attribute: string;
  pair: string;
  kappa: string;
  units: number;
}

export interface LabelSummary {
  attribute: string;
  alpha: string;
  fleiss: string;
  units: number;
}

const ATTRIBUTE_NAMES: Record<string, MessageId> = AGREEMENT_ATTRIBUTE;

/** The table's rows: span F1 per type and pair, κ per attribute and pair, α and Fleiss' κ per attribute. */
export function agreementRows(figures: AgreementFigures, names: Readonly<Record<string, string>>, tr: Translator) {
  const { t } = tr;
  const attribute = (name: string) => (ATTRIBUTE_NAMES[name] ? t(ATTRIBUTE_NAMES[name]) : name);
  const pair = (a: string, b: string) => `${shortAnnotatorName(a, names)} · ${shortAnnotatorName(b, names)}`;
  const spans: SpanRow[] = figures.spans.flatMap((spansOfType) =>
    spansOfType.pairs.map((p) => ({
      type: spansOfType.type,
      pair: pair(p.a, p.b),
      exact: figure(p.exact.f1, tr),
      overlap: figure(p.overlap.f1, tr),
      counts: t('desk.agreement.matched', { matched: p.overlap.matched, a: p.overlap.a, b: p.overlap.b }),
    })),
  );
  const labels: LabelRow[] = figures.labels.flatMap((l) =>
    l.cohen.map((c) => ({
      attribute: attribute(l.attribute),
      pair: pair(c.a, c.b),
      kappa: figure(c.kappa, tr),
      units: c.units,
    })),
  );
  const summaries: LabelSummary[] = figures.labels.map((l) => ({
    attribute: attribute(l.attribute),
    alpha: figure(l.alpha, tr),
    fleiss: figure(l.fleiss.kappa, tr),
    units: l.pairable,
  }));
  return { spans, labels, summaries };
}

/** The figures of the scope chosen in the table: the corpus, or one document. */
export function figuresFor(report: AgreementReport, documentId: string | null): AgreementFigures | null {
  if (documentId === null) return report.corpus;
  return report.perDocument.find((d) => d.documentId === documentId)?.figures ?? null;
}
