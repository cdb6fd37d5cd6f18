import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describeError } from '../../shared/error-text';
import { IsnadError } from '../../shared/errors';
import { ImportProblem } from '../../shared/import/problems';
import type { MessageId } from '../../shared/i18n/catalogs';
import { cli } from './language';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  name: string;
  usage: string;
  /** What it does, a catalog id (cli.json): help is in the run's language. */
  summary: MessageId;
  /** Each option and what it does, for `isnad <command> --help`. */
  options?: ReadonlyArray<readonly [flag: string, description: MessageId]>;
  run(argv: string[], io: CliIo): Promise<number>;
}

/** Strict option parsing: an unknown flag is a usage error, not silently ignored. */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

export class UsageError extends Error {}

/** One line, no stack, in the run's language: what a journalist at a terminal needs to fix the call. */
export function describeFailure(err: unknown): string {
  if (err instanceof IsnadError || err instanceof ImportProblem) return describeError(cli(), err);
  if (err instanceof UsageError) return err.message;
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    const path = (err as NodeJS.ErrnoException).path;
    if (code === 'ENOENT' && path) return cli().t('cli.error.noSuchPath', { path });
    if (code === 'EACCES' && path) return cli().t('cli.error.permission', { path });
    return err.message;
  }
  return String(err);
}
