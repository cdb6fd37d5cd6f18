import { extname, resolve } from 'node:path';
import { ExportRequest } from '../../../shared/exchange/request';
import { EXPORT_FORMATS } from '../../../shared/exchange/serializer';
import { missingOrganization } from '../../../shared/exchange/options';
import { writeExport } from '../../services/exchange/write-export';
import { APP_VERSION } from '../../services/version';
import type { Command } from '../command';
import { USAGES } from '../usage';
import { UsageError, optionIssue, parseOptions } from '../command';
import { withServices } from '../corpus';
import { cli } from '../language';
import { TYPE_LABEL, VERDICT_LABEL, sizeText } from '../../../shared/i18n/labels';

/** Extensions that name one format; .jsonld (ClaimReview or W3C) needs --format. */
const FORMAT_OF_EXTENSION: Record<string, string> = { csv: 'csv', json: 'json', jsonl: 'jsonl', conll: 'conll' };

function formatFrom(option: string | undefined, out: string): string {
  const format = option ?? FORMAT_OF_EXTENSION[extname(out).slice(1).toLowerCase()] ?? '';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw option === undefined
      ? new UsageError('cli.usage.formatGuess', { out, formats: EXPORT_FORMATS.join('|') })
      : new UsageError('cli.usage.format', { formats: EXPORT_FORMATS.join(', '), value: option });
  }
  return format;
}

/** The fact-checking organisation: --org/--org-url, else ISNAD_ORG/ISNAD_ORG_URL (set once in the shell profile). */
function organizationFrom(name: string | undefined, url: string | undefined) {
  const orgName = name ?? process.env.ISNAD_ORG;
  if (orgName === undefined) return undefined;
  return { name: orgName, url: url ?? process.env.ISNAD_ORG_URL ?? '' };
}

export const exportCommand: Command = {
  ...USAGES.export,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      corpus: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      doc: { type: 'string', multiple: true },
      type: { type: 'string', multiple: true },
      verdict: { type: 'string', multiple: true },
      speaker: { type: 'string' },
      layer: { type: 'string' },
      'include-excluded': { type: 'boolean' },
      'no-bom': { type: 'boolean' },
      'no-neutralize': { type: 'boolean' },
      org: { type: 'string' },
      'org-url': { type: 'string' },
    });
    if (positionals.length > 0)
      throw new UsageError('cli.usage.unexpectedArgument', { argument: positionals[0], usage: USAGES.export.usage });
    if (!values.out) throw new UsageError('cli.usage.outRequired', { usage: USAGES.export.usage });
    const parsed = ExportRequest.safeParse({
      format: formatFrom(values.format, values.out),
      bom: !values['no-bom'],
      neutralizeFormulas: !values['no-neutralize'],
      layer: values.layer,
      organization: organizationFrom(values.org, values['org-url']),
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
      const field = issue?.path[0] === 'layer' ? 'layer' : String(issue?.path[1]);
      const option =
        issue?.path[0] === 'organization'
          ? issue.path[1] === 'url'
            ? '--org-url'
            : '--org'
          : { documentIds: '--doc', types: '--type', verdicts: '--verdict', speaker: '--speaker', layer: '--layer' }[field];
      throw optionIssue(issue, option ?? issue?.path.join('.') ?? '');
    }
    const missing = missingOrganization(parsed.data);
    if (missing) throw new UsageError('cli.usage.needsOrganization');
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
      const { t, number } = cli();
      const { annotations, documents, format } = summary;
      io.out(t('cli.export.done', { annotations, documents, out, format, size: sizeText(number, summary.bytes) }));
      // Reviews never get a made-up URL: list the ones waiting for theirs, one per line.
      for (const n of summary.needsUrl ?? []) {
        const cells = [n.documentId, n.annotationId, t(TYPE_LABEL[n.type]), t(VERDICT_LABEL[n.status])];
        io.err([t('cli.export.needsUrl'), ...cells, n.text.replace(/\s+/g, ' ').slice(0, 120)].join('\t'));
      }
    } finally {
      process.off('SIGINT', stop);
    }
    return 0;
  },
};
