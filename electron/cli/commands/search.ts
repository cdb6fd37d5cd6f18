import type { CorpusSearchResult } from '../../../shared/contract/search';
import type { Snippet } from '../../../shared/search/match';
import { reasonText } from '../../../shared/error-text';
import type { Command } from '../command';
import { USAGES } from '../usage';
import { UsageError, parseOptions } from '../command';
import { withServices } from '../corpus';
import { cli } from '../language';

function positiveInt(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError('cli.usage.wholeNumber', { option: name, min: 1, max, value });
  return n;
}

export const searchCommand: Command = {
  ...USAGES.search,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      corpus: { type: 'string' },
      json: { type: 'boolean' },
      clitics: { type: 'boolean' },
      'skip-excluded': { type: 'boolean' },
      limit: { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('cli.usage.noQuery', { usage: USAGES.search.usage });
    const query = positionals.join(' ');
    const limit = positiveInt(values.limit, '--limit', 20, 100);
    const clitics = values.clitics ?? false;
    const skipExcluded = values['skip-excluded'] ?? false;
    const { result, hits } = await withServices(
      values.corpus,
      'search',
      async ({ ctx }) => {
        const found = await ctx.catalog.search(query, { clitics, skipExcluded, offset: 0, limit });
        // Every hit of each listed document, not only the few a result card shows.
        const all = new Map<string, Snippet[]>();
        for (const doc of found.documents)
          all.set(doc.documentId, (await ctx.catalog.searchDocument(doc.documentId, query, clitics, skipExcluded)).snippets);
        return { result: found, hits: all };
      },
      { readOnly: true },
    );
    if (values.json) {
      io.out(JSON.stringify(toJson(result, hits), null, 2));
      return 0;
    }
    const { t } = cli();
    // On stderr, so a script reading the hits is not misled, yet the journalist sees it.
    if (result.unsearchableCount > 0) {
      io.err(t('cli.search.unsearchable', { count: result.unsearchableCount }));
      for (const u of result.unsearchable) io.err(`  ${u.documentId}\t${u.title}\t${reasonText(cli(), u)}`);
      if (result.unsearchableCount > result.unsearchable.length)
        io.err(`  ${t('cli.search.unsearchableMore', { count: result.unsearchableCount - result.unsearchable.length })}`);
    }
    if (result.total === 0) {
      io.out(t('cli.search.none', { query: query }));
      return 0;
    }
    io.out(t('cli.search.total', { exact: result.totalExact ? 'yes' : 'no', count: result.total }));
    for (const doc of result.documents) {
      io.out('');
      io.out(`${doc.documentId}\t${doc.title}\t${t('cli.search.hits', { count: doc.hitCount, titleHit: doc.titleHit ? 'yes' : 'no' })}`);
      // Offsets stay in ASCII digits: they are what --exclude and scripts take back.
      for (const s of hits.get(doc.documentId) ?? []) io.out(`  ${s.start}-${s.end}\t${s.before}[${s.match}]${s.after}`);
    }
    return 0;
  },
};

function toJson(result: CorpusSearchResult, hits: Map<string, Snippet[]>) {
  return {
    query: result.query,
    offsetUnit: 'utf16',
    total: result.total,
    totalExact: result.totalExact,
    // The reason in English, as --json always gave it: the catalog ids are for screens.
    notSearchable: result.unsearchable.map(({ documentId, title, reason }) => ({ documentId, title, reason })),
    notSearchableCount: result.unsearchableCount,
    documents: result.documents.map((d) => ({
      documentId: d.documentId,
      title: d.title,
      outlet: d.outlet,
      hitCount: d.hitCount,
      titleHit: d.titleHit,
      hits: (hits.get(d.documentId) ?? []).map((s) => ({
        start: s.start,
        end: s.end,
        text: s.match,
        snippet: `${s.before}${s.match}${s.after}`,
      })),
    })),
  };
}
