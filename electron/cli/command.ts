import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describeError, errorText } from '../../shared/error-text';
import { IsnadError } from '../../shared/errors';
import { ImportProblem } from '../../shared/import/problems';
import type { z } from 'zod';
import type { MessageId } from '../../shared/i18n/catalogs';
import type { MessageValues } from '../../shared/i18n/translate';
import { codedIssue } from '../../shared/input-errors';
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
    throw optionsError(err as NodeJS.ErrnoException);
  }
}

/** Node's parseArgs errors (English, with its own codes) as our messages, naming the option. */
function optionsError(err: NodeJS.ErrnoException): UsageError {
  const option = /'(-[^' ,<]+)/.exec(err.message)?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return new UsageError('cli.usage.unknownOption', { option });
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return new UsageError(/does not take an argument/.test(err.message) ? 'cli.usage.takesNoValue' : 'cli.usage.missingValue', { option });
  }
  return new UsageError('cli.usage.badOptions', { detail: err.message.replace(/^TypeError \[[A-Z_]+\]: /, '') });
}

/** A command line that cannot be run as given: said in the run's language (exit code 2). */
export class UsageError extends Error {
  constructor(id: MessageId, values?: MessageValues) {
    super(cli().t(id, values));
  }
}

/** An option's value refused by a contract schema: which option, and what is wrong with it, in the run's language. */
export function optionIssue(issue: z.core.$ZodIssue | undefined, option: string): UsageError {
  if (!issue) return new UsageError('errors.input.invalid', { field: option });
  const info = codedIssue(issue);
  // A coded check's reason ("2024-02-30" is not a day), said of the option as the run's language writes it.
  if (info.messageId === 'errors.input.at') {
    const detail = errorText(cli(), {
      message: issue.message,
      messageId: String(info.values?.detailId),
      ...(info.values ? { values: info.values } : {}),
    });
    return new UsageError('errors.input.at', { where: option, detail });
  }
  return new UsageError(info.messageId as MessageId, { ...info.values, field: option });
}

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
