import type { Suggestion } from '../../../shared/domain/suggestion';
import { IsnadError } from '../../../shared/errors';
import { suggest } from '../../../shared/suggest';
import type { ExcludedRange } from '../../../shared/suggest';
import { codePointMapper } from '../../../shared/text/offsets';
import type { Command } from '../command';
import { UsageError, describeFailure, parseOptions } from '../command';
import { readArticleFile } from '../article-file';

/** --exclude 120-480: a UTF-16 range of the normalized text to leave alone (boilerplate). */
function parseRange(value: string): ExcludedRange {
  const m = /^(\d+)-(\d+)$/.exec(value.trim());
  if (!m || Number(m[1]) >= Number(m[2]))
    throw new UsageError(`--exclude must be START-END with START < END (UTF-16 offsets), got "${value}"`);
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
  if (s.type === 'quote') return `${s.attributes.kind}\tcue: ${s.attributes.cue || '—'}\tspeaker: ${s.attributes.speakerName || '—'}`;
  if (s.type === 'speaker') return `name: ${s.attributes.name}${s.attributes.role ? `\trole: ${s.attributes.role}` : ''}`;
  return `${s.attributes.kind}\tvalue: ${JSON.stringify(s.attributes.value)}${s.attributes.unit ? ` ${s.attributes.unit}` : ''}`;
}

export const suggestCommand: Command = {
  name: 'suggest',
  usage: 'suggest FILE… [--json] [--exclude START-END]… [--include-excluded]',
  summary: 'cli.suggest.summary',
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      json: { type: 'boolean' },
      exclude: { type: 'string', multiple: true },
      'include-excluded': { type: 'boolean' },
    });
    if (positionals.length === 0) throw new UsageError('no files given (usage: isnad suggest FILE… [--json])');
    const excluded = (values.exclude ?? []).map(parseRange);
    let failed = 0;
    for (const file of positionals) {
      try {
        const article = await readArticleFile(file);
        const text = article.text;
        const outside = excluded.find((r) => r.end > text.length);
        if (outside)
          throw new IsnadError(
            'invalid_input',
            `--exclude ${outside.start}-${outside.end} is outside the text (${text.length} UTF-16 units)`,
          );
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
        const count = (t: Suggestion['type']) => suggestions.filter((s) => s.type === t).length;
        const left = regions.length ? ` (${regions.length} excluded region${regions.length === 1 ? '' : 's'} left alone)` : '';
        io.out(`${file}: ${count('quote')} quotes, ${count('speaker')} speakers, ${count('figure')} figures${left}`);
        for (const s of suggestions) {
          const shown = s.text.length > 90 ? `${s.text.slice(0, 87)}…` : s.text;
          io.out(`  ${s.type}\t${s.start}-${s.end}\t${s.confidence.toFixed(2)}\t${JSON.stringify(shown)}\t${describe(s)}`);
        }
      } catch (err) {
        failed++;
        io.err(`failed\t${file}\t${describeFailure(err)}`);
      }
    }
    return failed === 0 ? 0 : 1;
  },
};
