import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { MAX_DATASET_CHARS } from '../../../shared/contract/exchange';
import { codedError } from '../../../shared/error-text';
import { sizeText } from '../../../shared/i18n/labels';
import { cli } from '../language';
import { importWebAnnotations } from '../../services/exchange/import-web-annotations';
import type { Command } from '../command';
import { USAGES } from '../usage';
import { UsageError, parseOptions } from '../command';
import { withStore } from '../store';

export const importAnnotationsCommand: Command = {
  ...USAGES['import-annotations'],
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { corpus: { type: 'string' }, doc: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('cli.usage.oneFile', { usage: USAGES['import-annotations'].usage });
    if (!values.doc) throw new UsageError('cli.usage.docRequired', { usage: USAGES['import-annotations'].usage });
    const path = resolve(positionals[0] as string);
    const size = (await stat(path)).size;
    if (size > MAX_DATASET_CHARS)
      throw codedError('invalid_input', 'errors.dataset.fileTooLarge', {
        file: basename(path),
        limit: sizeText(cli().number, MAX_DATASET_CHARS),
      });
    const content = await readFile(path, 'utf8');
    const documentId = values.doc;
    const result = await withStore(values.corpus, 'import-annotations', (store) =>
      importWebAnnotations(store, documentId, content, basename(path)),
    );
    if (values.json) {
      io.out(JSON.stringify(result, null, 2));
    } else {
      const methods = { position: 0, quote: 0, fuzzy: 0 };
      for (const p of result.placed) methods[p.method]++;
      io.out(
        `imported\t${result.imported} annotations onto ${documentId}\tby position ${methods.position}, by quote ${methods.quote}, approximately ${methods.fuzzy}` +
          `\talready there ${result.alreadyThere}, orphaned ${result.orphaned.length}, other documents ${result.otherDocuments}`,
      );
      for (const p of result.placed.filter((x) => x.changed))
        io.out(`changed\t${p.id}\tannotation ${p.index} was placed on text that differs from its quote; check it`);
      for (const o of result.orphaned) io.err(`orphaned\tannotation ${o.index}\t${o.exact.replace(/\s+/g, ' ').slice(0, 80)}\t${o.reason}`);
    }
    return 0;
  },
};
