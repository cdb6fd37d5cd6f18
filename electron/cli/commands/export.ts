import { extname, resolve } from 'node:path';
import { ExportRequest } from '../../../shared/exchange/request';
import { EXPORT_FORMATS } from '../../../shared/exchange/serializer';
import { writeExport } from '../../services/exchange/write-export';
import { APP_VERSION } from '../../services/version';
import type { Command } from '../command';
import { UsageError, parseOptions } from '../command';
import { withServices } from '../corpus';
import { formatBytes } from '../../../shared/import/problems';

const USAGE =
  'export --corpus DIR --format csv|json|jsonl --out FILE [--doc ID…] [--type quote|speaker|figure…] [--verdict STATUS…] [--speaker NAME] [--include-excluded] [--no-bom] [--no-neutralize]';

function formatFrom(option: string | undefined, out: string): string {
  const format = option ?? extname(out).slice(1).toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      option === undefined
        ? `cannot tell the format from "${out}"; add --format ${EXPORT_FORMATS.join('|')}`
        : `--format must be csv, json or jsonl, got "${option}"`,
    );
  }
  return format;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export const exportCommand: Command = {
  name: 'export',
  usage: USAGE,
  summary: 'Export annotations to CSV, JSON or JSONL (UTF-16 and code-point offsets).',
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      corpus: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      doc: { type: 'string', multiple: true },
      type: { type: 'string', multiple: true },
      verdict: { type: 'string', multiple: true },
      speaker: { type: 'string' },
      'include-excluded': { type: 'boolean' },
      'no-bom': { type: 'boolean' },
      'no-neutralize': { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" (usage: isnad ${USAGE})`);
    if (!values.out) throw new UsageError(`--out FILE is required (usage: isnad ${USAGE})`);
    const parsed = ExportRequest.safeParse({
      format: formatFrom(values.format, values.out),
      bom: !values['no-bom'],
      neutralizeFormulas: !values['no-neutralize'],
      filter: {
        documentIds: values.doc,
        types: values.type,
        verdicts: values.verdict,
        speaker: values.speaker,
        includeExcluded: values['include-excluded'] ?? false,
      },
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const option = { documentIds: '--doc', types: '--type', verdicts: '--verdict', speaker: '--speaker' }[String(issue?.path[1])];
      throw new UsageError(`${option ?? issue?.path.join('.')}: ${issue?.message ?? 'invalid'}`);
    }
    const out = resolve(values.out);
    const controller = new AbortController();
    const stop = () => controller.abort();
    // Ctrl+C stops the export cleanly: the temp file is removed and no partial file is left.
    process.once('SIGINT', stop);
    try {
      const summary = await withServices(
        values.corpus,
        'export',
        ({ ctx }) => writeExport(ctx.store, parsed.data, out, { appVersion: APP_VERSION, signal: controller.signal }),
        { readOnly: true },
      );
      io.out(
        `exported\t${count(summary.annotations, 'annotation')} from ${count(summary.documents, 'document')}\t${out}\t${summary.format}, ${formatBytes(summary.bytes)}`,
      );
    } finally {
      process.off('SIGINT', stop);
    }
    return 0;
  },
};
