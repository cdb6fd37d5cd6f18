import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { IsnadError } from '../../shared/errors';
import type { CorpusStore } from '../services/corpus/store';
import { type ConflictPolicy, importDataset, readDataset } from '../services/exchange/import-dataset';
import { type CliIo, UsageError } from './command';
import { cli } from './language';
import { codedError, messageText } from '../../shared/error-text';
import { warningsOf } from '../../shared/import/report';
import type { ImportJobResult } from '../../shared/contract/exchange';
import { looksLikeJsonl } from '../../shared/exchange/dataset-line';
import { fileLines, importDatasetLines, scanDatasetLines } from '../services/exchange/import-stream';

/**
 * The dataset branch of `isnad import`: a .json file is an Isnad export being imported back.
 * Kept apart from article import so the import command only has to route to it.
 */
export function isDatasetPath(file: string): boolean {
  return ['.json', '.jsonl', '.ndjson'].includes(extname(file).toLowerCase());
}

/** A JSONL export is streamed (two passes over the file, one line in memory at a time); a .json one is read whole. */
function isLinesPath(file: string): boolean {
  return extname(file).toLowerCase() !== '.json';
}

export function conflictPolicy(option: string | undefined): ConflictPolicy {
  if (option === undefined) return 'fail';
  if (option === 'skip' || option === 'duplicate') return option;
  throw new UsageError('cli.usage.onConflict', { value: option });
}

/** The whole .json export read and checked, then written; a JSONL one (by name or by content) streamed. */
async function importOneFile(store: CorpusStore, file: string, policy: ConflictPolicy, signal: AbortSignal): Promise<ImportJobResult> {
  const streamed = async () => {
    const lines = fileLines(file);
    return importDatasetLines(store, lines, await scanDatasetLines(lines, file, { signal }), policy, { signal });
  };
  if (isLinesPath(file)) return streamed();
  const bytes = await readFile(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw codedError('invalid_input', 'errors.dataset.notUtf8', { file });
  }
  if (looksLikeJsonl(text)) return streamed();
  return importDataset(store, readDataset(text, file), policy, { signal });
}

export async function importDatasetFile(store: CorpusStore, file: string, policy: ConflictPolicy, io: CliIo): Promise<void> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  try {
    const summary = await importOneFile(store, file, policy, controller.signal).catch((err: unknown) => {
      // At a terminal the way out is an option: the same message, ending with the command line to run.
      if (err instanceof IsnadError && err.messageId === 'errors.dataset.conflicts') {
        throw codedError('conflict', 'errors.dataset.conflicts', { ...err.values, cli: 'yes' });
      }
      throw err;
    });
    const { t } = cli();
    const counts = t('cli.import.dataset', {
      documents: summary.imported,
      annotations: summary.annotations,
      skipped: summary.skipped,
      duplicated: summary.duplicated,
      extra: summary.skipped && summary.duplicated ? 'both' : summary.skipped ? 'skipped' : summary.duplicated ? 'duplicated' : 'none',
    });
    io.out(`${t('cli.import.status.imported')}\t${file}\t${counts}`);
    for (const warning of warningsOf(summary)) io.err(`${cli().t('cli.import.status.warning')}\t${file}\t${messageText(cli(), warning)}`);
  } finally {
    process.off('SIGINT', stop);
  }
}
