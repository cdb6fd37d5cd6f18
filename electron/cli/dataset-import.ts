import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { IsnadError } from '../../shared/errors';
import type { CorpusStore } from '../services/corpus/store';
import { type ConflictPolicy, importDataset, readDataset } from '../services/exchange/import-dataset';
import { type CliIo, UsageError } from './command';

/**
 * The dataset branch of `isnad import`: a .json file is an Isnad export being imported back.
 * Kept apart from article import so the import command only has to route to it.
 */
export function isDatasetPath(file: string): boolean {
  return extname(file).toLowerCase() === '.json';
}

export function conflictPolicy(option: string | undefined): ConflictPolicy {
  if (option === undefined) return 'fail';
  if (option === 'skip' || option === 'duplicate') return option;
  throw new UsageError(`--on-conflict must be "skip" or "duplicate", got "${option}"`);
}

export async function importDatasetFile(store: CorpusStore, file: string, policy: ConflictPolicy, io: CliIo): Promise<void> {
  const bytes = await readFile(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IsnadError('invalid_input', `${file} is not valid UTF-8 text`);
  }
  const dataset = readDataset(text, file);
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  try {
    const summary = await importDataset(store, dataset, policy, { signal: controller.signal }).catch((err: unknown) => {
      if (err instanceof IsnadError && err.code === 'conflict') {
        throw new IsnadError('conflict', `${err.message} Run again with --on-conflict skip or --on-conflict duplicate.`);
      }
      throw err;
    });
    const extra = [summary.skipped && `${summary.skipped} skipped`, summary.duplicated && `${summary.duplicated} duplicated with new ids`]
      .filter(Boolean)
      .join(', ');
    const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
    io.out(
      `imported\t${file}\t${count(summary.imported, 'document')}, ${count(summary.annotations, 'annotation')}${extra ? ` (${extra})` : ''}`,
    );
    for (const warning of summary.warnings) io.err(`warning\t${file}\t${warning}`);
  } finally {
    process.off('SIGINT', stop);
  }
}
