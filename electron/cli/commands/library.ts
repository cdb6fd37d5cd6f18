import { contract } from '../../../shared/contract';
import { codedError } from '../../../shared/error-text';
import { createClient } from '../../../shared/contract/dispatch';
import type { DocumentSummary } from '../../../shared/domain/document';
import type { CliIo, Command } from '../command';
import { USAGES } from '../usage';
import { UsageError, parseOptions } from '../command';
import { withServices } from '../corpus';
import { cli } from '../language';

/** When a document went to the trash: the day and minute, in the run's language and digits. */
const DELETED_AT = { dateStyle: 'medium', timeStyle: 'short' } as const;

type Client = ReturnType<typeof createClient<typeof contract>>;

/**
 * Library management from the command line: the same contract operations the app calls
 * (so the same checks and messages), through the services of one CLI run.
 */
function withApi<T>(corpus: string | undefined, command: string, work: (api: Client) => Promise<T>): Promise<T> {
  return withServices(corpus, command, (services) => work(createClient(contract, services.dispatch)));
}

function ids(positionals: string[], usage: string): string[] {
  if (positionals.length === 0) throw new UsageError('cli.usage.noDocumentId', { usage });
  return positionals;
}

function row(d: Pick<DocumentSummary, 'id' | 'title'> & { tags?: string[] | undefined }): string {
  return [d.id, d.title, (d.tags ?? []).join(', ')].join('\t').trimEnd();
}

/** Every named id must be a live document before any is touched: all or nothing. */
async function liveDocuments(api: Client, wanted: string[]): Promise<DocumentSummary[]> {
  const byId = new Map((await api.listDocuments({})).map((d) => [d.id, d]));
  const trashed = new Set((await api.listTrash({})).map((d) => d.id));
  return wanted.map((id) => {
    const doc = byId.get(id);
    if (doc) return doc;
    throw trashed.has(id)
      ? codedError('not_found', 'errors.library.alreadyTrashed', { id })
      : codedError('not_found', 'errors.library.noDocument', { id });
  });
}

function print(io: CliIo, json: boolean | undefined, value: unknown, lines: string[]): void {
  if (json) io.out(JSON.stringify(value, null, 2));
  else for (const line of lines) io.out(line);
}

export const deleteCommand: Command = {
  ...USAGES.delete,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { corpus: { type: 'string' }, json: { type: 'boolean' } });
    const wanted = ids(positionals, USAGES.delete.usage);
    const moved = await withApi(values.corpus, 'delete', async (api) => {
      const docs = await liveDocuments(api, wanted);
      for (const d of docs) await api.deleteDocument({ id: d.id });
      return docs;
    });
    print(
      io,
      values.json,
      moved.map((d) => ({ id: d.id, title: d.title, trashed: true })),
      [
        ...moved.map((d) => cli().t('cli.library.trashed', { row: row(d) })),
        cli().t('cli.library.restoreHint', { ids: moved.map((d) => d.id).join(' '), count: moved.length }),
      ],
    );
    return 0;
  },
};

export const restoreCommand: Command = {
  ...USAGES.restore,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { corpus: { type: 'string' }, json: { type: 'boolean' } });
    const wanted = ids(positionals, USAGES.restore.usage);
    const restored = await withApi(values.corpus, 'restore', async (api) => {
      const trashed = new Set((await api.listTrash({})).map((d) => d.id));
      const missing = wanted.find((id) => !trashed.has(id));
      if (missing) throw codedError('not_found', 'errors.library.notInTrash', { id: missing });
      const out: DocumentSummary[] = [];
      for (const id of wanted) out.push(await api.restoreDocument({ id }));
      return out;
    });
    print(
      io,
      values.json,
      restored,
      restored.map((d) => cli().t('cli.library.restored', { row: row(d) })),
    );
    return 0;
  },
};

export const trashCommand: Command = {
  ...USAGES.trash,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      corpus: { type: 'string' },
      empty: { type: 'boolean' },
      yes: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    if (!values.empty && positionals.length > 0)
      throw new UsageError('cli.usage.unexpectedArgument', { argument: positionals[0], usage: USAGES.trash.usage });
    return withApi(values.corpus, 'trash', async (api) => {
      const trash = await api.listTrash({});
      if (!values.empty) {
        if (trash.length === 0 && !values.json) io.out(cli().t('cli.library.trashEmpty'));
        else
          print(
            io,
            values.json,
            trash,
            trash.map(
              (d) => `${row(d)}\t${cli().t('cli.library.deletedAt', { when: d.deletedAt ? cli().date(d.deletedAt, DELETED_AT) : '' })}`,
            ),
          );
        return 0;
      }
      const chosen = positionals.length > 0 ? positionals : trash.map((d) => d.id);
      if (!values.yes) {
        throw new UsageError('cli.library.confirmEmpty', { count: chosen.length });
      }
      const { removed } = await api.emptyTrash(positionals.length > 0 ? { ids: positionals } : {});
      print(io, values.json, { removed }, [cli().t('cli.library.deletedForGood', { count: removed.length })]);
      return 0;
    });
  },
};

export const tagCommand: Command = {
  ...USAGES.tag,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      corpus: { type: 'string' },
      remove: { type: 'string', multiple: true },
      clear: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const [id, ...given] = positionals;
    if (!id) throw new UsageError('cli.usage.noDocumentId', { usage: USAGES.tag.usage });
    const split = (list: string[]) => list.flatMap((t) => t.split(/[,،]/));
    const add = split(given);
    const remove = new Set(split(values.remove ?? []).map((t) => t.trim().toLocaleLowerCase()));
    if (add.some((t) => t.trim() === '') || [...remove].some((t) => t === '')) throw new UsageError('cli.usage.emptyTag');
    const summary = await withApi(values.corpus, 'tag', async (api) => {
      const [doc] = await liveDocuments(api, [id]);
      const current = (doc as DocumentSummary).tags ?? [];
      if (add.length === 0 && remove.size === 0 && !values.clear) return doc as DocumentSummary;
      const kept = values.clear ? [] : current.filter((t) => !remove.has(t.toLocaleLowerCase()));
      return api.updateDocument({ id, tags: [...kept, ...add] });
    });
    print(io, values.json, { id: summary.id, title: summary.title, tags: summary.tags ?? [] }, [row(summary)]);
    return 0;
  },
};

export const renameCommand: Command = {
  ...USAGES.rename,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { corpus: { type: 'string' }, json: { type: 'boolean' } });
    const [id, ...words] = positionals;
    if (!id || words.length === 0) throw new UsageError('cli.usage.renameArgs', { usage: USAGES.rename.usage });
    const summary = await withApi(values.corpus, 'rename', async (api) => {
      await liveDocuments(api, [id]);
      return api.updateDocument({ id, title: words.join(' ') });
    });
    print(io, values.json, { id: summary.id, title: summary.title }, [row(summary)]);
    return 0;
  },
};
