import { type CliIo, type Command, UsageError, describeFailure } from './command';
import { commandHelp, overviewHelp } from './help';
import { LanguageError, cli, cliLocale, useCliLocale } from './language';
import { type CommandName, USAGES } from './usage';

/**
 * The commands, each loaded only when it runs: `isnad list` must not pay for loading the
 * importers' HTML and .docx libraries. Help loads none of them: it reads usage.ts.
 */
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  import: async () => (await import('./commands/import')).importCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  'import-annotations': async () => (await import('./commands/import-annotations')).importAnnotationsCommand,
  list: async () => (await import('./commands/list')).listCommand,
  search: async () => (await import('./commands/search')).searchCommand,
  annotations: async () => (await import('./commands/annotations')).annotationsCommand,
  serve: async () => (await import('./commands/serve')).serveCommand,
  suggest: async () => (await import('./commands/suggest')).suggestCommand,
  unlock: async () => (await import('./commands/unlock')).unlockCommand,
  sync: async () => (await import('./commands/sync')).syncCommand,
  agreement: async () => (await import('./commands/agreement')).agreementCommand,
  delete: async () => (await import('./commands/library')).deleteCommand,
  restore: async () => (await import('./commands/library')).restoreCommand,
  trash: async () => (await import('./commands/library')).trashCommand,
  tag: async () => (await import('./commands/library')).tagCommand,
  rename: async () => (await import('./commands/library')).renameCommand,
};

export const commandNames = Object.keys(COMMANDS);

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

export function loadCommand(name: string): Promise<Command> | null {
  return isCommand(name) ? COMMANDS[name]() : null;
}

const consoleIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Returns the exit code: 0 on success, 1 on failure, 2 on a usage error. */
export async function main(argv: string[], io: CliIo = consoleIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let args: string[];
  try {
    const locale = cliLocale(argv, env);
    useCliLocale(locale.settings);
    args = locale.rest;
  } catch (err) {
    if (!(err instanceof LanguageError)) throw err;
    io.err(`isnad: ${err.message}`);
    return 2;
  }
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(overviewHelp(Object.values(USAGES)));
    return name ? 0 : 2;
  }
  if (!isCommand(name)) {
    io.err(cli().t('cli.error.unknownCommand', { name, commands: commandNames.join(', ') }));
    return 2;
  }
  // Asked for help anywhere among the options: the usage, not a run (no command loaded, no corpus opened).
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(USAGES[name]));
    return 0;
  }
  try {
    const command = await COMMANDS[name]();
    return await command.run(rest, io);
  } catch (err) {
    io.err(cli().t('cli.error.failed', { command: name, reason: describeFailure(err) }));
    return err instanceof UsageError ? 2 : 1;
  }
}
