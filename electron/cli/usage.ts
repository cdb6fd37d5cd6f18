import type { MessageId } from '../../shared/i18n/catalogs';

/** What help says about a command: kept apart from its code, so help loads no command. */
export interface CommandUsage {
  name: string;
  usage: string;
  /** What it does, a catalog id (cli.json): help is in the run's language. */
  summary: MessageId;
  /** Each option and what it does, for `isnad <command> --help`. */
  options?: ReadonlyArray<readonly [flag: string, description: MessageId]>;
}

const CORPUS = ['--corpus DIR', 'cli.option.corpus'] as const;
const JSON_OPTION = ['--json', 'cli.option.json'] as const;

function command(name: string, usage: string, summary: MessageId, options?: CommandUsage['options']): CommandUsage {
  return options ? { name, usage, summary, options } : { name, usage, summary };
}

/**
 * Every command's usage, in the order help lists them. `isnad --help` and
 * `isnad <command> --help` read only this (no command, importer or corpus code is loaded);
 * each command takes its usage from here, so the two cannot drift apart.
 */
export const USAGES = {
  import: command(
    'import',
    'import PATH… [--corpus DIR] [--split] [--ocr] [--map text=FIELD,…] [--max-size SIZE] [--report FILE] [--json] [--on-conflict skip|duplicate] [--follow-links] [--as-version auto|never] [--annotator "NAME <EMAIL>"]',
    'cli.import.summary',
  ),
  export: command(
    'export',
    'export --corpus DIR --format csv|json|jsonl|claimreview|w3c|conll|spacy --out FILE [--doc ID…] [--type quote|speaker|figure…] [--verdict STATUS…] [--speaker NAME] [--layer mine|curated|all|ANNOTATOR] [--include-excluded] [--no-bom] [--no-neutralize] [--org NAME] [--org-url URL]',
    'cli.export.summary',
  ),
  'import-annotations': command(
    'import-annotations',
    'import-annotations FILE --doc ID --corpus DIR [--json]',
    'cli.importAnnotations.summary',
  ),
  list: command('list', 'list --corpus DIR [--json]', 'cli.list.summary'),
  search: command('search', 'search QUERY --corpus DIR [--clitics] [--skip-excluded] [--limit N] [--json]', 'cli.search.summary'),
  annotations: command(
    'annotations',
    'annotations --corpus DIR [--type T] [--verdict V] [--speaker NAME] [--outlet NAME] [--document ID] [--from DATE] [--to DATE] [--json]',
    'cli.annotations.summary',
  ),
  serve: command('serve', 'serve [--corpus DIR] [--port N] [--annotator "NAME <EMAIL>"]', 'cli.serve.summary'),
  suggest: command('suggest', 'suggest FILE… [--json] [--exclude START-END]… [--include-excluded]', 'cli.suggest.summary'),
  unlock: command('unlock', 'unlock --corpus DIR [--yes]', 'cli.unlock.summary'),
  sync: command('sync', 'sync [--corpus DIR] [--remote URL] [--annotator "NAME <EMAIL>"] [--json]', 'cli.sync.summary'),
  agreement: command(
    'agreement',
    'agreement [--corpus DIR] [--annotators ID,ID…] [--type quote|speaker|figure]… [--doc ID]… [--json]',
    'cli.agreement.summary',
  ),
  delete: command('delete', 'delete ID… --corpus DIR [--json]', 'cli.delete.summary', [CORPUS, JSON_OPTION]),
  restore: command('restore', 'restore ID… --corpus DIR [--json]', 'cli.restore.summary', [CORPUS, JSON_OPTION]),
  trash: command('trash', 'trash --corpus DIR [--empty [ID…] --yes] [--json]', 'cli.trash.summary', [
    CORPUS,
    ['--empty [ID…]', 'cli.option.trashEmpty'],
    ['--yes', 'cli.option.trashYes'],
    JSON_OPTION,
  ]),
  tag: command('tag', 'tag ID [TAG…] [--remove TAG]… [--clear] --corpus DIR [--json]', 'cli.tag.summary', [
    CORPUS,
    ['--remove TAG', 'cli.option.tagRemove'],
    ['--clear', 'cli.option.tagClear'],
    JSON_OPTION,
  ]),
  rename: command('rename', 'rename ID TITLE --corpus DIR', 'cli.rename.summary', [CORPUS, JSON_OPTION]),
} as const satisfies Record<string, CommandUsage>;

export type CommandName = keyof typeof USAGES;
