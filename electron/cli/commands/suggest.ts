import type { Suggestion } from '../../../shared/domain/suggestion';
import { codedError } from '../../../shared/error-text';
import { suggest } from '../../../shared/suggest';
import type { ExcludedRange } from '../../../shared/suggest';
import { codePointMapper } from '../../../shared/text/offsets';
import type { Command } from '../command';
import { USAGES } from '../usage';
import { UsageError, describeFailure, parseOptions } from '../command';
import { readArticleFile } from '../article-file';
import { cli } from '../language';
import { FIGURE_KIND, QUOTE_KIND, TYPE_LABEL, figureText } from '../../../shared/i18n/labels';

/** --exclude 120-480: a UTF-16 range of the normalized text to leave alone (boilerplate). */
function parseRange(value: string): ExcludedRange {
  const m = /^(\d+)-(\d+)$/.exec(value.trim());
  if (!m || Number(m[1]) >= Number(m[2])) throw new UsageError('cli.usage.exclude', { value });
  return { start: Number(m[1]), end: Number(m[2]) };
}

/** The stable per-file record data desks consume (documented in README). */
function suggestionRecord(file: string, text: string, excluded: Array<ExcludedRange & { kind: string }>, suggestions: Suggestion[]) {
  const cp = codePointMapper(text);
  return {
    file,
    offsetUnit: 'utf16' as const,
    text,
    excluded,
    suggestions: suggestions.map((s) => ({
      type: s.type,
      start: s.start,
      end: s.end,
      text: s.text,
      confidence: s.confidence,
      attributes: s.attributes,
      codePointStart: cp(s.start),
      codePointEnd: cp(s.end),
    })),
  };
}

function describe(s: Suggestion): string {
  const { t } = cli();
  if (s.type === 'quote')
    return t('cli.suggest.quote', {
      kind: t(QUOTE_KIND[s.attributes.kind]),
      cue: s.attributes.cue || '—',
      speaker: s.attributes.speakerName || '—',
    });
  if (s.type === 'speaker') return t('cli.suggest.speaker', { name: s.attributes.name, role: s.attributes.role || 'none' });
  const value = figureText(t, s.attributes.value, s.attributes.unit) || JSON.stringify(s.attributes.value);
  return t('cli.suggest.figure', { kind: s.attributes.kind ? t(FIGURE_KIND[s.attributes.kind]) : '—', value });
}

export const suggestCommand: Command = {
  ...USAGES.suggest,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      json: { type: 'boolean' },
      exclude: { type: 'string', multiple: true },
      'include-excluded': { type: 'boolean' },
    });
    if (positionals.length === 0) throw new UsageError('cli.usage.noFiles', { usage: USAGES.suggest.usage });
    const excluded = (values.exclude ?? []).map(parseRange);
    let failed = 0;
    for (const file of positionals) {
      try {
        const article = await readArticleFile(file);
        const text = article.text;
        const outside = excluded.find((r) => r.end > text.length);
        if (outside)
          throw codedError('invalid_input', 'errors.suggest.excludeOutside', {
            range: `${outside.start}-${outside.end}`,
            length: text.length,
          });
        // Boilerplate that import marks as excluded is left alone here too, unless asked.
        const boilerplate = values['include-excluded']
          ? []
          : article.regions.filter((r) => r.excluded).map((r) => ({ start: r.start, end: r.end, kind: r.kind }));
        const regions = [...boilerplate, ...excluded.map((r) => ({ ...r, kind: 'option' }))].sort((a, b) => a.start - b.start);
        const suggestions = suggest(text, { excluded: regions });
        if (values.json) {
          io.out(JSON.stringify(suggestionRecord(file, text, regions, suggestions)));
          continue;
        }
        const { t, number } = cli();
        const count = (type: Suggestion['type']) => suggestions.filter((s) => s.type === type).length;
        const totals = { quotes: count('quote'), speakers: count('speaker'), figures: count('figure'), regions: regions.length };
        io.out(t('cli.suggest.summary.line', { file, ...totals }));
        const confidence = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
        for (const s of suggestions) {
          const shown = s.text.length > 90 ? `${s.text.slice(0, 87)}…` : s.text;
          // Offsets stay in ASCII digits: --exclude takes them back.
          const cells = [
            t(TYPE_LABEL[s.type]),
            `${s.start}-${s.end}`,
            number(s.confidence, confidence),
            JSON.stringify(shown),
            describe(s),
          ];
          io.out(`  ${cells.join('\t')}`);
        }
      } catch (err) {
        failed++;
        io.err(`${cli().t('cli.import.status.failed')}\t${file}\t${describeFailure(err)}`);
      }
    }
    return failed === 0 ? 0 : 1;
  },
};
