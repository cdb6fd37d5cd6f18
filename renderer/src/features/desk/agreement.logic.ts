import type { AgreementFigures, AgreementReport } from '../../../../shared/agreement/corpus';
import type { AnnotationType } from '../../../../shared/domain/annotation';
import { shortAnnotatorName } from './annotator.logic';

/** A coefficient for the table: two decimals, or "—" where there was nothing to compare (never 1). */
export function figure(value: number | null): string {
  return value === null || Number.isNaN(value) ? '—' : value.toFixed(2);
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

const ATTRIBUTE_NAMES: Record<string, string> = { quoteSpeaker: 'Quote speaker', figureValue: 'Figure value', verdict: 'Verdict' };

/** The table's rows: span F1 per type and pair, κ per attribute and pair, α and Fleiss' κ per attribute. */
export function agreementRows(figures: AgreementFigures, names: Readonly<Record<string, string>>) {
  const pair = (a: string, b: string) => `${shortAnnotatorName(a, names)} · ${shortAnnotatorName(b, names)}`;
  const spans: SpanRow[] = figures.spans.flatMap((t) =>
    t.pairs.map((p) => ({
      type: t.type,
      pair: pair(p.a, p.b),
      exact: figure(p.exact.f1),
      overlap: figure(p.overlap.f1),
      counts: `${p.overlap.matched} matched of ${p.overlap.a} / ${p.overlap.b}`,
    })),
  );
  const labels: LabelRow[] = figures.labels.flatMap((l) =>
    l.cohen.map((c) => ({
      attribute: ATTRIBUTE_NAMES[l.attribute] ?? l.attribute,
      pair: pair(c.a, c.b),
      kappa: figure(c.kappa),
      units: c.units,
    })),
  );
  const summaries: LabelSummary[] = figures.labels.map((l) => ({
    attribute: ATTRIBUTE_NAMES[l.attribute] ?? l.attribute,
    alpha: figure(l.alpha),
    fleiss: figure(l.fleiss.kappa),
    units: l.pairable,
  }));
  return { spans, labels, summaries };
}

/** The figures of the scope chosen in the table: the corpus, or one document. */
export function figuresFor(report: AgreementReport, documentId: string | null): AgreementFigures | null {
  if (documentId === null) return report.corpus;
  return report.perDocument.find((d) => d.documentId === documentId)?.figures ?? null;
}
