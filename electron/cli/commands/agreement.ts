import type { AgreementReport } from '../../../shared/agreement/corpus';
import { OVERLAP_THRESHOLD } from '../../../shared/agreement/spans';
import { ANNOTATION_TYPES, type AnnotationType } from '../../../shared/domain/annotation';
import { agreementOf } from '../../services/agreement/compute';
import type { CliIo, Command } from '../command';
import { USAGES } from '../usage';
import { UsageError, parseOptions } from '../command';
import { withServices } from '../corpus';
import { cli } from '../language';
import { AGREEMENT_ATTRIBUTE, TYPE_LABEL } from '../../../shared/i18n/labels';

const list = (values: string[] | undefined) =>
  (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
function printReport(report: AgreementReport, io: CliIo): void {
  const { t, number } = cli();
  const name = (id: string) => report.names[id] ?? id;
  // Three decimals, in the run's digits: agreement figures are read side by side.
  const figure = (n: number | null) => (n === null ? '—' : number(n, { minimumFractionDigits: 3, maximumFractionDigits: 3 }));
  const withUnits = (n: number | null, units: number) => t('cli.agreement.units', { value: figure(n), units });
  if (report.documents === 0) {
    io.out(t('cli.agreement.none'));
    return;
  }
  const separator = t('document.list.separator');
  io.out(t('cli.agreement.documents', { count: report.documents, names: report.annotators.map(name).join(separator) }));
  io.out('');
  io.out(t('cli.agreement.spansHeader', { threshold: OVERLAP_THRESHOLD }));
  for (const s of report.corpus.spans) {
    for (const p of s.pairs)
      io.out(
        [
          t(TYPE_LABEL[s.type]),
          `${name(p.a)} / ${name(p.b)}`,
          figure(p.exact.f1),
          figure(p.overlap.f1),
          number(p.exact.a),
          number(p.exact.b),
        ].join('\t'),
      );
  }
  io.out('');
  io.out(t('cli.agreement.labelsHeader'));
  for (const l of report.corpus.labels) {
    const cohen = l.cohen.map((c) => `${name(c.a)}/${name(c.b)} ${withUnits(c.kappa, c.units)}`).join('; ') || '—';
    io.out(
      [
        t(AGREEMENT_ATTRIBUTE[l.attribute]),
        number(l.units),
        number(l.pairable),
        figure(l.alpha),
        withUnits(l.fleiss.kappa, l.fleiss.units),
        cohen,
      ].join('\t'),
    );
  }
  io.out('');
  io.out(t('desk.agreement.rule', { threshold: OVERLAP_THRESHOLD }));
}

export const agreementCommand: Command = {
  ...USAGES.agreement,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      corpus: { type: 'string' },
      annotators: { type: 'string', multiple: true },
      type: { type: 'string', multiple: true },
      doc: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    });
    if (positionals.length > 0)
      throw new UsageError('cli.usage.unexpectedArgument', { argument: positionals[0], usage: USAGES.agreement.usage });
    const types = list(values.type);
    for (const t of types)
      if (!(ANNOTATION_TYPES as readonly string[]).includes(t)) throw new UsageError('cli.usage.agreementType', { value: t });
    const annotators = list(values.annotators);
    if (values.annotators && annotators.length < 2) throw new UsageError('cli.usage.twoAnnotators');
    const documentIds = list(values.doc);
    const report = await withServices(values.corpus, 'agreement', ({ ctx }) =>
      agreementOf(ctx.store, {
        ...(annotators.length ? { annotators } : {}),
        ...(documentIds.length ? { documentIds } : {}),
        ...(types.length ? { types: types as AnnotationType[] } : {}),
      }),
    );
    if (values.json) io.out(JSON.stringify(report, null, 2));
    else printReport(report, io);
    return 0;
  },
};
