import type { Command } from '../command';
import { USAGES } from '../usage';
import { parseOptions } from '../command';
import { withStore } from '../store';
import { cli } from '../language';

export const listCommand: Command = {
  ...USAGES.list,
  async run(argv, io) {
    const { values } = parseOptions(argv, { corpus: { type: 'string' }, json: { type: 'boolean' } });
    const documents = await withStore(values.corpus, 'list', async (store) => store.listDocuments());
    const rows = documents.map((d) => ({
      id: d.id,
      title: d.title,
      lang: d.lang,
      dir: d.dir,
      annotations: d.counts.quote + d.counts.speaker + d.counts.figure,
    }));
    if (values.json) {
      io.out(JSON.stringify(rows, null, 2));
    } else if (rows.length === 0) {
      io.out(cli().t('cli.list.empty'));
    } else {
      // One write, not one per document: a thousand-line list is a thousand system calls otherwise.
      io.out(rows.map((r) => [r.id, r.lang, r.dir, String(r.annotations), r.title].join('\t')).join('\n'));
    }
    return 0;
  },
};
