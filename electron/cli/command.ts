import { parseArgs, type ParseArgsConfig } from 'node:util';
import { IsnadError } from '../../shared/errors';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Each option and what it does, for `isnad <command> --help`. */
  options?: ReadonlyArray<readonly [flag: string, description: string]>;
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

/** One line, no stack: what a journalist at a terminal needs to fix the call. */
export function describeFailure(err: unknown): string {
  if (err instanceof IsnadError || err instanceof UsageError) return err.message;
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    const path = (err as NodeJS.ErrnoException).path;
    if (code === 'ENOENT' && path) return `no such file or folder: ${path}`;
    if (code === 'EACCES' && path) return `permission denied: ${path}`;
    return err.message;
  }
  return String(err);
}
