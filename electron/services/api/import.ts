import type { HandlersOf } from '../../../shared/contract/define';
import type { importOperations } from '../../../shared/contract/import';
import { maxFileBytesFromEnv } from '../import/limits';
import { ImportSession, runImport } from '../import/pipeline';
import { READERS, SUPPORTED_EXTENSIONS } from '../import/readers';
import { splitStoredDocument } from '../import/split-document';
import { type ImportSource, pastedText } from '../import/sources';
import { ImportStaging } from '../import/staging';
import type { ServiceContext } from './context';

const stagings = new WeakMap<ServiceContext, ImportStaging>();

function stagingOf(ctx: ServiceContext): ImportStaging {
  let staging = stagings.get(ctx);
  if (!staging) {
    staging = new ImportStaging();
    stagings.set(ctx, staging);
  }
  return staging;
}

export const importHandlers: HandlersOf<typeof importOperations, ServiceContext> = {
  async getImportSettings() {
    return {
      maxFileBytes: maxFileBytesFromEnv(),
      extensions: SUPPORTED_EXTENSIONS,
      formats: READERS.map((r) => ({ format: r.format, extensions: r.extensions })),
    };
  },
  async stageImportFiles({ stagingId, files }, ctx) {
    return stagingOf(ctx).stage(stagingId, files, maxFileBytesFromEnv());
  },
  async startImport(input, ctx) {
    const staged = input.stagingId === undefined ? null : stagingOf(ctx).take(input.stagingId);
    const texts: ImportSource[] = (input.texts ?? []).map((t) => pastedText(t.text, t.title));
    const options = { maxFileBytes: maxFileBytesFromEnv(), split: input.split, ...(input.mapping ? { mapping: input.mapping } : {}) };
    return ctx.jobs.start('import', async (progress) => {
      try {
        return await runImport(ctx.store, [...(staged?.sources ?? []), ...texts], options, progress);
      } finally {
        await staged?.discard();
      }
    });
  },
  async importText({ title, text, split }, ctx) {
    const session = new ImportSession(ctx.store, { maxFileBytes: maxFileBytesFromEnv(), split });
    return session.importSource(pastedText(text, title), new AbortController().signal);
  },
  async splitDocument(input, { store }) {
    return { documents: await splitStoredDocument(store, input) };
  },
};
