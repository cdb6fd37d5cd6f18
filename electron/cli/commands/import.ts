import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { IsnadError } from '../../../shared/contract/errors';
import type { Command } from '../command';
import { UsageError, describeFailure, parseOptions } from '../command';
import { withServices } from '../corpus';
import { conflictPolicy, importDatasetFile, isDatasetPath } from '../dataset-import';

const PLAIN_TEXT = new Set(['.txt', '.text', '.md']);

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IsnadError('invalid_input', `${file} is not valid UTF-8 text`);
  }
}

export const importCommand: Command = {
  name: 'import',
  usage: 'import FILE… --corpus DIR [--on-conflict skip|duplicate]',
  summary: 'Import plain-text files as documents, or an Isnad .json export back.',
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { corpus: { type: 'string' }, 'on-conflict': { type: 'string' } });
    const policy = conflictPolicy(values['on-conflict']);
    if (positionals.length === 0) throw new UsageError('no files given (usage: isnad import FILE… --corpus DIR)');
    let failed = 0;
    await withServices(values.corpus, 'import', async ({ ctx }) => {
      for (const file of positionals) {
        try {
          if (isDatasetPath(file)) {
            await importDatasetFile(ctx.store, file, policy, io);
            continue;
          }
          if (!PLAIN_TEXT.has(extname(file).toLowerCase())) {
            throw new IsnadError('invalid_input', `unsupported file type "${extname(file) || '(none)'}"`);
          }
          const text = decodeUtf8(await readFile(file), file);
          const doc = await ctx.store.addDocument({ title: basename(file, extname(file)), text });
          io.out(`imported\t${file}\t${doc.id}\t${doc.lang}/${doc.dir}`);
        } catch (err) {
          failed++;
          io.err(`failed\t${file}\t${describeFailure(err)}`);
        }
      }
    });
    return failed === 0 ? 0 : 1;
  },
};
