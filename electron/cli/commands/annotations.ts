import { ANNOTATION_TYPES, VERDICT_STATUSES } from '../../../shared/domain/annotation';
import { AnnotationFilter } from '../../../shared/search/filter';
import type { Command } from '../command';
import { USAGES } from '../usage';
import { UsageError, optionIssue, parseOptions } from '../command';
import { withServices } from '../corpus';
import { cli } from '../language';
import { TYPE_LABEL, VERDICT_LABEL } from '../../../shared/i18n/labels';

/** "--type quote,figure" and "--type quote --type figure" both work. */
function listOption(values: string[] | undefined, allowed: readonly string[], name: string): string[] {
  const items = (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  for (const item of items) {
    if (!allowed.includes(item)) throw new UsageError('cli.usage.oneOf', { option: name, allowed: allowed.join(', '), value: item });
  }
  return items;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

export const annotationsCommand: Command = {
  ...USAGES.annotations,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      corpus: { type: 'string' },
      json: { type: 'boolean' },
      type: { type: 'string', multiple: true },
      verdict: { type: 'string', multiple: true },
      speaker: { type: 'string' },
      outlet: { type: 'string' },
      document: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      text: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError('cli.usage.filtersAreOptions', { argument: positionals[0] });
    const parsed = AnnotationFilter.safeParse({
      types: listOption(values.type, ANNOTATION_TYPES, '--type'),
      verdicts: listOption(values.verdict, VERDICT_STATUSES, '--verdict'),
      speaker: values.speaker ?? '',
      outlet: values.outlet ?? '',
      documentIds: values.document ?? [],
      from: values.from ?? '',
      to: values.to ?? '',
      text: values.text ?? '',
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? '');
      throw optionIssue(issue, { documentIds: '--document', types: '--type', verdicts: '--verdict' }[field] ?? `--${field}`);
    }
    const rows = await withServices(
      values.corpus,
      'annotations',
      async ({ ctx }) => {
        const found = await ctx.catalog.filter(parsed.data);
        const speakers = ctx.catalog.speakers();
        return found.map((r) => ctx.catalog.listRow(r, speakers));
      },
      { readOnly: true },
    );
    if (values.json) {
      io.out(
        JSON.stringify(
          rows.map((r) => ({
            documentId: r.documentId,
            documentTitle: r.documentTitle,
            outlet: r.outlet,
            id: r.id,
            type: r.type,
            start: r.start,
            end: r.end,
            offsetUnit: 'utf16',
            text: r.text,
            speaker: r.speakerName,
            detail: r.detail,
            verdict: r.verdict,
          })),
          null,
          2,
        ),
      );
      return 0;
    }
    const { t } = cli();
    if (rows.length === 0) {
      io.out(t('cli.annotations.none'));
      return 0;
    }
    // Ids and offsets stay as scripts and --document take them; the type and verdict are named in the run's language.
    for (const r of rows) {
      const cells = [r.documentId, r.id, t(TYPE_LABEL[r.type]), `${r.start}-${r.end}`, t(VERDICT_LABEL[r.verdict.status])];
      io.out([...cells, oneLine(r.speakerName), oneLine(r.text)].join('\t'));
    }
    return 0;
  },
};
