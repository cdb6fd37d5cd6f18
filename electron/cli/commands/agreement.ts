import type { AgreementReport } from '../../../shared/agreement/corpus';
import { ANNOTATION_TYPES, type AnnotationType } from '../../../shared/domain/annotation';
import { agreementOf } from '../../services/agreement/compute';
import type { CliIo, Command } from '../command';
import { UsageError, parseOptions } from '../command';
import { withServices } from '../corpus';

const USAGE = 'agreement [--corpus DIR] [--annotators ID,ID…] [--type quote|speaker|figure]… [--doc ID]… [--json]';

const list = (values: string[] | undefined) =>
  (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
const figure = (n: number | null) => (n === null ? '—' : n.toFixed(3));

function printReport(report: AgreementReport, io: CliIo): void {
  const name = (id: string) => report.names[id] ?? id;
  if (report.documents === 0) {
    io.out('No document has layers from two annotators yet: nothing to compare.');
    return;
  }
  io.out(`${report.documents} document(s) annotated by two or more of: ${report.annotators.map(name).join(', ')}`);
  io.out('');
  io.out(['spans', 'annotators', 'F1 exact', 'F1 overlap≥0.5', 'spans A', 'spans B'].join('\t'));
  for (const t of report.corpus.spans) {
    for (const p of t.pairs)
      io.out([t.type, `${name(p.a)} / ${name(p.b)}`, figure(p.exact.f1), figure(p.overlap.f1), p.exact.a, p.exact.b].join('\t'));
  }
  io.out('');
  io.out(['labels', 'units', 'pairable', 'Krippendorff α', 'Fleiss κ', 'Cohen κ per pair'].join('\t'));
  for (const l of report.corpus.labels) {
    const cohen = l.cohen.map((c) => `${name(c.a)}/${name(c.b)} ${figure(c.kappa)} (${c.units})`).join('; ') || '—';
    io.out([l.attribute, l.units, l.pairable, figure(l.alpha), `${figure(l.fleiss.kappa)} (${l.fleiss.units})`, cohen].join('\t'));
  }
  io.out('');
  io.out(report.matching);
}

export const agreementCommand: Command = {
  name: 'agreement',
  usage: USAGE,
  summary: 'cli.agreement.summary',
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      corpus: { type: 'string' },
      annotators: { type: 'string', multiple: true },
      type: { type: 'string', multiple: true },
      doc: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" (usage: isnad ${USAGE})`);
    const types = list(values.type);
    for (const t of types)
      if (!(ANNOTATION_TYPES as readonly string[]).includes(t)) throw new UsageError(`--type must be quote, speaker or figure, got "${t}"`);
    const annotators = list(values.annotators);
    if (values.annotators && annotators.length < 2) throw new UsageError('--annotators needs at least two annotator ids');
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
