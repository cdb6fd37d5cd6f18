import type { SyncJobResult } from '../../../shared/contract/sync';
import { describeChanges } from '../../../shared/sync/describe';
import { FileCredentialStore, credentialChain, defaultCredentialsFile, environmentCredentials } from '../../services/sync/credentials';
import { SYNC_STEP, type SyncProgress, cloneCorpus, isEmptyFolder } from '../../services/sync/engine';
import type { CliIo, Command } from '../command';
import { USAGES } from '../usage';
import { UsageError, parseOptions } from '../command';
import { corpusDirFrom, withServices } from '../corpus';
import { cli } from '../language';

/** Progress on stderr, one line per phase (on a terminal, the line is rewritten in place). */
function progressPrinter(io: CliIo): (p: SyncProgress) => void {
  const tty = process.stderr.isTTY === true;
  let last = '';
  const { t, number } = cli();
  return (p) => {
    const message = t(SYNC_STEP, p.values);
    const percent = p.total ? ` ${number((p.loaded ?? 0) / p.total, { style: 'percent' })}` : '';
    const line = `${message}${percent}`;
    if (tty) process.stderr.write(`\r\x1b[K${line}`.slice(0, process.stderr.columns || 80));
    else if (message !== last) io.err(message);
    last = message;
  };
}

function describeResult(result: SyncJobResult): string[] {
  const { t } = cli();
  const lines: string[] = [];
  const mine = result.committed ? describeChanges(result.committed.summary, t) : '';
  lines.push(t('cli.sync.shared', { what: mine || t(result.committed ? 'cli.sync.changes' : 'cli.sync.nothingNew') }));
  const received = describeChanges(result.received, t) || t('cli.sync.nothingNew');
  lines.push(t('cli.sync.received', { what: received, merged: result.integration === 'merge' ? 'yes' : 'no' }));
  if (result.duplicatesMerged > 0) lines.push(t('cli.sync.duplicates', { count: result.duplicatesMerged }));
  if (result.openConflicts > 0) lines.push(t('cli.sync.conflicts', { count: result.openConflicts, fresh: result.newConflicts }));
  lines.push(t(result.pushed ? 'cli.sync.pushed' : 'cli.sync.upToDate', { url: result.remoteUrl }));
  return lines;
}

export const syncCommand: Command = {
  ...USAGES.sync,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      corpus: { type: 'string' },
      remote: { type: 'string' },
      annotator: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length > 0)
      throw new UsageError('cli.usage.unexpectedArgument', { argument: positionals[0], usage: USAGES.sync.usage });
    const dir = corpusDirFrom(values.corpus);
    const progress = values.json ? undefined : progressPrinter(io);
    let cloned = false;
    if (await isEmptyFolder(dir)) {
      if (!values.remote) throw new UsageError('cli.usage.syncEmpty', { dir });
      const credentials = credentialChain([environmentCredentials(), new FileCredentialStore(defaultCredentialsFile())]);
      await cloneCorpus(dir, values.remote, credentials, progress);
      cloned = true;
    }
    const result = await withServices(
      values.corpus,
      'sync',
      async ({ ctx }) => {
        if (values.remote && !cloned) await ctx.sync.setRemote({ url: values.remote, forgetToken: false });
        const outcome = await ctx.sync.run(progress ? { onProgress: progress } : {});
        return cloned ? { ...outcome, integration: 'clone' as const } : outcome;
      },
      values.annotator === undefined ? {} : { annotator: values.annotator },
    );
    if (progress && process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    if (values.json) io.out(JSON.stringify(result, null, 2));
    else for (const line of describeResult(result)) io.out(line);
    return 0;
  },
};
