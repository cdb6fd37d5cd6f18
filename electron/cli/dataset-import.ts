import { extname } from 'node:path';
import { IsnadError } from '../../shared/errors';
import type { CorpusStore } from '../services/corpus/store';
import type { ConflictPolicy } from '../services/exchange/import-dataset';
import { datasetKind, datasetReader } from '../services/exchange/dataset-reader';
import { type CliIo, UsageError } from './command';
import { cli } from './language';
import { codedError, messageText } from '../../shared/error-text';
import { warningsOf } from '../../shared/import/report';
import type { ImportJobResult } from '../../shared/contract/exchange';

/**
 * The dataset branch of `isnad import`: a .json file is an Isnad export being imported back.
 * Kept apart from article import so the import command only has to route to it.
 */
export function isDatasetPath(file: string): boolean {
  return ['.json', '.jsonl', '.ndjson'].includes(extname(file).toLowerCase());
}

export function conflictPolicy(option: string | undefined): ConflictPolicy {
  if (option === undefined) return 'fail';
  if (option === 'skip' || option === 'duplicate') return option;
  throw new UsageError('cli.usage.onConflict', { value: option });
}

/** The file through the reader its content needs (datasetReader: the same passes as the app's import dialog). */
async function importOneFile(store: CorpusStore, file: string, policy: ConflictPolicy, signal: AbortSignal): Promise<ImportJobResult> {
  const source = { path: file, fileName: file };
  const reader = datasetReader(await datasetKind(source), source);
  try {
    return await reader.write(store, await reader.scan({ signal }), policy, { signal });
  } finally {
    await reader.discard();
  }
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
