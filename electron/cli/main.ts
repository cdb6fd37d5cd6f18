import { type CliIo, type Command, UsageError, describeFailure } from './command';
import { annotationsCommand } from './commands/annotations';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { searchCommand } from './commands/search';
import { serveCommand } from './commands/serve';
import { suggestCommand } from './commands/suggest';
import { unlockCommand } from './commands/unlock';
import { syncCommand } from './commands/sync';
import { agreementCommand } from './commands/agreement';

export const commands: Command[] = [
  importCommand,
  exportCommand,
  listCommand,
  searchCommand,
  annotationsCommand,
  serveCommand,
  suggestCommand,
  unlockCommand,
  syncCommand,
  agreementCommand,
];

const consoleIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function help(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return ['usage: isnad <command> [options]', '', ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`)].join('\n');
}

/** Returns the exit code: 0 on success, 1 on failure, 2 on a usage error. */
export async function main(argv: string[], io: CliIo = consoleIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`isnad: unknown command "${name}" (try: ${commands.map((c) => c.name).join(', ')})`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    io.err(`isnad ${name}: ${describeFailure(err)}`);
    return err instanceof UsageError ? 2 : 1;
  }
}
