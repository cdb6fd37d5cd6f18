import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { IsnadError } from '../../shared/errors';
import type { CorpusStore } from '../services/corpus/store';
import type { ConflictPolicy } from '../services/exchange/import-dataset';
import { fileChunks, importJsonExport, scanJsonExport } from '../services/exchange/import-json-stream';
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

/** A JSONL export is read line by line (two passes over the file, one line in memory at a time). */
function isLinesPath(file: string): boolean {
  return extname(file).toLowerCase() !== '.json';
}

export function conflictPolicy(option: string | undefined): ConflictPolicy {
  if (option === undefined) return 'fail';
  if (option === 'skip' || option === 'duplicate') return option;
  throw new UsageError('cli.usage.onConflict', { value: option });
}

/** The start of a file, enough to see whether its first line is a whole JSONL document. */
async function opening(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const bytes = Buffer.alloc(1 << 20);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    return new TextDecoder('utf-8').decode(bytes.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** A JSONL export (by name or by content) streamed line by line, a .json one through a streaming JSON parser. */
async function importOneFile(store: CorpusStore, file: string, policy: ConflictPolicy, signal: AbortSignal): Promise<ImportJobResult> {
  if (isLinesPath(file) || looksLikeJsonl(await opening(file))) {
    const lines = fileLines(file);
    return importDatasetLines(store, lines, await scanDatasetLines(lines, file, { signal }), policy, { signal });
  }
  const chunks = fileChunks(file);
  return importJsonExport(store, chunks, await scanJsonExport(chunks, file, { signal }), policy, { signal });
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
