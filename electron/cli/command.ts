import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describeError } from '../../shared/error-text';
import { IsnadError } from '../../shared/errors';
import { ImportProblem } from '../../shared/import/problems';
import { cli } from './language';
import type { CommandUsage } from './usage';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** A command: what help says about it (usage.ts) and what it does. */
export interface Command extends CommandUsage {
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
